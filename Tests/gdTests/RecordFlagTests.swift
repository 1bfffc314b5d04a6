import Foundation
import Testing

/// `gd --record FILE` keeps an existing file as the `record FILE` command does, and what it
/// records `gd test` replays, whatever the session started with.
@Suite struct RecordFlagTests {
    @Test func anExistingTranscriptIsRefusedWithStatus73AndKept() throws {
        let dir = try GDProcess.temporaryDirectory()
        try "gd> show w\nw = 0.2\n".write(toFile: dir + "/t.gdt", atomically: true, encoding: .utf8)
        let r = try GDProcess.gd(["--record", "t.gdt", "-c", "show loss"], in: dir)
        #expect(r.status == 73)
        #expect(r.stdout.isEmpty, "nothing runs")
        #expect(r.stderr == "gd: 't.gdt' exists; add --record-overwrite to start it over or --record-append to add to it\n")
        #expect(try String(contentsOfFile: dir + "/t.gdt", encoding: .utf8) == "gd> show w\nw = 0.2\n")
    }

    @Test func overwriteStartsOverAndAppendAddsToTheEnd() throws {
        let dir = try GDProcess.temporaryDirectory()
        try "gd> show w\nw = 0.2\n".write(toFile: dir + "/t.gdt", atomically: true, encoding: .utf8)
        let appended = try GDProcess.gd(["--record", "t.gdt", "--record-append", "-c", "show loss"], in: dir)
        #expect(appended.status == 0)
        #expect(try String(contentsOfFile: dir + "/t.gdt", encoding: .utf8)
                == "gd> show w\nw = 0.2\ngd> show loss\nloss = 5.658333333333334\n")
        let overwritten = try GDProcess.gd(["--record", "t.gdt", "--record-overwrite", "-c", "show loss"], in: dir)
        #expect(overwritten.status == 0)
        #expect(try String(contentsOfFile: dir + "/t.gdt", encoding: .utf8) == "gd> show loss\nloss = 5.658333333333334\n")
        #expect(try GDProcess.gd(["test", "t.gdt"], in: dir).status == 0)
    }

    @Test(arguments: [["--record-append"], ["--record", "t.gdt", "--record-append", "--record-overwrite"]])
    func aModeNeedsRecordAndOnlyOne(_ flags: [String]) throws {
        let dir = try GDProcess.temporaryDirectory()
        let r = try GDProcess.gd(flags + ["-c", "show w"], in: dir)
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir + "/t.gdt"))
    }

    /// A replay starts with the lecture loaded: a transcript of an `--empty` session opens
    /// with `load none`, so it replays (it used to fail on its first `show`).
    @Test(arguments: [[String: String](), ["GD_LANG": "ko"]])
    func anEmptySessionRecordsATranscriptThatReplays(_ environment: [String: String]) throws {
        let dir = try GDProcess.temporaryDirectory()
        let run = try GDProcess.gd(["--empty", "--record", "e.gdt", "-c", "show; show data; gen 5 seed=1; show loss"], in: dir,
                                   environment: environment.merging(["HOME": "/nonexistent"]) { a, _ in a })
        #expect(run.status == 0, "\(run.stderr)")
        let transcript = try String(contentsOfFile: dir + "/e.gdt", encoding: .utf8)
        #expect(transcript.hasPrefix("gd> load none\n0 points loaded\n"), "\(transcript)")
        let replay = try GDProcess.gd(["test", "e.gdt"], in: dir)
        #expect(replay.status == 0, "\(replay.stdout)")
        #expect(replay.stdout.hasSuffix("1 passed, 0 failed\n"), "\(replay.stdout)")
    }

    /// `record FILE` later in an `--empty` session can rebuild it too (it used to refuse).
    @Test func recordInAnEmptySessionReplays() throws {
        let dir = try GDProcess.temporaryDirectory()
        let run = try GDProcess.gd(["--empty", "-c", "record r.gdt; show; record stop"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let replay = try GDProcess.gd(["test", "r.gdt"], in: dir)
        #expect(replay.status == 0, "\(replay.stdout)")
    }
}
