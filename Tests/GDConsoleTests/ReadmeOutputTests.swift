import Foundation
import Testing
@testable import GDConsole

/// The README's other output blocks are what gd prints, and no block of gd output goes
/// unchecked: every fenced block with a `gd> ` line or a diagnostic names, on the line
/// before it, the test that checks it.
@Suite struct ReadmeOutputTests {
    static func marker(_ kind: String) -> String {
        "<!-- \(kind): Tests/GDConsoleTests/ReadmeOutputTests checks this block -->\n```\n"
    }

    @Test(arguments: [("lecture example", "0.5622656"), ("intro example", "0.52896")])
    func readmeBlockIsWhatGdPrints(kind: String, mustContain: String) throws {
        guard let block = try ReadmeBlock.after(Self.marker(kind)) else { return }
        // A shell line before the first `gd> ` line is how gd was started, not its output.
        let shell = block.prefix { $0 != "\n" }.hasPrefix("$ ") ? String(block.prefix { $0 != "\n" }) + "\n" : ""
        #expect(block.contains(mustContain))
        #expect(shell + ReadmeBlock.replayed(block) == block)
    }

    /// The SVG lines run after the plot example, as the README tells them, in a scratch folder.
    @Test func svgBlockIsWhatGdPrints() throws {
        guard let block = try ReadmeBlock.after(Self.marker("svg example")),
              let plots = try ReadmeBlock.after(ReadmePlotTests.marker("plot")) else { return }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gd-readme-svg-\(getpid())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(ReadmeBlock.replayed(block, after: plots, in: directory) == block)
        #expect(FileManager.default.fileExists(atPath: directory + "/loss.svg"))
    }

    /// The diagnostic is what a script `lesson.gd` with `step sdg` on line 3 prints (after
    /// the output of lines 1 and 2).
    @Test func errorBlockIsWhatGdPrints() throws {
        guard let block = try ReadmeBlock.after(Self.marker("error example")) else { return }
        let sink = BufferSink()
        let interpreter = Interpreter(sink: sink)
        let result = interpreter.runScript("step sgd 2\nshow w\nstep sdg\nshow w\n", name: "lesson.gd", directory: nil, keepGoing: false)
        #expect(result.errors.count == 1)
        #expect(sink.text.hasSuffix(block))
        #expect(sink.text.hasPrefix("step 1: sgd {2}"))
    }

    /// The transcript shown passes `gd test`.
    @Test func transcriptBlockPasses() throws {
        guard let block = try ReadmeBlock.after(Self.marker("transcript example")) else { return }
        let replay = TranscriptReplay(try Transcript(path: "README.md", text: block), directory: nil)
        #expect(replay.passed, "README transcript replays as:\n\(replay.actualLines.joined(separator: "\n"))")
        #expect(replay.actualStatus == 65)
    }

    /// The numpy block is an excerpt: its list keeps the first entries and the last of what
    /// gd prints, with `…` where it cuts, and the prose's count of 31 weights is right.
    @Test func numpyExcerptIsWhatGdPrints() throws {
        guard let block = try ReadmeBlock.after(Self.marker("numpy excerpt")) else { return }
        let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
        guard let listLine = lines.firstIndex(where: { $0.hasPrefix("w_history = [") }) else {
            Issue.record("the numpy block shows no w_history")
            return
        }
        // Everything before the list is printed whole.
        let head = lines[..<listLine].joined(separator: "\n") + "\n"
        let printed = ReadmeBlock.replayed(head + "gd> show w_history\n")
        #expect(printed.hasPrefix(head))
        func entries(_ line: Substring) -> [String] {
            line.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }.components(separatedBy: ", ")
        }
        let shown = entries(lines[listLine])
        let actual = entries(printed.split(separator: "\n").last ?? "")
        guard let cut = shown.firstIndex(of: "…") else {
            Issue.record("the numpy excerpt does not mark its cut with …")
            return
        }
        #expect(actual.count == 31)
        #expect(Array(actual.prefix(cut)) == Array(shown[..<cut]))
        #expect(Array(actual.suffix(shown.count - cut - 1)) == Array(shown[(cut + 1)...]))
        let readme = try String(contentsOfFile: Paths.repository + "/README.md", encoding: .utf8)
        #expect(readme.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("gd prints all 31 weights"))
    }

    /// Every fenced block showing gd at work (a `gd> ` line, or a `file:line:col: error`)
    /// outside the generated reference has a marker naming an existing test file.
    @Test func everyOutputBlockIsChecked() throws {
        let readme = try String(contentsOfFile: Paths.repository + "/README.md", encoding: .utf8)
        let reference = readme.components(separatedBy: "<!-- BEGIN COMMAND REFERENCE")
        let prose = (reference.first ?? "") + (reference.dropFirst().first?.components(separatedBy: "<!-- END COMMAND REFERENCE -->").dropFirst().first ?? "")
        let lines = prose.split(separator: "\n", omittingEmptySubsequences: false)
        var opening: Int?
        var unchecked: [String] = []
        for (i, line) in lines.enumerated() where line.hasPrefix("```") {
            guard let start = opening else { opening = i; continue }
            opening = nil
            let body = lines[(start + 1)..<i]
            let showsGd = body.contains { $0.hasPrefix("gd> ") || $0.contains(": error: ") }
            guard showsGd else { continue }
            let before = start > 0 ? lines[start - 1] : ""
            let named = before.hasPrefix("<!--") ? before.split(separator: " ").first { $0.hasPrefix("Tests/GDConsoleTests/") } : nil
            if let named, FileManager.default.fileExists(atPath: Paths.repository + "/" + named + ".swift") { continue }
            unchecked.append(String(body.first ?? ""))
        }
        #expect(unchecked.isEmpty, "README blocks with no checker: \(unchecked)")
    }
}
