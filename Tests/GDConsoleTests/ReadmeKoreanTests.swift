import Foundation
import Testing
@testable import GDConsole

/// The README's Korean walk-through is what gd prints: each `gd> ` line of the block is
/// typed into a fresh session as at the prompt (errors with their caret) and the output
/// compared with the lines under it.
@Suite struct ReadmeKoreanTests {
    static let marker = "<!-- Korean example: Tests/GDConsoleTests/ReadmeKoreanTests checks this block -->\n```\n"

    @Test func readmeKoreanBlockIsWhatGdPrints() throws {
        let readme = try String(contentsOfFile: Paths.repository + "/README.md", encoding: .utf8)
        guard let start = readme.range(of: Self.marker),
              let end = readme.range(of: "```\n", range: start.upperBound..<readme.endIndex) else {
            Issue.record("README.md has no Korean example block")
            return
        }
        let block = String(readme[start.upperBound..<end.lowerBound])
        let sink = BufferSink()
        let interpreter = Interpreter(sink: sink)
        var replayed = ""
        var lineNumber = 0
        for line in block.split(separator: "\n") where line.hasPrefix("gd> ") {
            lineNumber += 1
            replayed += line + "\n"
            sink.clear()
            _ = interpreter.interact(line: String(line.dropFirst(4)), lineNumber: lineNumber)
            replayed += sink.text
        }
        #expect(block.hasPrefix("gd> set lang ko\n"))
        #expect(block.contains("0.5622656"))
        #expect(replayed == block)
    }
}
