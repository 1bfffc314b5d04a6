import Foundation
import Testing
@testable import GDConsole

/// The README's command reference is the table's, word for word. Set RECORD_README=1 to
/// rewrite it; the test then fails once so the change is always reviewed.
@Suite struct ReadmeTests {
    static let begin = "<!-- BEGIN COMMAND REFERENCE (generated from CommandTable; RECORD_README=1 swift test rewrites it) -->\n"
    static let end = "<!-- END COMMAND REFERENCE -->"

    @Test func commandReferenceMatchesTheTable() throws {
        let path = Paths.repository + "/README.md"
        let readme = try String(contentsOfFile: path, encoding: .utf8)
        guard let start = readme.range(of: Self.begin), let stop = readme.range(of: Self.end) else {
            Issue.record("README.md has no generated command reference markers")
            return
        }
        let current = String(readme[start.upperBound..<stop.lowerBound])
        let generated = Help.markdownReference
        if current != generated, ProcessInfo.processInfo.environment["RECORD_README"] == "1" {
            let rewritten = String(readme[..<start.upperBound]) + generated + String(readme[stop.lowerBound...])
            try rewritten.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("README.md's command reference was rewritten; review it and run the tests again")
            return
        }
        #expect(current == generated, "README.md's command reference is stale: run RECORD_README=1 swift test")
    }
}
