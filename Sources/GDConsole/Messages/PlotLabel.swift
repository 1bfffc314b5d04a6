/// The words on a plot (titles, axes, legends, notes) that `Message`'s older plot cases
/// do not cover: compare, sweep and the affine model's contour map.
///
/// A plot description holds `Message` values, never strings, and the writers render them
/// in the plot's language, so a label without a Korean form does not compile.
public enum PlotLabel: Sendable, Equatable {
    /// Notation that reads the same in every language: `x`, `w`, `L(w)`, `y = 0.5·x`, and
    /// the command words that name a run (`sgd`, `minibatch B=2`). `UntranslatedTests`
    /// fails when a literal given to it holds an English word.
    case math(String)
    case compareTitle(points: Int, epochs: Int)
    case pointsRead
    case contourTitle
    case contourVisited(pairs: Int)
    case best
    case contourBest(w: String, b: String, loss: String)
    case sweepTitle(epochs: Int)
    case startingW
    case finalW
    /// A sweep's series: the variant as typed and its run count.
    case sweepSeries(String, runs: Int)
    case sweepGlobal(w: String)
    case sweepLeft(runs: Int, low: String, high: String)
    /// Where an SVG marks a value it could not place: `▲ at the top`.
    case svgMark(String, top: Bool)

    var english: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        switch self {
        case .math(let text): return text
        case .compareTitle(let points, let epochs):
            return "loss over all \(plural(points, "point")) against points read (\(plural(epochs, "epoch")))"
        case .pointsRead: return "points read"
        case .contourTitle: return "path of (w, b) over the contours of L(w, b)"
        case .contourVisited(let pairs): return "(w, b) visited (\(plural(pairs, "pair"))), in order"
        case .best: return "best"
        case .contourBest(let w, let b, let loss): return "best w = \(w), b = \(b), L = \(loss)"
        case .sweepTitle(let epochs): return "sweep: final w after \(plural(epochs, "epoch"))"
        case .startingW: return "starting w"
        case .finalW: return "final w"
        case .sweepSeries(let name, let runs): return "\(name), \(plural(runs, "run"))"
        case .sweepGlobal(let w): return "global minimum w = \(w)"
        case .sweepLeft(let runs, let low, let high):
            return "\(plural(runs, "run")) left the range \(low)..\(high) or diverged (not drawn)"
        case .svgMark(let symbol, let top): return "\(symbol) at the " + (top ? "top" : "bottom")
        }
    }

    var korean: String {
        switch self {
        case .math(let text): return text
        case .compareTitle(let points, let epochs): return "읽은 점 수에 따른 전체 점 \(points)개의 손실 (에포크 \(epochs)번)"
        case .pointsRead: return "읽은 점 수"
        case .contourTitle: return "L(w, b) 등고선 위의 (w, b) 경로"
        case .contourVisited(let pairs): return "지나온 (w, b) (\(pairs)쌍), 순서대로"
        case .best: return "최적"
        case .contourBest(let w, let b, let loss): return "최적 w = \(w), b = \(b), L = \(loss)"
        case .sweepTitle(let epochs): return "sweep: 에포크 \(epochs)번 뒤의 최종 w"
        case .startingW: return "시작 w"
        case .finalW: return "최종 w"
        case .sweepSeries(let name, let runs): return "\(name), 실행 \(runs)번"
        case .sweepGlobal(let w): return "전역 최소 w = \(w)"
        case .sweepLeft(let runs, let low, let high): return "실행 \(runs)번은 범위 \(low)..\(high)를 벗어나거나 발산했습니다 (그리지 않음)"
        case .svgMark(let symbol, let top): return (top ? "위쪽 " : "아래쪽 ") + symbol
        }
    }
}
