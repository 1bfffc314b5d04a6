import Foundation
import Testing
@testable import GDConsole

/// gd's own transcripts run inside `swift test`, so a change of output is caught even
/// without `scripts/test`; and the checker itself is shown to fail, diff and update.
@Suite struct TranscriptSuiteTests {
    @Test func everyTranscriptReplays() {
        let sink = BufferSink()
        let summary = TranscriptSuite(update: false, sink: sink).run([Paths.examples, Paths.transcripts])
        #expect(summary.failed == 0, "\(sink.text)")
        #expect(summary.passed >= 10)
    }

    func temporaryCopy(of name: String) throws -> String {
        let text = try String(contentsOfFile: Paths.transcripts + "/" + name, encoding: .utf8)
        let dir = NSTemporaryDirectory() + "gd-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func oneChangedLineFailsWithADiffAndUpdateRestoresIt() throws {
        let path = try temporaryCopy(of: "step.gdt")
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let broken = original.replacingOccurrences(of: "w 0.2 → 0.346,", with: "w 0.2 → 0.347,")
        #expect(broken != original)
        try broken.write(toFile: path, atomically: true, encoding: .utf8)

        let sink = BufferSink()
        let failing = TranscriptSuite(update: false, sink: sink).run([path])
        #expect(failing.failed == 1 && failing.passed == 0)
        let report = sink.text
        #expect(report.contains("FAIL  \(path)"))
        #expect(report.contains("--- \(path)\n+++ \(path) (actual)\n@@ -"))
        #expect(report.contains("\n-step 1: minibatch {1, 4}: w 0.2 → 0.347, loss 3.770796666666667\n"))
        #expect(report.contains("\n+step 1: minibatch {1, 4}: w 0.2 → 0.346, loss 3.770796666666667\n"))
        #expect(report.hasSuffix("0 passed, 1 failed\n"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == broken, "without --update nothing is written")

        let updated = TranscriptSuite(update: true, sink: BufferSink()).run([path])
        #expect(updated.updated == 1)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
        #expect(TranscriptSuite(update: false, sink: BufferSink()).run([path]).failed == 0)
    }

    @Test func diffGivesTheTranscriptsLineNumbers() {
        let diff = UnifiedDiff.render(old: ["a", "b", "c", "d"], new: ["a", "b", "x", "d"], oldName: "f", newName: "g")
        #expect(diff == "--- f\n+++ g\n@@ -1,4 +1,4 @@\n a\n b\n-c\n+x\n d\n")
        #expect(UnifiedDiff.render(old: ["a"], new: ["a"], oldName: "f", newName: "g") == nil)
    }

    func replay(_ text: String) throws -> TranscriptReplay {
        TranscriptReplay(try Transcript(path: "t.gdt", text: text), directory: nil)
    }

    @Test func toleranceMarkersLetNumbersDriftWithinTheirDigits() throws {
        #expect(try replay("gd> show loss\nloss = 5.6583333 (~6)\n").passed)
        #expect(try !replay("gd> show loss\nloss = 5.66 (~6)\n").passed)
        #expect(try replay("gd> show loss\nloss = 5.658333333333 (~rel=1e-9)\n").passed)
        #expect(try replay("#! tolerance digits=3\ngd> show loss\nloss = 5.66\ngd> show w\nw = 0.2\n").passed)
        #expect(try !replay("#! tolerance digits=3\n#! exact\ngd> show loss\nloss = 5.66\n").passed)
        #expect(try !replay("#! tolerance digits=3\ngd> show loss\nlass = 5.66\n").passed, "text between numbers is exact")
    }

    @Test func failuresReplayAndTheStatusIsChecked() throws {
        let text = "gd> step sgd 9\n             ^\nerror: point 9 is out of range; the data has 6 points (0 to 5)\n[exit 65]\n"
        #expect(try replay(text).passed)
        #expect(try !replay(text.replacingOccurrences(of: "[exit 65]\n", with: "")).passed)
        #expect(try !replay("gd> show w\nw = 0.2\n[exit 65]\n").passed)
    }

    @Test func outputThatLooksLikeMarkupIsEscaped() throws {
        let r = try replay("gd> echo \"# not a comment\"\n")
        #expect(r.actualLines == ["gd> echo \"# not a comment\"", "\\# not a comment"])
        #expect(try replay("gd> echo \"# not a comment\"\n\\# not a comment\n").passed)
        // Found by the transcript fuzzer: "[exit" without its space also reads as a status.
        let odd = try replay("gd> echo \"[exitM 49\"\n")
        #expect(odd.actualLines.last == "\\[exitM 49")
        #expect(try Transcript(path: "t.gdt", text: odd.actualLines.joined(separator: "\n") + "\n").blocks.count == 1)
    }

    @Test(arguments: [
        ("", 1, "no input lines"),
        ("# only a comment\n", 1, "no input lines"),
        ("gd> show w\nw = 0.2\n[exit x]\n", 3, "malformed exit status"),
        ("gd> show w\n[exit 65]\ngd> show w\n", 3, "must be the last line"),
        ("#! tolerance fuzzy\ngd> show w\n", 1, "unknown directive"),
        ("w = 0.2\ngd> show w\n", 1, "output before the first"),
    ])
    func badTranscriptsAreRefusedWithTheirLine(text: String, line: Int, message: String) {
        #expect {
            _ = try Transcript(path: "bad.gdt", text: text)
        } throws: { error in
            guard let e = error as? GDError else { return false }
            return e.kind == .badTranscript && e.location?.line == line && e.location?.file == "bad.gdt" && e.message.contains(message)
        }
    }

    @Test func aMissingFileOrEmptyFolderFails() {
        let sink = BufferSink()
        let summary = TranscriptSuite(update: false, sink: sink).run(["/nonexistent/x.gdt", NSTemporaryDirectory() + "gd-empty-\(UUID().uuidString)"])
        #expect(summary.failed == 2)
        #expect(sink.text.contains("cannot open '/nonexistent/x.gdt': no such file"))
    }

    @Test func recordingAndReplayAgree() throws {
        let dir = NSTemporaryDirectory() + "gd-rec-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/session.gdt"
        let interpreter = Interpreter(sink: BufferSink())
        interpreter.recorder = try TranscriptRecorder(path: path)
        for (i, line) in ["set lr 0.05", "", "# a comment", "step sgd 2", "step sdg", "echo \"#x\"", "train minibatch 2 2", "show history", "set w 1", "record stop"].enumerated() {
            _ = interpreter.interact(line: line, lineNumber: i + 1)
        }
        #expect(interpreter.recorder == nil)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("# a comment\ngd> step sgd 2\n"))
        #expect(text.hasSuffix("[exit 65]\n"))
        #expect(try Transcript(path: path, text: text).blocks.count == 7)
        #expect(!text.contains("record stop"))
        #expect(text.contains("gd> set w 1\n[exit 65]\n"))
        #expect(try replay(text).passed)
    }
}
