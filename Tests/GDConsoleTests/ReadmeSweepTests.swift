import Foundation
import Testing

/// The sweep tables the README shows are what gd prints: each fenced block after the
/// marker appears, line for line, in examples/local-minima.gdt (which the transcript
/// suite replays), so the README's claims about them stay true.
@Suite struct ReadmeSweepTests {
    @Test func sweepTablesAreTheExampleTranscripts() throws {
        let readme = try String(contentsOfFile: Paths.repository + "/README.md", encoding: .utf8)
        let transcript = try String(contentsOfFile: Paths.repository + "/examples/local-minima.gdt", encoding: .utf8)
        guard let marker = readme.range(of: "<!-- sweep example:") else {
            Issue.record("README.md has no sweep example marker")
            return
        }
        let section = readme[marker.upperBound...].prefix { _ in true }
        let end = section.range(of: "\n## ").map { section[..<$0.lowerBound] } ?? section
        let blocks = end.components(separatedBy: "```\n").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        #expect(blocks.count == 3)
        for block in blocks {
            #expect(block.contains("gd> sweep"))
            #expect(transcript.contains(block), "README block not in examples/local-minima.gdt:\n\(block)")
        }
    }
}
