import Testing
@testable import GDConsole

/// `load none` (the data a `gd --empty` session starts with) is offered, and a recording
/// started on no data opens with it.
struct LoadNoneTests {
    @Test func completionOffersIt() {
        #expect(Completion.candidates(for: "load no").candidates.contains("none"))
        #expect(Completion.candidates(for: "load ").candidates.contains("none"))
    }

    @Test func aRecordingOnNoDataOpensWithIt() throws {
        let interpreter = Interpreter(sink: BufferSink())
        #expect(interpreter.run(line: "load none", file: nil, lineNumber: 1) == .ok)
        let location = SourceLocation(file: nil, line: 2, column: 1)
        #expect(try interpreter.recreatingCommands(transcriptDirectory: nil, at: location) == ["load none"])
        #expect(interpreter.run(line: "set lr 0.5", file: nil, lineNumber: 3) == .ok)
        #expect(try interpreter.recreatingCommands(transcriptDirectory: nil, at: location) == ["load none", "set lr 0.5"])
    }
}
