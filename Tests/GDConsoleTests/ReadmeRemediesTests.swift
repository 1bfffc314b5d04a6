import Foundation
import Testing
@testable import GDConsole

/// The remedies example the README shows is what gd prints: the block after the marker is
/// replayed line by line in a fresh session (as a script, so at the fixed 72×20 size,
/// UTF-8) and its output compared.
@Suite struct ReadmeRemediesTests {
    static let marker = "<!-- remedies example: Tests/GDConsoleTests/ReadmeRemediesTests checks this block -->\n```\n"

    @Test func readmeRemediesBlockIsWhatGdPrints() throws {
        guard let block = try ReadmeBlock.after(Self.marker) else { return }
        let expected = ReadmeBlock.replayed(block)
        #expect(block.contains("show optimizer"))
        #expect(expected == block)
    }
}
