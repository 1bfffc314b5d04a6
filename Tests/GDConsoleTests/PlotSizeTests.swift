import Testing
@testable import GDConsole

/// At the prompt a plot fits the terminal the front end reports; in a script, or while a
/// transcript is recorded, it keeps the fixed 72×20 whatever the terminal.
@Suite struct PlotSizeTests {
    static func lines(file: String?) -> [Substring] {
        let sink = BufferSink()
        let interpreter = Interpreter(sink: sink, environment: Environment(terminalSize: { PlotSize(columns: 100, rows: 32) }))
        _ = interpreter.run(line: "plot fit", file: file, lineNumber: 1)
        return sink.text.split(separator: "\n")
    }

    @Test func promptFitsTheTerminal() {
        let lines = Self.lines(file: nil)
        #expect(lines.count == 30)
        #expect(lines.map(\.count).max() == 100)
    }

    @Test func scriptsKeepTheFixedSize() {
        let lines = Self.lines(file: "lesson.gd")
        #expect(lines.count == 20)
        #expect(lines.map(\.count).max() == 72)
    }
}
