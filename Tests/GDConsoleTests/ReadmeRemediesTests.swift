import Foundation
import Testing
@testable import GDConsole

/// The remedies example the README shows is what gd prints: the block after the marker is
/// replayed line by line in a fresh session (as a script, so at the fixed 72×20 size,
/// UTF-8) and its output compared.
@Suite struct ReadmeRemediesTests {
    static let marker = "<!-- remedies example: Tests/GDConsoleTests/ReadmeRemediesTests checks this block -->\n```\n"

    @Test func readmeRemediesBlockIsWhatGdPrints() throws {
        let readme = try String(contentsOfFile: Paths.repository + "/README.md", encoding: .utf8)
        guard let start = readme.range(of: Self.marker),
              let end = readme.range(of: "\n```\n", range: start.upperBound..<readme.endIndex) else {
            Issue.record("README.md has no remedies example block")
            return
        }
        let block = String(readme[start.upperBound..<end.lowerBound]) + "\n"
        let sink = BufferSink()
        let interpreter = Interpreter(sink: sink)
        var expected = ""
        var lineNumber = 0
        for line in block.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("gd> ") {
            lineNumber += 1
            expected += line + "\n"
            sink.clear()
            #expect(interpreter.run(line: String(line.dropFirst(4)), file: "README.md", lineNumber: lineNumber) == .ok)
            expected += sink.text
        }
        #expect(block.contains("show optimizer"))
        #expect(expected == block)
    }
}
