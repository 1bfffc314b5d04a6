import Foundation
import Testing
@testable import GDConsole

/// The transcript fuzzer's update invariant, on its regression seeds and on a few lines
/// ending in carriage returns: what `gd test --update` would write parses and replays
/// without a difference.
@Suite struct TranscriptLineEndTests {
    static let texts = [
        "gd> foo#c\r\r\r\r\n",
        "gd> step\r\r\r\n",
        "gd> echo \"abc\r\r\n",
        "gd> step sgd 9 # why\r\r\n",
        "gd> foo#comment here\ngd> step sgd 9#x\n",
    ]

    @Test(arguments: texts)
    func updateIsStable(_ text: String) throws {
        let first = TranscriptReplay(try Transcript(path: "t.gdt", text: text), directory: nil)
        let updatedText = first.actualLines.map { $0 + "\n" }.joined()
        let second = TranscriptReplay(try Transcript(path: "t.gdt", text: updatedText), directory: nil)
        #expect(second.passed, "\(second.diff ?? "")")
    }

    @Test func seedsFromTheFuzzCorpusAreStable() throws {
        for (folder, name) in [("transcript", "regress-comment-caret-cr.gdt")] {
            let path = Paths.repository + "/Tests/Fuzz/corpus/\(folder)/\(name)"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try updateIsStable(text)
        }
    }
}
