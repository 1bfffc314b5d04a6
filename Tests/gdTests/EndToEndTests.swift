import Foundation
import Testing

/// The built `gd` binary, run as a script runner: stdout, stderr and exit status.
@Suite struct EndToEndTests {
    @Test func lectureExamplePrintsTheGoldenNumbers() throws {
        let r = try GDProcess.gd([GDProcess.repository + "/examples/lecture.gd"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        for value in ["5.658333333333334", "0.3426666666666667", "→ 0.272,", "→ 0.52896,", "→ 0.346,", "→ 0.37616,", "→ 0.5622656,"] {
            #expect(r.stdout.contains(value), "\(value)")
        }
    }

    @Test func commandsFlag() throws {
        let r = try GDProcess.gd(["-c", "set lr 0.1; step batch\nshow w"])
        #expect(r.stdout == "step 1: batch (all 6): w 0.2 → 1.6266666666666667, loss 3.9621851851851844\nw = 1.6266666666666667\n")
        #expect(r.status == 0)
    }

    @Test func scriptErrorGivesFileLineColumnAndStatus65() throws {
        let dir = try GDProcess.temporaryDirectory()
        let path = dir + "/lesson.gd"
        try "show w\n\nstep sdg\nshow w\n".write(toFile: path, atomically: true, encoding: .utf8)
        let r = try GDProcess.gd(["lesson.gd"], in: dir)
        #expect(r.status == 65)
        #expect(r.stdout == "w = 0.2\n", "stops at the first error")
        #expect(r.stderr == "lesson.gd:3:6: error: unknown variant 'sdg'; did you mean 'sgd'?\nstep sdg\n     ^~~\n")
    }

    @Test func keepGoingRunsEveryLineAndStillFails() throws {
        let r = try GDProcess.gd(["--keep-going", "-"], stdin: "step sdg\nshow w\nset lr x\nshow loss\n")
        #expect(r.status == 65)
        #expect(r.stdout == "w = 0.2\nloss = 5.658333333333334\n")
        #expect(r.stderr.contains("<stdin>:1:6: error:"))
        #expect(r.stderr.contains("<stdin>:3:8: error:"))
    }

    /// --keep-going goes on to the next file too, and the status is still the first failure's.
    @Test func keepGoingRunsTheFilesAfterAFailingOne() throws {
        let dir = try GDProcess.temporaryDirectory()
        try "step sdg\n".write(toFile: dir + "/a.gd", atomically: true, encoding: .utf8)
        try "show w\n".write(toFile: dir + "/b.gd", atomically: true, encoding: .utf8)
        let going = try GDProcess.gd(["--keep-going", "a.gd", "b.gd"], in: dir)
        #expect(going.status == 65)
        #expect(going.stdout == "w = 0.2\n")
        let stopping = try GDProcess.gd(["a.gd", "b.gd"], in: dir)
        #expect(stopping.status == 65)
        #expect(stopping.stdout == "", "without --keep-going the first error stops the run")
    }

    @Test func pipedStdinIsAScriptNamedStdin() throws {
        let r = try GDProcess.gd([], stdin: "show w\nstep sgd 9\n")
        #expect(r.stdout == "w = 0.2\n")
        #expect(r.stderr.hasPrefix("<stdin>:2:10: error: point 9 is out of range"))
        #expect(r.status == 65)
    }

    @Test func missingScriptIs66AndBadFlagIs64() throws {
        let missing = try GDProcess.gd(["/nonexistent/lesson.gd"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "gd: cannot open '/nonexistent/lesson.gd': no such file\n")
        let flag = try GDProcess.gd(["--frobnicate"])
        #expect(flag.status == 64)
        #expect(flag.stderr.contains("--frobnicate"))
    }

    @Test func divergenceExitsWithItsOwnStatus() throws {
        let r = try GDProcess.gd(["-c", "set lr 1e10; train batch 100"])
        #expect(r.status == 3)
        #expect(r.stderr.contains("error: diverged at step 14"))
    }

    /// `gd test` is what CI trusts: a transcript that differs must make it exit 1.
    @Test func gdTestFailsOnADifferingTranscript() throws {
        let dir = try GDProcess.temporaryDirectory()
        try "gd> show w\nw = 0.3\n".write(toFile: dir + "/wrong.gdt", atomically: true, encoding: .utf8)
        try "gd> show w\nw = 0.2\n".write(toFile: dir + "/right.gdt", atomically: true, encoding: .utf8)
        let r = try GDProcess.gd(["test", "wrong.gdt", "right.gdt"], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout.contains("-w = 0.3\n+w = 0.2\n"), "\(r.stdout)")
        #expect(r.stdout.hasSuffix("1 passed, 1 failed\n"), "\(r.stdout)")
        let good = try GDProcess.gd(["test", "right.gdt"], in: dir)
        #expect(good.status == 0)
        #expect(good.stdout.hasSuffix("1 passed, 0 failed\n"), "\(good.stdout)")
    }

    @Test func echoPrintsCommandsAsASession() throws {
        let r = try GDProcess.gd(["--echo", "-c", "show w\n# note\n\nshow loss"])
        #expect(r.stdout == "gd> show w\nw = 0.2\ngd> # note\ngd> show loss\nloss = 5.658333333333334\n")
    }

    @Test func sourceRefusesCyclesWithTheIncludeChain() throws {
        let dir = try GDProcess.temporaryDirectory()
        try "show w\nsource b.gd\n".write(toFile: dir + "/a.gd", atomically: true, encoding: .utf8)
        try "source a.gd\n".write(toFile: dir + "/b.gd", atomically: true, encoding: .utf8)
        let r = try GDProcess.gd(["a.gd"], in: dir)
        #expect(r.status == 65)
        #expect(r.stderr == "b.gd:1:8: error: 'a.gd' is already running; a script cannot source itself, directly or through others (b.gd:1 ← a.gd:2)\nsource a.gd\n       ^~~~\n")
    }

    @Test func sourceNestingHasALimit() throws {
        let dir = try GDProcess.temporaryDirectory()
        for i in 0..<30 {
            try "source s\(i + 1).gd\n".write(toFile: dir + "/s\(i).gd", atomically: true, encoding: .utf8)
        }
        try "show w\n".write(toFile: dir + "/s30.gd", atomically: true, encoding: .utf8)
        let r = try GDProcess.gd(["s0.gd"], in: dir)
        #expect(r.status == 65)
        #expect(r.stderr.contains("is nested more than 25 deep"))
    }

    @Test func scriptPathsAreRelativeToTheScript() throws {
        let dir = try GDProcess.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/lesson", withIntermediateDirectories: true)
        try "x,y\n1,2\n2,4.5\n".write(toFile: dir + "/lesson/points.csv", atomically: true, encoding: .utf8)
        try "load points.csv\nshow data\n".write(toFile: dir + "/lesson/run.gd", atomically: true, encoding: .utf8)
        let r = try GDProcess.gd(["lesson/run.gd"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "2 points loaded\ni  x    y\n0  1.0  2.0\n1  2.0  4.5\n")
    }

    @Test func closedPipeExitsQuietly() throws {
        let r = try GDProcess.shell(#""$1" -c 'train sgd 2000' | head -1"#)
        #expect(r.stdout.hasPrefix("epoch 1: sgd"))
        #expect(r.stderr.isEmpty)
    }

    @Test func ctrlCStopsAScriptWithStatus130KeepingFinishedUpdates() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: GDProcess.binary)
        process.arguments = ["-c", "gen 20000 seed=1\ntrain sgd 1000000\nshow w"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Wait for the first epoch line, so the interrupt lands inside 'train'.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("epoch 1:") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        kill(process.processIdentifier, SIGINT)
        seen += out.fileHandleForReading.readDataToEndOfFile()
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(e.hasPrefix("-c:2:1: error: interrupted after "))
        #expect(!String(decoding: seen, as: UTF8.self).contains("w = "), "the script stops: 'show w' never runs")
    }

    @Test func saveRefusesToOverwriteALoadedFile() throws {
        let dir = try GDProcess.temporaryDirectory()
        try "x,y\n1,2\n".write(toFile: dir + "/p.csv", atomically: true, encoding: .utf8)
        let r = try GDProcess.gd(["-c", "load p.csv; save data p.csv"], in: dir)
        #expect(r.status == 65)
        #expect(r.stderr.contains("'p.csv' was loaded or run in this session; add 'force' to overwrite it"))
        let forced = try GDProcess.gd(["-c", "load p.csv; step batch; save data p.csv force"], in: dir)
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: dir + "/p.csv", encoding: .utf8) == "x,y\n1.0,2.0\n")
    }

    @Test func saveHistoryWritesCSV() throws {
        let dir = try GDProcess.temporaryDirectory()
        let r = try GDProcess.gd(["-c", "step sgd 2; step minibatch 1 4; step batch; save history h.csv"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.hasSuffix("wrote 3 rows to h.csv\n"))
        let csv = try String(contentsOfFile: dir + "/h.csv", encoding: .utf8)
        #expect(csv.hasPrefix("step,epoch,variant,points,w_before,w_after,gradient,loss_used,loss\n1,,sgd,2,0.2,0.272,-7.200000000000001,3.240000000000001,4.678653333333333\n"))
        #expect(csv.split(separator: "\n").count == 4)
    }
}

/// The environment cannot change what gd prints to a pipe or a transcript, except the
/// language a session starts in (`GD_LANG`, a `ko` locale), and never a transcript's replay.
@Suite struct DeterminismTests {
    @Test func environmentDoesNotChangeOutput() throws {
        let script = "gen 50 seed=3\ntrain minibatch 4 3\nshow history\nshow w_history\nstep sdg\n"
        var outputs: [String] = []
        for env in [["LANG": "C"], ["LANG": "C.UTF-8", "COLUMNS": "20", "NO_COLOR": "1"], ["HOME": "/nonexistent", "TERM": "xterm-256color", "LC_ALL": "de_DE.UTF-8"]] {
            let r = try GDProcess.gd(["--keep-going", "-"], stdin: script, environment: env)
            outputs.append(r.stdout + r.stderr)
        }
        #expect(Set(outputs).count == 1)
        // Equal outputs prove nothing if gd printed nothing: the same text must be there.
        let output = outputs.first ?? ""
        #expect(output.contains("epoch 3: minibatch 4, 13 updates: w "), "\(output)")
        #expect(output.contains("w_history = [0.2, "), "\(output)")
        #expect(output.contains("<stdin>:5:6: error: unknown variant 'sdg'; did you mean 'sgd'?"), "\(output)")
        #expect(!output.contains("\u{1B}"), "no escape codes outside a terminal")
    }

    @Test func transcriptsReplayTheSameUnderAnyEnvironment() throws {
        // A Korean locale and GD_LANG too: a transcript replays in English unless it says otherwise.
        let r = try GDProcess.gd(["test", GDProcess.repository + "/Tests/transcripts", GDProcess.repository + "/examples"],
                                 environment: ["LANG": "ko_KR.UTF-8", "GD_LANG": "ko", "COLUMNS": "10", "HOME": "/nonexistent", "NO_COLOR": "1"])
        let o = r.stdout
        #expect(r.status == 0, "\(o)")
        // Every transcript ran: "0 passed, 0 failed" would mean none was found.
        let passed = o.split(separator: "\n").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? 0
        #expect(passed >= 10 && o.hasSuffix(" passed, 0 failed\n"), "\(o)")
    }

    /// The front end reads GD_LANG, else LC_ALL, LC_MESSAGES or LANG, and the session
    /// starts in that language.
    @Test(arguments: [
        (["GD_LANG": "ko"], true),
        (["LANG": "ko_KR.UTF-8"], true),
        (["LC_ALL": "ko_KR.UTF-8", "LANG": "C"], true),
        (["GD_LANG": "en", "LANG": "ko_KR.UTF-8"], false),
        (["LANG": "C.UTF-8"], false),
    ] as [([String: String], Bool)])
    func startLanguageFromTheEnvironment(_ env: [String: String], _ korean: Bool) throws {
        let o = try GDProcess.gd(["-c", "show loss"], environment: env.merging(["HOME": "/nonexistent"]) { a, _ in a }).stdout
        #expect(o == (korean ? "손실 = 5.658333333333334\n" : "loss = 5.658333333333334\n"), "\(env)")
    }
}
