import Foundation
import Testing
@testable import GDConsole

/// A README example block: the fenced lines after an HTML-comment marker, and what gd
/// prints when its `gd> ` lines are replayed in a fresh session (as a script: fixed 72×20
/// plots, UTF-8), so a README test compares the two.
enum ReadmeBlock {
    /// The block after `marker` (which ends in the opening fence), or nil with an issue recorded.
    static func after(_ marker: String) throws -> String? {
        let readme = try String(contentsOfFile: Paths.repository + "/README.md", encoding: .utf8)
        guard let start = readme.range(of: marker),
              let end = readme.range(of: "\n```\n", range: start.upperBound..<readme.endIndex) else {
            Issue.record("README.md has no block after \(marker)")
            return nil
        }
        return String(readme[start.upperBound..<end.lowerBound]) + "\n"
    }

    /// The block as gd would print it: each `gd> ` line followed by its output; every
    /// line must succeed.
    ///
    /// - Parameters:
    ///   - setup: a block whose `gd> ` lines run first, unprinted (what the README ran
    ///     just before).
    ///   - directory: where relative file names in the block go.
    static func replayed(_ block: String, after setup: String = "", in directory: String? = nil) -> String {
        let sink = BufferSink()
        let interpreter = Interpreter(sink: sink)
        var printed = ""
        var lineNumber = 0
        for line in setup.split(separator: "\n") where line.hasPrefix("gd> ") {
            lineNumber += 1
            #expect(interpreter.run(line: String(line.dropFirst(4)), file: "README.md", lineNumber: lineNumber, directory: directory) == .ok)
        }
        for line in block.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("gd> ") {
            lineNumber += 1
            printed += line + "\n"
            sink.clear()
            #expect(interpreter.run(line: String(line.dropFirst(4)), file: "README.md", lineNumber: lineNumber, directory: directory) == .ok)
            printed += sink.text
        }
        return printed
    }
}
