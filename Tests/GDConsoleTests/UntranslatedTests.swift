import Foundation
import Testing

/// No message goes out as a plain English string: every one is a `Message` value with an
/// English and a Korean form (one exhaustive `switch` per language).
///
/// `Message` is not `ExpressibleByStringLiteral` (it was, as `Message.untranslated`, while
/// merged work still wrote plain strings; the last 23 were translated and the case
/// deleted), so a literal where a message is expected does not compile. What the compiler
/// cannot see is a literal written straight to the output (`out("…")`, `note("…")`,
/// `transient("…")`, which take rendered text) or a literal passed as plot notation
/// (`.math("…")`) that is really an English phrase. This test finds those by their shape
/// in Sources/, outside the catalogue, and fails on any.
@Suite struct UntranslatedTests {
    /// Lines of Sources/ (outside GDConsole/Messages/) matching any of `patterns`.
    static func lines(matching patterns: [String]) throws -> [String] {
        let sources = Paths.repository + "/Sources"
        let shapes = try patterns.map { try NSRegularExpression(pattern: $0) }
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

    /// A literal message: `GDError(.kind, "…")`, text written straight to an output, or a
    /// data problem spelled as text (`DataFileError(…, message: "…")`, `.text("…")`).
    static func untranslated() throws -> [String] {
        try lines(matching: [#"GDError\(\.[A-Za-z]+, ""#, #"\b(out|note|transient)\("[^"]*[A-Za-z\p{Hangul}]"#,
                             #"\bmessage: ""#, #"(^|[^A-Za-z0-9_])\.text\(""#])
    }

    @Test func noMessageIsAPlainString() throws {
        let found = try Self.untranslated()
        #expect(found.isEmpty, Comment(rawValue: "\(found.count) plain-string messages; put them in the catalogue:\n" + found.joined(separator: "\n")))
    }

    /// `.math("…")` is for notation (`x`, `L(w)`); an English word in it is an untranslated label.
    @Test func plotNotationHoldsNoEnglishWords() throws {
        let allowed: Set<String> = ["sin"]
        let words = try NSRegularExpression(pattern: #"[A-Za-z]{3,}"#)
        let found = try Self.lines(matching: [#"\.math\("[^"]*[A-Za-z]{3,}"#]).filter { line in
            guard let start = line.range(of: ".math(\"") else { return false }
            let literal = Self.literalText(line[start.upperBound...])
            let range = NSRange(literal.startIndex..., in: literal)
            return words.matches(in: literal, range: range).contains { match in
                Range(match.range, in: literal).map { !allowed.contains(String(literal[$0])) } ?? true
            }
        }
        #expect(found.isEmpty, Comment(rawValue: "English words given as plot notation:\n" + found.joined(separator: "\n")))
    }

    /// A string literal's own text up to its closing quote, without its interpolations
    /// (`L(w, b) = \(levels…)` gives `L(w, b) = `): the code inside them is not words.
    static func literalText(_ rest: Substring) -> String {
        var text = "", depth = 0, previous: Character = " "
        for c in rest {
            if depth > 0 {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            } else if previous == "\\" && c == "(" {
                text.removeLast()
                depth = 1
            } else if c == "\"" {
                break
            } else {
                text.append(c)
            }
            previous = c
        }
        return text
    }

    @Test func literalTextSkipsInterpolations() {
        #expect(Self.literalText(#"L(w, b) = \(levels.map { f($0) }.joined(separator: ", "))"),"#) == "L(w, b) = ")
        #expect(Self.literalText(#"points read", integer: true)"#) == "points read")
    }

    /// The catalogue itself has no way in for a plain string.
    @Test func messagesAreNotStringLiterals() throws {
        let text = try String(contentsOfFile: Paths.repository + "/Sources/GDConsole/Messages/Message.swift", encoding: .utf8)
        #expect(!text.contains("ExpressibleByString"))
        #expect(!text.contains("case untranslated"))
    }
}
