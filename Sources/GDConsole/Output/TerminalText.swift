/// Makes text safe to print in a message: nothing a user typed or a file held can move
/// the cursor, clear the screen or hide itself.
///
/// A binary file or a stray keystroke can put NUL, ESC, CR or a bidi override into a
/// message ("unknown topic 'w<NUL>'" shows as "unknown topic 'w'"). Every message goes
/// through `DiagnosticRenderer`, which escapes it here, once.
public enum TerminalText {
    /// `text` with control characters written as escapes: `\t`, `\n`, `\r`, `\x1B` for the
    /// other C0 controls and DEL, `\u{9B}` for C1 controls, bidi overrides and isolates.
    ///
    /// - Parameter tabsAsSpaces: show a tab as one space (for a source line shown above
    ///   a caret, where columns count characters) instead of `\t`.
    public static func escaped(_ text: String, tabsAsSpaces: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                out.append(scalar)
                continue
            }
            let escape: String
            switch scalar {
            case "\t": escape = tabsAsSpaces ? " " : "\\t"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                escape = scalar.value < 0x80 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{" + hex + "}"
            }
            out.append(contentsOf: escape.unicodeScalars)
        }
        return String(out)
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
