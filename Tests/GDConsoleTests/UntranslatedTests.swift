import Foundation
import Testing

/// The messages still to translate, counted so the debt stays visible and only shrinks.
///
/// Work merged from main (explain, compare, sweep, the optimisers) wrote plain English
/// strings; they compile as `Message.untranslated` (a string literal where a `Message` is
/// expected) or go through `out(String)`. This test finds them in Sources/ by their shape:
/// a `GDError(.kind, "…")`, an `.untranslated(…)` or an `out("…")` outside the catalogue.
/// It prints each one and fails when there are more than `ceiling`: translating one lowers
/// the count (then lower the ceiling), adding one fails until it is in the catalogue.
@Suite struct UntranslatedTests {
    /// The count at the merge of see-it, sweep and optimizers-wire, less the ones translated since.
    static let ceiling = 23

    static func untranslated() throws -> [String] {
        let sources = Paths.repository + "/Sources"
        let shapes = [#"GDError\(\.[A-Za-z]+, ""#, #"\.untranslated\("#, #"\bout\(""#]
            .map { try! NSRegularExpression(pattern: $0) }
        var found: [String] = []
        guard let walk = FileManager.default.enumerator(atPath: sources) else { return [] }
        for case let file as String in walk where file.hasSuffix(".swift") && !file.hasPrefix("GDConsole/Messages/") {
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                let range = NSRange(line.startIndex..., in: line)
                if shapes.contains(where: { $0.firstMatch(in: line, range: range) != nil }) {
                    found.append("\(file):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        return found.sorted()
    }

    @Test func untranslatedMessagesAreListed() throws {
        let found = try Self.untranslated()
        print("\(found.count) messages still to translate:\n" + found.joined(separator: "\n"))
        #expect(found.count <= Self.ceiling, "\(found.count) untranslated messages, more than \(Self.ceiling): put the new ones in the catalogue")
    }
}
