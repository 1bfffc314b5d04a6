import Testing
@testable import GDConsole

/// Ctrl-C is nothing the user wrote wrong: its message carries no caret, at the prompt
/// or in a file (where `file:line:col` still says where the run stopped).
@Suite struct InterruptMessageTests {
    static let interrupted = GDError(.interrupted, .generateInterrupted, at: SourceLocation(file: nil, line: 1, column: 1, length: 3))

    @Test func atThePromptNoCaret() {
        let text = DiagnosticRenderer.render(Self.interrupted, sourceLine: "gen 10000000", style: .prompt(width: 4))
        #expect(text == "error: interrupted; no points generated\n")
    }

    @Test func inAFileTheLocationButNoCaret() {
        var error = Self.interrupted
        error.location?.file = "lesson.gd"
        let text = DiagnosticRenderer.render(error, sourceLine: "gen 10000000", style: .file)
        #expect(text == "lesson.gd:1:1: error: interrupted; no points generated\n")
    }

    /// Every other error keeps its caret (the test above could not pass by dropping all).
    @Test func otherErrorsKeepTheirCaret() {
        let error = GDError(.unknownCommand, .unknownCommand("gne", near: "gen"), at: SourceLocation(file: nil, line: 1, column: 1, length: 3))
        let text = DiagnosticRenderer.render(error, sourceLine: "gne 10", style: .prompt(width: 4))
        #expect(text.hasPrefix("    ^~~\n"))
    }
}
