import Foundation
import Testing
@testable import GDConsole
import GDCore

/// The Korean help says what the English says: every literal item an English help text
/// lists — a quoted command, a column or setting name, a placeholder, a number — is in its
/// Korean form too, since those stay English in Korean. (`KoreanTests` checks every key
/// has a Korean form; this checks the forms do not drop items, as `help save` once
/// dropped `lr_eff`.)
@Suite struct KoreanHelpParityTests {
    /// Every help text of the table as `help` shows it, in English and in Korean, by its
    /// `HelpKorean` key (a setting's choice with its default, as both languages add it).
    static var texts: [(key: String, english: String, korean: String)] {
        var texts: [(String, String, String)] = []
        func walk(_ parameters: [Parameter], spec: CommandSpec) {
            for parameter in parameters {
                switch parameter {
                case .choice(let name, let choices):
                    for choice in choices {
                        texts.append(("\(spec.name)/\(name)/\(choice.name)",
                                      Help.summary(of: choice, parameter: name, in: spec, .en),
                                      Help.summary(of: choice, parameter: name, in: spec, .ko)))
                        walk(choice.parameters, spec: spec)
                    }
                case .optional(let inner), .named(_, let inner):
                    walk([inner], spec: spec)
                case .options(let options):
                    texts += options.map { ("\(spec.name)/option/\($0.key)", $0.summary, HelpKorean.text("\(spec.name)/option/\($0.key)") ?? "") }
                default:
                    break
                }
            }
        }
        for spec in CommandTable.all {
            texts += [(spec.name, Help.summary(spec, .en), Help.summary(spec, .ko)),
                      (spec.name + ".", Help.discussion(spec, .en), Help.discussion(spec, .ko))]
            walk(spec.parameters, spec: spec)
        }
        return texts
    }

    /// The literal items of a help text: 'quoted' text (not an apostrophe), snake_case
    /// names, `key=` forms, ALL-CAPS placeholders and numbers.
    static func items(_ text: String) -> Set<String> {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let patterns = [
            #"(?<![A-Za-z])'([^']{1,40})'(?![A-Za-z])"#,
            #"\b([a-z]+(?:_[a-z0-9]+)+)\b"#,
            #"\b([a-z_]+=)"#,
            #"\b([A-Z]{2,})\b"#,
            #"(?<![\w.\-])(\d+(?:[.,]\d+)*)(?![\w.])"#,
        ]
        var found: Set<String> = []
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let range = NSRange(flat.startIndex..., in: flat)
            for match in regex.matches(in: flat, range: range) {
                if let r = Range(match.range(at: 1), in: flat) { found.insert(String(flat[r])) }
            }
        }
        return found
    }

    /// Quoted words that are gd's output, which Korean prints in Korean: the sweep table's
    /// 'left the range' is '범위를 벗어난', 'show loss' prints '손실 = …'.
    static let translatedOutput: [String: Set<String>] = ["sweep.": ["left the range"], "show.": ["loss = …"]]

    @Test func koreanHelpListsEveryItemTheEnglishDoes() {
        for (key, english, korean) in Self.texts {
            let korean = korean.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let missing = Self.items(english).subtracting(Self.translatedOutput[key] ?? []).filter { !korean.contains($0) }.sorted()
            #expect(missing.isEmpty, "Korean help '\(key)' lacks \(missing)")
        }
    }

    /// `help save` in either language names every column `save history` can write.
    @Test(arguments: [Language.en, .ko])
    func saveHelpNamesEveryHistoryColumn(_ language: Language) {
        let page = Help.text(for: "save", in: language).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let columns = Set(ModelKind.allCases.flatMap { HistoryCSV.header($0, rates: true) })
        let missing = columns.filter { !page.contains($0) }.sorted()
        #expect(missing.isEmpty, "help save (\(language)) does not name \(missing)")
    }

    @Test func theItemsAreFound() {
        #expect(Self.items("writes step, lr_eff and 'save data FILE' with lr 0.01; the lecture's x=COL")
                == ["lr_eff", "save data FILE", "FILE", "0.01", "x=", "COL"])
    }
}
