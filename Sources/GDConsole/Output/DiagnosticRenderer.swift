/// Prints an error the way compilers do, so editors and people both find the culprit.
///
/// In a file: `lesson.gd:3:6: error: unknown variant 'sdg'; did you mean 'sgd'?`, then
/// the line and a `^~~` under the culprit. At the prompt the line is already on screen,
/// so the caret comes first, under the typed text, then `error: …`. An interrupt
/// (Ctrl-C) gets no caret: it points at nothing the user wrote.
///
/// This is the one place messages reach the terminal, so it is where control characters
/// are escaped (`TerminalText`) and where the caret is placed by display columns
/// (`DisplayWidth`): a location counts characters, a terminal counts columns.
public enum DiagnosticRenderer {
    public enum Style: Sendable, Equatable {
        /// `file:line:col` header, then the source line and the caret.
        case file
        /// Caret under the input just typed after a prompt this many columns wide.
        case prompt(width: Int)
    }

    public static func render(_ error: GDError, sourceLine: String?, style: Style, language: Language = .en) -> String {
        // An interrupt is no fault of anything typed: nothing to point at, so no caret
        // (and no source line); a file's `file:line:col` still says where it stopped.
        let caret = error.kind == .interrupted ? nil : error.location.map { caretLine(for: $0, in: sourceLine) }
        var chain = ""
        if !error.includeChain.isEmpty, let loc = error.location {
            let here = "\(loc.file ?? "<input>"):\(loc.line)"
            chain = " (" + ([here] + error.includeChain).joined(separator: " ← ") + ")"
        }
        let label = Message.errorLabel.text(language) + ": "
        let message = label + TerminalText.escaped(error.message(in: language) + chain) + "\n"
        switch style {
        case .file:
            var head = ""
            if let loc = error.location {
                head = TerminalText.escaped("\(loc.file ?? "<input>"):\(loc.line):\(loc.column): ")
            }
            var out = head + message
            if let sourceLine, let caret {
                out += displayLine(sourceLine) + "\n" + caret + "\n"
            }
            return out
        case .prompt(let width):
            var out = ""
            if let caret, error.location?.file == nil {
                out += String(repeating: " ", count: width) + caret + "\n"
            } else if let loc = error.location, let file = loc.file {
                out += TerminalText.escaped("\(file):\(loc.line):\(loc.column): ")
            }
            out += message
            if let sourceLine, let caret, error.location?.file != nil {
                out += displayLine(sourceLine) + "\n" + caret + "\n"
            }
            return out
        }
    }

    /// `   ^~~` under the located characters of `line` as `displayLine` shows it: the
    /// indent is the display width of what comes before, the marks span the culprit's.
    /// Without the line, columns are taken as display columns.
    static func caretLine(for loc: SourceLocation, in line: String?) -> String {
        var indent = max(0, loc.column - 1)
        var width = max(1, loc.length)
        if let line {
            let characters = Array(withoutLineEnd(line))
            let start = min(indent, characters.count)
            let end = min(characters.count, start + width)
            func shown(_ part: ArraySlice<Character>) -> Int {
                DisplayWidth.columns(TerminalText.escaped(String(part), tabsAsSpaces: true))
            }
            indent = shown(characters[..<start]) + max(0, indent - characters.count)
            width = max(1, shown(characters[start..<end]))
        }
        return String(repeating: " ", count: indent) + "^" + String(repeating: "~", count: width - 1)
    }

    /// The line as shown above a caret: tabs as single spaces (columns count characters),
    /// other control characters escaped, the line's ending left off.
    static func displayLine(_ line: String) -> String {
        TerminalText.escaped(String(withoutLineEnd(line)), tabsAsSpaces: true)
    }

    /// `line` without the carriage returns that end it: a line ending, not content (the
    /// lexer drops them the same way, so columns agree).
    static func withoutLineEnd(_ line: String) -> Substring {
        var text = Substring(line)
        while text.last == "\r" { text.removeLast() }
        return text
    }
}
