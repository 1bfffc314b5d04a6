import Foundation
import Testing
@testable import GDConsole

/// `plot fit to FILE.svg` on ten million points writes at most 1 MB (density cells, not
/// ten million circles). No timing is asserted here; the README and the report give the
/// measured time.
@Suite struct PlotTenMillionTests {
    @Test func tenMillionPointsMakeAtMostOneMegabyte() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gd-plot10m-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("fit.svg").path
        let sink = BufferSink()
        let interpreter = Interpreter(sink: sink)
        for line in ["gen 10000000 seed=1", "step batch", "plot fit to \(path)"] {
            for statement in try Lexer.statements(line, location: (nil, 1)) {
                let (command, site) = try Parser.parseWithSite(statement, file: nil, line: 1)
                _ = try interpreter.execute(command, at: site, directory: nil)
            }
        }
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? .max
        #expect(size <= 1_000_000, "\(size) bytes")
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.contains("10000000 points drawn as density"))
    }
}
