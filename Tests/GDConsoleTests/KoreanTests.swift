import Foundation
import Testing
@testable import GDConsole
import GDCore

/// Korean is complete and fits: every help text in the command table has a Korean form
/// (messages are complete by construction: `Message.korean` is an exhaustive switch), no
/// Korean key is stale, and Korean help fits an 80-column terminal.
@Suite struct KoreanTests {
    /// Every key the Korean help needs, walked from the table: each command's summary and
    /// discussion, each choice of each choice parameter (nested ones too), each option.
    static var neededKeys: [String] {
        var keys: [String] = []
        func walk(_ parameters: [Parameter], command: String) {
            for parameter in parameters {
                switch parameter {
                case .choice(let name, let choices):
                    for choice in choices {
                        keys.append("\(command)/\(name)/\(choice.name)")
                        walk(choice.parameters, command: command)
                    }
                case .optional(let inner), .named(_, let inner):
                    walk([inner], command: command)
                case .options(let specs):
                    keys += specs.map { "\(command)/option/\($0.key)" }
                default:
                    break
                }
            }
        }
        for spec in CommandTable.all {
            keys += [spec.name, spec.name + "."]
            walk(spec.parameters, command: spec.name)
        }
        return keys
    }

    @Test func everyHelpTextHasAKoreanForm() {
        let needed = Set(Self.neededKeys)
        let missing = needed.subtracting(HelpKorean.catalogue.keys).sorted()
        #expect(missing.isEmpty, "no Korean help for: \(missing)")
        let stale = Set(HelpKorean.catalogue.keys).subtracting(needed).sorted()
        #expect(stale.isEmpty, "Korean help for nothing in the table: \(stale)")
        for key in needed {
            let text = HelpKorean.text(key) ?? ""
            #expect(text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) },
                    "Korean help for \(key) has no Hangul: \(text)")
        }
    }

    @Test func koreanHelpFitsEightyColumns() {
        let pages = [Help.text(for: nil, in: .ko)] + CommandTable.all.map { Help.text(for: $0.name, in: .ko) }
        for page in pages {
            for line in page.split(separator: "\n") {
                #expect(DisplayWidth.columns(line) <= 80, "too wide (\(DisplayWidth.columns(line))): \(line)")
            }
        }
    }

    @Test func everyTableHeaderHasAKoreanForm() {
        for header in TableHeader.allCases {
            #expect(!header.text(.ko).isEmpty)
        }
        for model in ModelKind.allCases {
            let columns = HistoryCSV.header(model)
            #expect(columns.map { TableHeader(column: $0).text(.en) } == columns, "\(model)")
        }
    }

    @Test(arguments: [
        ([:], Language.en),
        (["LANG": "ko_KR.UTF-8"], .ko),
        (["LANG": "en_US.UTF-8"], .en),
        (["LC_ALL": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"], .ko),
        (["LC_ALL": "C", "LANG": "ko_KR.UTF-8"], .en),
        (["LC_MESSAGES": "ko_KR", "LANG": "en_US"], .ko),
        (["GD_LANG": "en", "LANG": "ko_KR.UTF-8"], .en),
        (["GD_LANG": "ko", "LANG": "en_US.UTF-8"], .ko),
        (["GD_LANG": "", "LANG": "ko_KR.UTF-8"], .ko),
    ] as [([String: String], Language)])
    func languageFromTheEnvironment(_ variables: [String: String], _ expected: Language) {
        #expect(Language.fromEnvironment(variables) == expected)
    }

    @Test func particlesFollowTheLastSound() {
        #expect(Particle.attach("학습률", .topic) == "학습률은")
        #expect(Particle.attach("배치 크기", .topic) == "배치 크기는")
        #expect(Particle.attach("9", .topic) == "9는")
        #expect(Particle.attach("10", .subject) == "10이")
        #expect(Particle.attach("'x'", .object) == "'x'을(를)")
    }

    /// The session starts in the environment's language; a replayed transcript in English.
    @Test func startLanguageComesFromTheEnvironment() {
        let sink = BufferSink()
        let gd = Interpreter(sink: sink, environment: Environment(language: .ko))
        _ = gd.run(line: "show loss", file: nil, lineNumber: 1)
        #expect(sink.text == "손실 = 5.658333333333334\n")
        _ = gd.run(line: "set lang en; show loss", file: nil, lineNumber: 2)
        #expect(sink.text.hasSuffix("loss = 5.658333333333334\n"))
    }

    /// Numbers print exactly as in English, whatever the language.
    @Test func numbersAreTheSameInBothLanguages() {
        func run(_ language: Language) -> String {
            let sink = BufferSink()
            let gd = Interpreter(sink: sink, environment: Environment(language: language))
            for (n, line) in ["step minibatch 1 4", "step minibatch 0 2", "step minibatch 3 5", "show w_history"].enumerated() {
                _ = gd.run(line: line, file: nil, lineNumber: n + 1)
            }
            return sink.text
        }
        let numbers = { (text: String) in
            text.split(whereSeparator: { !"0123456789.e+-".contains($0) }).filter { $0.contains(".") }
        }
        #expect(numbers(run(.ko)) == numbers(run(.en)))
        #expect(run(.ko).contains("0.5622656"))
    }

    /// A transcript recorded in Korean says so first, since a replay starts in English;
    /// and it replays equal.
    @Test func aKoreanRecordingSetsTheLanguageFirst() throws {
        let dir = try FileSafetyTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let gd = Interpreter(sink: BufferSink(), environment: Environment(language: .ko))
        for (n, line) in ["record \(dir)/ko.gdt", "step sgd 2", "record stop"].enumerated() {
            #expect(gd.interact(line: line, lineNumber: n + 1) == .ok)
        }
        let text = try String(contentsOfFile: dir + "/ko.gdt", encoding: .utf8)
        #expect(text.hasPrefix("gd> set lang ko\ngd> step sgd 2\n스텝 1: sgd {2}"))
        let sink = BufferSink()
        let summary = TranscriptSuite(update: false, sink: sink).run([dir + "/ko.gdt"])
        #expect(summary.failed == 0, "\(sink.text)")
    }

    /// Plot titles, axes, legends and notes follow the language, in the terminal and in SVG.
    @Test func plotsSpeakKorean() throws {
        let gd = Interpreter(sink: BufferSink(), environment: Environment(language: .ko))
        _ = gd.run(line: "step sgd 2", file: nil, lineNumber: 1)
        let fit = try gd.plotDescription(PlotRequest(kind: .fit), at: SourceLocation(file: nil, line: 1, column: 1))
        #expect(fit.title.text(.ko) == "스텝 1번 뒤의 적합")
        #expect(fit.series.map { $0.name.text(.ko) } == ["데이터 (점 6개)", "y = 0.272·x, 현재", "y = 0.2·x, 시작"])
        let svg = SVGPlot.render(fit)
        #expect(svg.contains(">스텝 1번 뒤의 적합</text>") && svg.contains("NanumGothic"))
        let loss = try gd.plotDescription(PlotRequest(kind: .loss, logScale: true), at: SourceLocation(file: nil, line: 1, column: 1))
        #expect(loss.title.text(.ko) == "업데이트별 손실 (로그 눈금)" && loss.x.label.text(.ko) == "업데이트"
                && loss.y.label.text(.ko) == "손실")
        let path = try gd.plotDescription(PlotRequest(kind: .path), at: SourceLocation(file: nil, line: 1, column: 1))
        #expect(path.notes.first?.text(.ko).hasPrefix("최적 w = ") == true)
    }
}
