import Foundation
import Testing
@testable import GDConsole
@testable import GDCore

/// Issue 9, items 5–9, 12, 13: writes never damage what they should not, Ctrl-C stops
/// what it should, and `gd test` touches only expected output.
@Suite struct FileSafetyTests {
    static func temporaryDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "gd-safety-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A cancellation flag that turns on after `calls` polls.
    final class Countdown: @unchecked Sendable {
        var left: Int
        init(_ calls: Int) { left = calls }
        func poll() -> Bool {
            left -= 1
            return left < 0
        }
    }

    @Test func ctrlCStopsGenWithNothingChanged() {
        let interpreter = Interpreter(sink: BufferSink(), environment: Environment(isCancelled: { true }))
        let before = interpreter.state
        let outcome = interpreter.run(line: "gen 1000000", file: nil, lineNumber: 1)
        guard case .failed(let error) = outcome else {
            Issue.record("gen ran to its end under Ctrl-C")
            return
        }
        #expect(error.kind == .interrupted)
        #expect(error.exitStatus == 130)
        #expect(interpreter.state == before, "the data and the generator are as they were")
    }

    @Test func ctrlCDuringAScriptsLastLineStopsTheRestOfIt() {
        // Polls: before line 1 (false), after 'set lr 0.1' (false), before line 2 (false),
        // after 'echo a' (true): 'echo b' must not run.
        let countdown = Countdown(3)
        let sink = BufferSink()
        let interpreter = Interpreter(sink: sink, environment: Environment(isCancelled: { countdown.poll() }))
        interpreter.stopsOnInterrupt = true
        let result = interpreter.runScript("set lr 0.1\necho a; echo b\n", name: "s.gd", directory: nil, keepGoing: false)
        #expect(sink.text(of: .standardOutput) == "a\n")
        #expect(result.errors.first?.exitStatus == 130)
    }

    @Test func recordRefusesAnExistingFileWithoutAWord() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/notes.gdt"
        try "precious\n".write(toFile: path, atomically: false, encoding: .utf8)
        let interpreter = Interpreter(sink: BufferSink())
        #expect(interpreter.run(line: "record '\(path)'", file: nil, lineNumber: 1) != .ok)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "precious\n")
        #expect(interpreter.run(line: "record '\(path)' append; echo more; record stop", file: nil, lineNumber: 1) == .ok)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "precious\nmore\n")
        #expect(interpreter.run(line: "record '\(path)' overwrite; echo new; record stop", file: nil, lineNumber: 1) == .ok)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
    }

    @Test func saveRefusesAnInputByIdentityAndTheLiveTranscript() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let interpreter = Interpreter(sink: BufferSink())
        #expect(interpreter.run(line: "save data '\(dir)/a.csv'", file: nil, lineNumber: 1) == .ok)
        try FileManager.default.createSymbolicLink(atPath: dir + "/b.csv", withDestinationPath: "a.csv")
        #expect(interpreter.run(line: "load '\(dir)/b.csv'", file: nil, lineNumber: 1) == .ok)
        #expect(interpreter.run(line: "save data '\(dir)/a.csv'", file: nil, lineNumber: 1) != .ok)
        #expect(interpreter.run(line: "record '\(dir)/t.gdt'", file: nil, lineNumber: 1) == .ok)
        #expect(interpreter.run(line: "save data '\(dir)/t.gdt' force", file: nil, lineNumber: 1) != .ok)
    }

    @Test func saveWritesThroughASymlinkAndKeepsTheMode() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "old\n".write(toFile: dir + "/target.csv", atomically: false, encoding: .utf8)
        chmod(dir + "/target.csv", 0o640)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.csv", withDestinationPath: "target.csv")
        let interpreter = Interpreter(sink: BufferSink())
        #expect(interpreter.run(line: "save data '\(dir)/link.csv'", file: nil, lineNumber: 1) == .ok)
        let attributes = try FileManager.default.attributesOfItem(atPath: dir + "/link.csv")
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink, "the link is still a link")
        #expect(try String(contentsOfFile: dir + "/target.csv", encoding: .utf8).hasPrefix("x,y\n"))
        let mode = try FileManager.default.attributesOfItem(atPath: dir + "/target.csv")[.posixPermissions] as? Int
        #expect(mode == 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no temporary file is left")
    }

    @Test func aPlantedSymlinkAtTheOldTemporaryNameIsNotFollowed() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "victim\n".write(toFile: dir + "/victim", atomically: false, encoding: .utf8)
        // The name the old code used, predictable from the pid.
        try FileManager.default.createSymbolicLink(atPath: dir + "/out.csv.gd-tmp-\(getpid())", withDestinationPath: dir + "/victim")
        let interpreter = Interpreter(sink: BufferSink())
        #expect(interpreter.run(line: "save data '\(dir)/out.csv'", file: nil, lineNumber: 1) == .ok)
        #expect(try String(contentsOfFile: dir + "/victim", encoding: .utf8) == "victim\n")
    }

    @Test func updateKeepsBytesLineEndingsModeAndLinks() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var bytes = Array("# caf\u{E9} in Latin-1: caf".utf8) + [0xE9] + Array("\r\ngd> show w\r\nw = 9\r\n".utf8)
        FileManager.default.createFile(atPath: dir + "/real.gdt", contents: Data(bytes))
        chmod(dir + "/real.gdt", 0o444)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.gdt", withDestinationPath: "real.gdt")
        let summary = TranscriptSuite(update: true, sink: BufferSink()).run([dir + "/link.gdt"])
        #expect(summary.updated == 1)
        bytes = Array("# caf\u{E9} in Latin-1: caf".utf8) + [0xE9] + Array("\r\ngd> show w\r\nw = 0.2\r\n".utf8)
        #expect(FileManager.default.contents(atPath: dir + "/real.gdt").map(Array.init) == bytes)
        let attributes = try FileManager.default.attributesOfItem(atPath: dir + "/link.gdt")
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        let mode = try FileManager.default.attributesOfItem(atPath: dir + "/real.gdt")[.posixPermissions] as? Int
        #expect(mode == 0o444)
    }

    @Test func updateNeverWritesNotRunBlocksAfterQuit() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let text = "gd> quit\ngd> show w\nw = 0.2\n"
        try text.write(toFile: dir + "/q.gdt", atomically: false, encoding: .utf8)
        let sink = BufferSink()
        let summary = TranscriptSuite(update: true, sink: sink).run([dir + "/q.gdt"])
        #expect(summary.failed == 1)
        #expect(try String(contentsOfFile: dir + "/q.gdt", encoding: .utf8) == text)
        #expect(sink.text.contains("input after 'quit' (line 1) never runs"))
    }

    @Test func symlinkLoopsAreWalkedOnce() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/a", withIntermediateDirectories: true)
        try "gd> show w\nw = 0.2\n".write(toFile: dir + "/a/t.gdt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/again.gdt", withDestinationPath: "t.gdt")
        try FileManager.default.createSymbolicLink(atPath: dir + "/b", withDestinationPath: "a")
        let summary = TranscriptSuite(update: false, sink: BufferSink()).run([dir])
        #expect(summary.passed == 1)
        #expect(summary.failed == 0)
        let twice = TranscriptSuite(update: false, sink: BufferSink()).run([dir + "/a/t.gdt", dir + "/b/again.gdt", dir])
        #expect(twice.passed == 1)
        #expect(twice.failed == 0, "a file named again is not 'no transcripts here'")
    }
}
