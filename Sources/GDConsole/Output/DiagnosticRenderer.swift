/// Prints an error the way compilers do, so editors and people both find the culprit.
///
/// In a file: `lesson.gd:3:6: error: unknown variant 'sdg'; did you mean 'sgd'?`, then
/// the line and a `^~~` under the culprit. At the prompt the line is already on screen,
/// so the caret comes first, under the typed text, then `error: …`.
public enum DiagnosticRenderer {
    public enum Style: Sendable, Equatable {
        /// `file:line:col: error:` header, then the source line and the caret.
        case file
        /// Caret under the input just typed after a prompt this many columns wide.
        case prompt(width: Int)
    }

    public static func render(_ error: GDError, sourceLine: String?, style: Style) -> String {
        let caret = error.location.map { loc in
            String(repeating: " ", count: max(0, loc.column - 1)) + "^" + String(repeating: "~", count: max(0, loc.length - 1))
        }
        var chain = ""
        if !error.includeChain.isEmpty, let loc = error.location {
            let here = "\(loc.file ?? "<input>"):\(loc.line)"
            chain = " (" + ([here] + error.includeChain).joined(separator: " ← ") + ")"
        }
        switch style {
        case .file:
            var head = ""
            if let loc = error.location {
                head = "\(loc.file ?? "<input>"):\(loc.line):\(loc.column): "
            }
            var out = head + "error: " + error.message + chain + "\n"
            if let sourceLine, let caret {
                out += displayLine(sourceLine) + "\n" + caret + "\n"
            }
            return out
        case .prompt(let width):
            var out = ""
            if let caret, error.location?.file == nil {
                out += String(repeating: " ", count: width) + caret + "\n"
            } else if let loc = error.location, let file = loc.file {
                out += "\(file):\(loc.line):\(loc.column): "
            }
            out += "error: " + error.message + chain + "\n"
            if let sourceLine, let caret, error.location?.file != nil {
                out += displayLine(sourceLine) + "\n" + caret + "\n"
            }
            return out
        }
    }

    /// Tabs become single spaces so the caret lines up (columns count characters).
    static func displayLine(_ line: String) -> String {
        var text = line
        if text.hasSuffix("\r") { text.removeLast() }
        return String(text.map { $0 == "\t" ? " " : $0 })
    }
}
