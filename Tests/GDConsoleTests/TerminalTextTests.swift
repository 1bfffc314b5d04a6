import Testing
@testable import GDConsole

/// Messages escape control characters, and carets count display columns.
@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("w\u{0}", "w\\x00"),
        ("\u{1B}[2J", "\\x1B[2J"),
        ("a\rb\nc\td\u{7F}", "a\\rb\\nc\\td\\x7F"),
        ("\u{9B}31m", "\\u{9B}31m"),
        ("abc\u{202E}cba", "abc\\u{202E}cba"),
        ("été 가나다", "été 가나다"),
    ])
    func escapesControlCharacters(_ text: String, _ shown: String) {
        #expect(TerminalText.escaped(text) == shown)
    }

    @Test(arguments: [
        ("abc", 3), ("été", 3), ("e\u{301}te\u{301}", 3), ("가나다", 6), ("ｗ", 2),
        ("中文", 4), ("a\u{200B}b", 2), ("🙂", 2), ("\u{1100}\u{1161}\u{11A8}", 2), ("", 0),
    ])
    func measuresDisplayColumns(_ text: String, _ columns: Int) {
        #expect(DisplayWidth.columns(text) == columns)
    }

    /// A NUL inside a word used to print as "unknown topic 'w'; did you mean 'w'?".
    @Test func aNulInAWordIsShown() {
        let interpreter = Interpreter(sink: BufferSink())
        guard case .failed(let error) = interpreter.run(line: "show w\u{0}", file: nil, lineNumber: 1) else {
            Issue.record("expected a failure")
            return
        }
        let text = DiagnosticRenderer.render(error, sourceLine: error.sourceLine, style: .prompt(width: 4))
        #expect(text == "         ^~~~~\nerror: unknown topic 'w\\x00'; did you mean 'w'?\n")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    /// The caret sits under the culprit however wide the characters before it are.
    @Test(arguments: [
        ("step sgd 9", 10, 1, "         ^"),
        ("echo \"가나다\"; step sgd 9", 21, 1, "                       ^"),
        ("echo 가나다 x", 6, 3, "     ^~~~~~"),
        ("echo été; step sgd 9", 20, 1, "                   ^"),
        ("echo\t\u{1B} 9", 8, 1, "          ^"),  // the tab as a space, ESC as `\x1B`
        ("step sgd 9\r\r", 10, 1, "         ^"),
        ("x,y\r1,2\r3,4\r", 4, 1, "   ^~"),  // a lone CR is shown as `\r`
    ])
    func caretCountsDisplayColumns(_ line: String, _ column: Int, _ length: Int, _ caret: String) {
        let location = SourceLocation(file: nil, line: 1, column: column, length: length)
        #expect(DiagnosticRenderer.caretLine(for: location, in: line) == caret)
    }

    @Test func tableColumnsCountDisplayColumns() {
        let text = TableLayout.render(header: ["name", "n"], rows: [["가나다", "1"], ["été", "2"]])
        #expect(text == "name    n\n가나다  1\nété     2\n")
    }
}
