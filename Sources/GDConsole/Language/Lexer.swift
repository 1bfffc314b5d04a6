/// Splits one line of input into statements of tokens.
///
/// The rules are the shell's, kept small: white space separates words; `;` separates
/// commands; `#` starts a comment (outside quotes); `,` is a token of its own so
/// `data 0 0, 1 0.8` and `data 0 0,1 0.8` read the same; single or double quotes keep a
/// path with spaces in one word (a doubled quote inside stands for itself).
public enum Lexer {
    public static func statements(_ line: String, location: (file: String?, line: Int)) throws(GDError) -> [Statement] {
        var statements: [Statement] = []
        var tokens: [Token] = []
        var column = 0
        var current = ""
        var currentStart = 0
        var quote: Character?
        var quoteStart = 0
        var sawQuote = false

        func flush(_ end: Int) {
            if !current.isEmpty || sawQuote {
                tokens.append(Token(kind: sawQuote ? .quoted : .word, text: current,
                                    column: currentStart, width: end - currentStart))
            }
            current = ""
            sawQuote = false
        }

        // Carriage returns that end the line are its line ending, however many there are
        // (a CRLF file's line, or one written back by `gd test --update`), so no column
        // or length depends on them. `DiagnosticRenderer.withoutLineEnd` agrees.
        var chars = Array(line)
        while chars.last == "\r" { chars.removeLast() }
        var index = 0
        /// Where the last statement ends: the line's end, or the `#` of a comment.
        var end = chars.count + 1
        while index < chars.count {
            let ch = chars[index]
            column = index + 1
            index += 1
            if let q = quote {
                if ch == q {
                    if index < chars.count, chars[index] == q {
                        current.append(q)
                        index += 1
                    } else {
                        quote = nil
                    }
                } else {
                    current.append(ch)
                }
                continue
            }
            switch ch {
            case "\"", "'":
                if current.isEmpty && !sawQuote { currentStart = column }
                quote = ch
                quoteStart = column
                sawQuote = true
            case "#":
                // The comment ends the word before it: its width stops here.
                flush(column)
                end = column
                index = chars.count
            case ";":
                flush(column)
                statements.append(Statement(tokens: tokens, endColumn: column))
                tokens = []
            case ",":
                flush(column)
                tokens.append(Token(kind: .comma, text: ",", column: column, width: 1))
            case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}":
                flush(column)
            default:
                if current.isEmpty && !sawQuote { currentStart = column }
                current.append(ch)
            }
        }
        if quote != nil {
            throw GDError(.unterminatedQuote, .unterminatedQuote,
                          at: SourceLocation(file: location.file, line: location.line,
                                             column: quoteStart, length: chars.count - quoteStart + 1))
        }
        flush(end)
        statements.append(Statement(tokens: tokens, endColumn: end))
        return statements.filter { !$0.tokens.isEmpty }
    }
}
