/// The basins of attraction of L(w): which local minimum a weight would descend into.
///
/// The minima are located as `show best` does (`BestFit.minima`). Between two neighbouring
/// minima the basin boundary is the highest point of L on a fine sample of the interval
/// (the ridge gradient descent cannot cross with small steps); beyond the outermost
/// minima the boundary is the highest point between the minimum and the edge of the
/// located range. A weight past those outer ridges is `outside`: it fell towards a minimum
/// that was not located. The line and affine losses are convex in w, so their one basin
/// is every weight: a run counts as in it unless it ended outside the range (widened to
/// take in the minimum), which with a convex loss means the step was too large to settle.
public struct Basins: Sendable {
    /// Where a weight ended.
    public enum Basin: Sendable, Equatable, Hashable {
        /// The basin of `minima[index]`.
        case minimum(Int)
        /// Outside the located range, or past its outermost ridge.
        case outside
        /// The run went non-finite.
        case diverged
    }

    public let minima: [BestFit.Minimum]
    /// The range the minima were located in.
    public let range: ClosedRange<Double>
    /// Basin i is `ridges[i]...ridges[i + 1]` (count: minima + 1); empty for a convex loss.
    public let ridges: [Double]
    /// One minimum whose basin is every weight (line, affine).
    public let isConvex: Bool

    /// Samples per interval when looking for the ridge between two minima.
    static let ridgeSamples = 256

    /// - Complexity: that of `BestFit.minima`, plus O(m · 256 · n) for m minima.
    public init(_ model: ModelKind, _ data: Dataset, b: Double = 0, in range: ClosedRange<Double>) {
        var found = BestFit.minima(model, data, in: range)
        switch model {
        case .line, .affine:
            if model == .affine, let m = found.first {
                // w alone is swept, with b held: the best w for that b, in closed form.
                let (sxx, sxy) = (0..<data.count).reduce((0.0, 0.0)) { acc, i in
                    (acc.0 + data.xs[i] * data.xs[i], acc.1 + data.xs[i] * (data.ys[i] - b))
                }
                let w = sxx > 0 ? sxy / sxx : m.parameters.w
                let p = Parameters(w: w, b: b)
                found = [BestFit.Minimum(parameters: p, loss: data.loss(at: p, model: .affine), isGlobal: true)]
            }
            minima = found
            ridges = []
            isConvex = true
            let w = found.first?.parameters.w ?? range.lowerBound
            self.range = min(range.lowerBound, w)...max(range.upperBound, w)
        case .sine:
            self.range = range
            minima = found
            isConvex = false
            guard !found.isEmpty else {
                ridges = []
                return
            }
            func loss(_ w: Double) -> Double { data.loss(at: Parameters(w: w), model: .sine) }
            func ridge(_ a: Double, _ b: Double) -> Double {
                var best = a, top = -Double.infinity
                for k in 0...Basins.ridgeSamples {
                    let w = a + (b - a) * Double(k) / Double(Basins.ridgeSamples)
                    let l = loss(w)
                    if l > top { top = l; best = w }
                }
                return best
            }
            var edges = [ridge(range.lowerBound, found[0].parameters.w)]
            for i in 1..<found.count {
                edges.append(ridge(found[i - 1].parameters.w, found[i].parameters.w))
            }
            edges.append(ridge(found[found.count - 1].parameters.w, range.upperBound))
            ridges = edges
        }
    }

    /// The basin a finished run's weight is in.
    public func classify(_ w: Double, diverged: Bool = false) -> Basin {
        guard !diverged, w.isFinite else { return .diverged }
        if isConvex { return minima.isEmpty || !range.contains(w) ? .outside : .minimum(0) }
        guard range.contains(w), let first = ridges.first, let last = ridges.last, w >= first, w <= last else {
            return .outside
        }
        // The first ridge above w closes its basin.
        var lo = 0, hi = minima.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if w <= ridges[mid + 1] { hi = mid } else { lo = mid + 1 }
        }
        return .minimum(lo)
    }

    /// Whether a basin is the global minimum's.
    public func isGlobal(_ basin: Basin) -> Bool {
        if case .minimum(let i) = basin, minima.indices.contains(i) { return minima[i].isGlobal }
        return false
    }
}
