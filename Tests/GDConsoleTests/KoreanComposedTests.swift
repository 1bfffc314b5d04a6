import Foundation
import Testing
@testable import GDConsole
import GDCore
#if canImport(Glibc)
import Glibc
#endif

/// The lines gd composes from parts (sweep, warnings, plot labels, the report page, system
/// errors, sizes, the progress line) have Korean forms: Hangul in Korean, the same numbers
/// as in English. Completeness is the compiler's (each kind is an exhaustive `switch` per
/// language); these tests check the Korean is really there and the numbers survive.
@Suite struct KoreanComposedTests {
    static func hasHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
    }

    /// One sample of each composed kind that has words of its own in Korean.
    static let samples: [Message] = [
        .line(.drawnStart(w: "0.5", form: "xavier uniform", rng: "numpy", seed: "0", start: true)),
        .line(.constantSchedule(lr: "0.01")),
        .line(.risingLoss(.update, limit: 3, bound: "0.1090909090909091", rate: "0.15")),
        .line(.risingLoss(.epoch, limit: 3, bound: nil, rate: "0.15")),
        .line(.stableRate(formula: "1/mean(x²)", bound: "0.1090909090909091")),
        .line(.sweepHeading(starts: 5, from: "-2.0", to: "3.0", epochs: 3, lr: "0.01", runs: 2)),
        .line(.sweepConvex(model: "affine", heldB: "0.0", w: "0.97", range: "-2.5..3.5")),
        .line(.sweepMinima(8, range: "-4.8..4.8", w: "0.37", loss: "5.15")),
        .line(.sweepNoMinimum(range: "-1..1")),
        .line(.divergedAt(step: 3)),
        .line(.compareTime("batch 0.1 s")),
        .line(.progress(label: "compare, sgd: ", epoch: 3, of: 10, rate: "1.2M", loss: "0.5", left: "2 s")),
        .line(.pointsCell(.all(6))),
        .line(.pointsCell(.count(32))),
        .line(.optimizerRule(.sgd)),
        .plot(.compareTitle(points: 6, epochs: 2)),
        .plot(.pointsRead),
        .plot(.contourTitle),
        .plot(.contourVisited(pairs: 3)),
        .plot(.best),
        .plot(.contourBest(w: "1", b: "2", loss: "3")),
        .plot(.sweepTitle(epochs: 3)),
        .plot(.startingW),
        .plot(.finalW),
        .plot(.sweepSeries("sgd", runs: 5)),
        .plot(.sweepGlobal(w: "0.97")),
        .plot(.sweepLeft(runs: 8, low: "-1.2", high: "1.2")),
        .plot(.svgMark("▲", top: true)),
        .page(.title(model: "line", steps: 2, data: "lecture")),
        .page(.dataAndWeights), .page(.settings), .page(.plot("fit")), .page(.history), .page(.firstUpdate),
        .page(.footer(version: "1.0")),
        .sweepUsage, .sweepNotFinite, .sweepOrder(from: "3", to: "1"), .sweepSpan, .sweepNotCSV, .reportNotHTML,
        .scheduleTooMany(20000), .hyperParameterOutOfRange("beta1"), .initMissing("A B", initializer: "uniform"),
        .initMustBe("STD", .nonNegativeFinite, text: "-1"), .explainNotKept(2, stride: 8),
        .explainPointsNotKept(3, points: 300, limit: 256),
        .file(.malformed, path: "a.npy", detail: .npyHeader(.version(major: 9, minor: 0))),
        .file(.malformed, path: "a.npy", detail: .npyHeader(.expected("}", found: nil))),
        .file(.malformed, path: "a.npy", detail: .npyHeader(.expectedString(found: "'x'"))),
        .file(.malformed, path: "a.npy", detail: .npyHeader(.badDimension("-1"))),
        .file(.malformed, path: "a.npy", detail: .npyHeader(.unterminatedValue)),
        .file(.malformed, path: "a.csv", detail: .partNotRead(2)),
        .writeFailed(.notRegular("p")),
    ]

    @Test(arguments: samples)
    func composedMessagesSpeakKorean(_ message: Message) {
        let korean = message.text(.ko), english = message.text(.en)
        #expect(Self.hasHangul(korean), "\(korean)")
        #expect(korean != english)
        // Every number of the English reads the same in the Korean.
        let numbers = { (text: String) in text.matches(of: /[0-9]+(\.[0-9]+)?/).map { String($0.0) } }
        #expect(Set(numbers(english)).isSubset(of: Set(numbers(korean))), "\(english) / \(korean)")
    }

    /// Lines of setting names, symbols and the reference code's names read the same.
    @Test func notationLinesAreTheSame() {
        let same: [Message] = [.line(.setting(name: "lr", value: "0.01")), .line(.referenceList(name: "w_history", values: "[0.2]")),
                               .line(.optimizerRate(lr: "0.01", schedule: "constant")), .line(.pointsCell(.listed([1, 4]))),
                               .plot(.math("L(w)"))]
        for message in same { #expect(message.text(.ko) == message.text(.en)) }
    }

    /// The common errno values have Korean words; any other keeps the C library's English.
    @Test func systemErrorsInKorean() {
        for code in [ENOENT, EACCES, EISDIR, ENOSPC, EEXIST, ENOTDIR, EROFS, EMFILE] {
            let error = SystemError(code)
            #expect(Self.hasHangul(error.korean), "\(code)")
            #expect(!error.english.isEmpty && error.english == error.english.lowercased())
        }
        #expect(SystemError(EIO).korean == SystemError(EIO).english)
        #expect(Message.writeFailed(.other("p", SystemError(EROFS))).text(.ko) == "'p'에 쓸 수 없습니다: 읽기 전용 파일 시스템입니다")
        #expect(Message.file(.cannotOpen, path: "f", detail: .cannotOpen(SystemError(EMFILE))).text(.ko)
                == "'f' 파일을 열 수 없습니다: 열 수 없습니다: 열린 파일이 너무 많습니다")
    }

    /// Sizes: the binary units are the same; a count of bytes is a Korean word.
    @Test func byteCountsInKorean() {
        #expect(ByteCount(512).korean == "512바이트" && ByteCount(512).english == "512 bytes")
        #expect(ByteCount(3 << 30).korean == "3 GiB" && ByteCount(3 << 30).english == "3 GiB")
        let refusal = MemoryRefusal(need: ByteCount(3000), limit: ByteCount(1000), fromUlimit: false)
        #expect(Message.memory(.points(10), refusal).text(.ko) == "점 10개에는 메모리가 2.93 KiB 필요합니다 (점 하나에 \(MemoryLimit.bytesPerPoint)바이트, 보관과 학습용). 이 컴퓨터의 메모리는 1000바이트입니다")
    }

    @Test func progressLineInKorean() {
        var clock = 0.0
        let line = ProgressLine(sink: BufferSink(), now: { clock }, enabled: false, label: "", epochs: 4, language: .ko)
        clock = 2
        line.epoch(updates: 6, loss: 0.5)
        #expect(line.text(elapsed: 2) == "에포크 2/4, 초당 업데이트 3.0회, 손실 0.5, 남은 시간 6.0 s")
    }

    /// `save report` in Korean: the page says lang="ko" and its headings are Korean.
    @Test func theReportPageIsKorean() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gd-report-ko-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("r.html").path
        let sink = BufferSink()
        // Started in English, switched by 'set lang ko': the page follows the session, not the start.
        let gd = Interpreter(sink: sink)
        for (n, line) in ["set lang ko", "step sgd 2", "step sgd 4", "save report \(path)"].enumerated() {
            _ = gd.run(line: line, file: nil, lineNumber: n + 1)
        }
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.contains("<html lang=\"ko\">"))
        for heading in ["<h1>gd 보고서: line 모델, 스텝 2번, 데이터: 강의 데이터</h1>", "<h2>데이터와 가중치</h2>", "<h2>설정</h2>",
                        "<h2>그림: plot fit</h2>", "<h2>기록 (처음과 마지막 행)</h2>", "<h2>첫 업데이트 풀이</h2>"] {
            #expect(page.contains(heading), "\(heading)")
        }
        #expect(page.contains("스텝 2번 뒤의 적합</text>") && page.contains("NanumGothic"))
        #expect(page.contains("만든 프로그램: gd \(GDVersion.current). 모든 수는 gd가 계산한 정확한 값입니다.</footer>"))
        // The text the page captures from show, show settings and show history is Korean too.
        for line in ["손실 = 1.9571385813333333", "점 6개 (강의 데이터), 스텝 2번, 에포크 0번", "lang = ko", "스텝  에포크  방식"] {
            #expect(page.contains(line), "\(line)")
        }
        #expect(sink.text(of: .standardOutput).contains("보고서를 \(path)에 썼습니다"))
        // English stays the default.
        let english = Interpreter(sink: BufferSink())
        _ = english.run(line: "save report \(path) force", file: nil, lineNumber: 1)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("<html lang=\"en\">"))
    }
}
