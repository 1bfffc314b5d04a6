import Foundation
import Testing
@testable import GDConsole

/// The terminal plot and the `explain` output the README shows are what gd prints: the
/// block after each marker is replayed line by line in a fresh session (as a script, so
/// at the fixed 72×20 size, UTF-8) and its output compared.
@Suite struct ReadmePlotTests {
    static func marker(_ kind: String) -> String {
        "<!-- \(kind) example: Tests/GDConsoleTests/ReadmePlotTests checks this block -->\n```\n"
    }

    @Test(arguments: [("plot", "plot fit"), ("explain", "lecture: the SGD slide")])
    func readmeBlockIsWhatGdPrints(kind: String, mustContain: String) throws {
        guard let block = try ReadmeBlock.after(Self.marker(kind)) else { return }
        let expected = ReadmeBlock.replayed(block)
        #expect(block.contains(mustContain))
        #expect(expected == block)
    }
}
