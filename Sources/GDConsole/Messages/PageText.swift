/// The words of `save report`'s page (title, headings, footer) in each language; the page
/// says `<html lang="ko">` when it is written in Korean.
public enum PageText: Sendable, Equatable {
    /// `gd report: line model, 3 steps on lecture`.
    case title(model: String, steps: Int, data: String)
    case dataAndWeights
    case settings
    /// A plot's heading: the command that draws it (`plot fit`).
    case plot(String)
    case history
    case firstUpdate
    case footer(version: String)

    var english: String {
        switch self {
        case .title(let model, let steps, let data): return "gd report: \(model) model, \(steps) step\(steps == 1 ? "" : "s") on \(data)"
        case .dataAndWeights: return "Data and weights"
        case .settings: return "Settings"
        case .plot(let kind): return "plot \(kind)"
        case .history: return "History (first and last rows)"
        case .firstUpdate: return "The first update, written out"
        case .footer(let version): return "written by gd \(version); every number is the exact value gd computed."
        }
    }

    var korean: String {
        switch self {
        case .title(let model, let steps, let data):
            return "gd 보고서: \(model) 모델, 스텝 \(steps)번, 데이터: \(Message.koreanLabel(data))"
        case .dataAndWeights: return "데이터와 가중치"
        case .settings: return "설정"
        case .plot(let kind): return "그림: plot \(kind)"
        case .history: return "기록 (처음과 마지막 행)"
        case .firstUpdate: return "첫 업데이트 풀이"
        case .footer(let version): return "만든 프로그램: gd \(version). 모든 수는 gd가 계산한 정확한 값입니다."
        }
    }
}
