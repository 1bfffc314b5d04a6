#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a model's loss is smallest: in closed form for the line and the affine model,
/// by a grid plus refinement for the sine model, whose loss has many local minima.
public enum BestFit {
    /// One minimum of the loss.
    public struct Minimum: Sendable, Equatable {
        public var parameters: Parameters
        public var loss: Double
        /// The smallest of those found.
        public var isGlobal: Bool
    }

    /// Line: w* = Σxy/Σx² (nil when every x is 0). Affine: ordinary least squares
    /// (nil when every x is the same). Sine: every local minimum of L(w) inside `range`.
    ///
    /// - Complexity: O(n) for line and affine; O(g·n) for sine, g grid points (at most
    ///   `gridLimit`) plus about 60 gradient evaluations per minimum.
    public static func minima(_ model: ModelKind, _ data: Dataset, in range: ClosedRange<Double>) -> [Minimum] {
        guard !data.isEmpty else { return [] }
        switch model {
        case .line:
            let w = data.optimalWeight
            guard w.isFinite else { return [] }
            return [Minimum(parameters: Parameters(w: w), loss: data.loss(at: w), isGlobal: true)]
        case .affine:
            guard let p = leastSquares(data) else { return [] }
            return [Minimum(parameters: p, loss: data.loss(at: p, model: .affine), isGlobal: true)]
        case .sine:
            return sineMinima(data, in: range)
        }
    }

    /// w and b minimising Σ(y − w·x − b)², from the centred sums (two passes, so a large
    /// common offset in x does not cancel away the slope).
    static func leastSquares(_ d: Dataset) -> Parameters? {
        let n = Double(d.count)
        let meanX = d.xs.reduce(0, +) / n, meanY = d.ys.reduce(0, +) / n
        var sxx = 0.0, sxy = 0.0
        for i in 0..<d.count {
            let dx = d.xs[i] - meanX
            sxx += dx * dx
            sxy += dx * (d.ys[i] - meanY)
        }
        guard sxx > 0 else { return nil }
        let w = sxy / sxx
        return Parameters(w: w, b: meanY - w * meanX)
    }

    /// Most grid points `sineMinima` evaluates.
    public static let gridLimit = 4000

    /// Grid points at a spacing that resolves the fastest wiggle of L(w) (sin(w·x) turns
    /// every π/|x| in w), then each bracketed sign change of dL/dw bisected to the last bit.
    static func sineMinima(_ d: Dataset, in range: ClosedRange<Double>) -> [Minimum] {
        let maxX = d.xs.reduce(0) { max($0, abs($1)) }
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite else { return [] }
        let wanted = maxX > 0 ? span / (Double.pi / (8 * maxX)) : 1
        let count = Int(min(Double(gridLimit), max(200, wanted.rounded(.up))))
        let step = span / Double(count)
        func loss(_ w: Double) -> Double { d.loss(at: Parameters(w: w), model: .sine) }
        func slope(_ w: Double) -> Double {
            d.xs.withUnsafeBufferPointer { x in
                d.ys.withUnsafeBufferPointer { y in ModelKernel.evaluate(.sine, x: x, y: y, Parameters(w: w)).gradient.w }
            }
        }
        let grid = (0...count).map { range.lowerBound + Double($0) * step }
        let values = grid.map(loss)
        var found: [Minimum] = []
        for i in 1..<count where values[i] <= values[i - 1] && values[i] < values[i + 1] {
            // L falls into grid[i] and rises after it: dL/dw changes sign in (grid[i-1], grid[i+1]).
            var lo = grid[i - 1], hi = grid[i + 1]
            for _ in 0..<80 {
                let mid = lo + (hi - lo) / 2
                if mid == lo || mid == hi { break }
                if slope(mid) < 0 { lo = mid } else { hi = mid }
            }
            let w = loss(lo) <= loss(hi) ? lo : hi
            if let last = found.last, abs(last.parameters.w - w) < step { continue }
            found.append(Minimum(parameters: Parameters(w: w), loss: loss(w), isGlobal: false))
        }
        if let best = found.indices.min(by: { found[$0].loss < found[$1].loss }) {
            found[best].isGlobal = true
        }
        return found
    }
}
