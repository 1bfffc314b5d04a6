import TestSupport
import Testing
@testable import GDCore

/// ColumnSummary's moments are bit for bit what `Moments` sums point by point, and two
/// parts appended in order equal the parts' `Moments` added in order, overflow included.
struct ColumnSummaryTests {
    private static func bits(_ d: DoubleDouble) -> [UInt64] { [d.hi.bitPattern, d.lo.bitPattern] }

    private static func same(_ a: Moments, _ b: Moments) -> Bool {
        bits(a.sxx) == bits(b.sxx) && bits(a.sxy) == bits(b.sxy) && bits(a.syy) == bits(b.syy)
            && bits(a.sx) == bits(b.sx) && bits(a.sy) == bits(b.sy)
    }

    @Test func sumsAsMomentsDoes() {
        var random = SplitMix64(state: 42)
        for round in 0..<200 {
            let n = Int.random(in: 1...300, using: &random)
            var xs: [Double] = [], ys: [Double] = []
            for _ in 0..<n {
                switch Int.random(in: 0..<10, using: &random) {
                case 0: xs.append(Double(bitPattern: random.next())); ys.append(Double.random(in: -1...1, using: &random))
                case 1: xs.append(1e300); ys.append(-1e200)  // products overflow
                case 2: xs.append(-0.0); ys.append(5e-324)
                default:
                    xs.append(Double.random(in: -1e6...1e6, using: &random))
                    ys.append(Double.random(in: -1e3...1e3, using: &random) * Double(round))
                }
            }
            if xs.contains(where: { $0.isNaN }) { continue }
            let summary = ColumnSummary(xs: xs, ys: ys)
            #expect(Self.same(summary.moments, Moments(xs: xs, ys: ys)), "round \(round)")
            // Joined from two parts: each part's sums appended as `Moments.add` would.
            let cut = n / 2
            var joined = ColumnSummary(xs: Array(xs[..<cut]), ys: Array(ys[..<cut]))
            joined.append(ColumnSummary(xs: Array(xs[cut...]), ys: Array(ys[cut...])))
            var moments = Moments(xs: Array(xs[..<cut]), ys: Array(ys[..<cut]))
            moments.add(Moments(xs: Array(xs[cut...]), ys: Array(ys[cut...])))
            #expect(Self.same(joined.moments, moments), "round \(round)")
        }
    }
}
