import Foundation
import Testing
@testable import GDConsole

/// The README links the SVG files `examples/see-it.gd` writes, and the committed copies in
/// docs/img/ are what the example writes today: the example is run afresh in a temporary
/// folder and every SVG it writes into out/ is compared byte for byte with the committed
/// copy (SVG output is deterministic). A linked file that is missing, an SVG the example
/// writes that the README does not link, or a copy that differs from a fresh run fails the
/// test; run `gd examples/see-it.gd` and copy `examples/out/*.svg` to docs/img/ to bring
/// them up to date. (Running the example never touches docs/img/, so no other test or
/// stage can refresh a stale copy behind this test's back.)
@Suite struct ReadmeSVGTests {
    static let example = "see-it.gd"
    static let folder = "docs/img"

    /// The `.svg` targets of the README's markdown links and images (`](path.svg)`).
    static func linkedSVGs() throws -> [String] {
        let readme = try String(contentsOfFile: Paths.repository + "/README.md", encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"\]\(([^)\s]+\.svg)\)"#)
        let range = NSRange(readme.startIndex..., in: readme)
        return pattern.matches(in: readme, range: range).compactMap { match in
            Range(match.range(at: 1), in: readme).map { String(readme[$0]) }
        }
    }

    /// Runs the example line by line in a fresh session with its relative paths in `dir`
    /// (as `gd examples/see-it.gd` resolves them in examples/); returns the SVG files written.
    static func runExample(in dir: String) throws -> [String: Data] {
        let script = try String(contentsOfFile: Paths.examples + "/" + example, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        let gd = Interpreter(sink: BufferSink())
        for (n, line) in script.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            #expect(gd.run(line: String(line), file: example, lineNumber: n + 1, directory: dir) == .ok, "\(example):\(n + 1): \(line)")
        }
        var written: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir + "/out") where name.hasSuffix(".svg") {
            written[folder + "/" + name] = FileManager.default.contents(atPath: dir + "/out/" + name)
        }
        return written
    }

    @Test func readmeLinksTheExamplesSVGsAndTheyAreCurrent() throws {
        let linked = try Self.linkedSVGs()
        #expect(!linked.isEmpty, "README.md links no SVG file")
        for path in linked {
            #expect(FileManager.default.fileExists(atPath: Paths.repository + "/" + path), "README.md links \(path), which is missing")
        }
        let dir = try FileSafetyTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let written = try Self.runExample(in: dir)
        #expect(!written.isEmpty, "\(Self.example) wrote no SVG into out/")
        for (path, fresh) in written.sorted(by: { $0.key < $1.key }) {
            #expect(linked.contains(path), "\(Self.example) writes \(path) but README.md does not link it")
            let committed = FileManager.default.contents(atPath: Paths.repository + "/" + path)
            #expect(committed != nil, "\(path) is not in the repository: run gd examples/\(Self.example) and copy examples/out/*.svg to docs/img/")
            #expect(committed == fresh, "\(path) is stale: run gd examples/\(Self.example) and copy examples/out/*.svg to docs/img/")
        }
    }
}
