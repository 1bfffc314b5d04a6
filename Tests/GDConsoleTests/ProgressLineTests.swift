import Testing
@testable import GDConsole

/// The progress line of a long `train`: drawn for a person at a terminal after a second,
/// cleared at the end, and never written anywhere else.
@Suite struct ProgressLineTests {
    /// A sink that says it is a terminal and keeps the transient text it is given.
    final class TerminalSink: OutputSink {
        let terminal: Bool
        var transient = ""
        var output = ""
        init(terminal: Bool) { self.terminal = terminal }
        func write(_ text: String, to channel: OutputChannel) { output += text }
        func isTerminal(_ channel: OutputChannel) -> Bool { terminal }
        func writeTransient(_ text: String) { transient += text }
    }

    /// A clock that moves half a second each time it is read.
    final class Clock: @unchecked Sendable {
        var t = 0.0
        func read() -> Double {
            t += 0.5
            return t
        }
    }

    static func run(terminal: Bool, _ lines: [String]) throws -> TerminalSink {
        let sink = TerminalSink(terminal: terminal)
        let clock = Clock()
        let interpreter = Interpreter(sink: sink, environment: Environment(now: { clock.read() }))
        for line in lines {
            for statement in try Lexer.statements(line, location: (nil, 1)) {
                let (command, site) = try Parser.parseWithSite(statement, file: nil, line: 1)
                _ = try interpreter.execute(command, at: site, directory: nil)
            }
        }
        return sink
    }

    @Test func aLongTrainAtATerminalShowsAndClearsTheLine() throws {
        let sink = try Self.run(terminal: true, ["train sgd 6"])
        #expect(sink.transient.contains("epoch 3 of 6"))
        #expect(sink.transient.contains("updates/s"))
        #expect(sink.transient.contains("left"))
        #expect(sink.transient.hasSuffix("\r\u{1B}[K"))
        #expect(!sink.output.contains("of 6"))
    }

    @Test func notATerminalNoLine() throws {
        let sink = try Self.run(terminal: false, ["train sgd 6", "compare 3"])
        #expect(sink.transient.isEmpty)
    }
}
