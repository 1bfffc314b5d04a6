#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDCore

/// `show`'s last line but one: how far the current weights are from the best answer
/// (`show best`), so a student sees the descent close in without a second command.
extension Interpreter {
    /// The range `show` searches for the sine model's local minima: `show best`'s default.
    static let distanceRange: ClosedRange<Double> = -5...5
    /// Above this many points `show` does not search the sine loss for minima (a grid of up
    /// to `BestFit.gridLimit` losses over all points at every `show` would take minutes at
    /// 10⁷ points); `show best` still does.
    static let distanceSearchLimit = 100_000

    /// Line: |w − w*|. Affine: the Euclidean distance of (w, b) to (w*, b*). Sine: |w − w_m|
    /// to the nearest local minimum w_m in `distanceRange`, naming whether it is the global
    /// one. Nil when there is no best (every x the same, or no minimum in the range).
    func distanceToBest() -> Message? {
        let t = state.trainer
        let text = state.numbers.text
        let p = t.parameters
        if t.model == .sine && t.data.count > Self.distanceSearchLimit {
            return .distanceNotSearched(points: t.data.count, limit: Self.distanceSearchLimit)
        }
        let minima = BestFit.minima(t.model, t.data, in: Self.distanceRange)
        switch t.model {
        case .line:
            guard let best = minima.first?.parameters else { return nil }
            return .distanceToBestLine(text(abs(p.w - best.w)), best: text(best.w))
        case .affine:
            guard let best = minima.first?.parameters else { return nil }
            let d = hypot(p.w - best.w, p.b - best.b)
            return .distanceToBestAffine(text(d), w: text(best.w), b: text(best.b))
        case .sine:
            guard let nearest = minima.min(by: { abs($0.parameters.w - p.w) < abs($1.parameters.w - p.w) }) else { return nil }
            let global = minima.first(where: \.isGlobal)
            return .distanceToNearestMinimum(
                text(abs(p.w - nearest.parameters.w)), at: text(nearest.parameters.w),
                low: text(Self.distanceRange.lowerBound), high: text(Self.distanceRange.upperBound),
                global: nearest.isGlobal ? nil : global.map { text($0.parameters.w) })
        }
    }
}
