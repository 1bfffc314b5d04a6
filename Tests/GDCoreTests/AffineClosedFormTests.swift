import Testing
@testable import GDCore

/// The affine model's closed-form loss above `Dataset.directLossLimit` points
/// (`Moments.meanSquaredError(at:_:count:)`) against a reference summed independently here:
/// each residual y − (w·x + b) formed exactly enough in double-double (with fused
/// multiply-add, not the Dekker split the code under test uses), squared and summed in
/// double-double (all terms positive, so nothing cancels in the sum), then divided by n
/// and rounded once. Data with large offsets and small noise makes the closed form's
/// difference cancel severely near the least-squares weights.
@Suite struct AffineClosedFormTests {
    /// hi + lo, built only from error-free transformations.
    struct Wide {
        var hi: Double
        var lo: Double

        static func twoSum(_ a: Double, _ b: Double) -> Wide {
            let s = a + b
            let bb = s - a
            return Wide(hi: s, lo: (a - (s - bb)) + (b - bb))
        }

        static func product(_ a: Double, _ b: Double) -> Wide {
            let p = a * b
            return Wide(hi: p, lo: (-p).addingProduct(a, b))
        }

        static func + (a: Wide, b: Wide) -> Wide {
            let s = twoSum(a.hi, b.hi)
            let t = twoSum(a.lo, b.lo)
            var r = twoSum(s.hi, s.lo + t.hi)
            r = twoSum(r.hi, r.lo + t.lo)
            return r
        }

        static func * (a: Wide, b: Wide) -> Wide {
            let p = product(a.hi, b.hi)
            return twoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi))
        }

        /// The double nearest (hi + lo)/n: one quotient and its exact remainder.
        func divided(by n: Double) -> Double {
            let q = hi / n
            let remainder = hi.addingProduct(-q, n) + lo  // hi − q·n is exact
            return q + remainder / n
        }
    }

    /// Mean of the squared residuals, every step carried in about 106 bits.
    static func reference(_ d: Dataset, _ w: Double, _ b: Double) -> Double {
        var sum = Wide(hi: 0, lo: 0)
        for i in 0..<d.count {
            let wx = Wide.product(w, d.xs[i])
            // y − w·x − b, with w·x exact as hi + lo.
            let r = Wide.twoSum(d.ys[i], -wx.hi) + Wide(hi: -wx.lo, lo: 0) + Wide(hi: -b, lo: 0)
            sum = sum + r * r
        }
        return sum.divided(by: Double(d.count))
    }

    /// y = w*·x + b* + noise·N(0, 1), x in offset ± spread.
    static func data(_ n: Int, seed: UInt64, offset: Double, spread: Double, w: Double, b: Double,
                     noise: Double) -> Dataset {
        var r = RandomStream(kind: .gd, seed: seed)
        var xs: [Double] = [], ys: [Double] = []
        for _ in 0..<n {
            let x = offset + (r.unit() * 2 - 1) * spread
            xs.append(x)
            ys.append(w * x + b + noise * r.normal())
        }
        return Dataset(xs: xs, ys: ys)
    }

    /// The least-squares (w, b), from centred sums (good to about a double).
    static func leastSquares(_ d: Dataset) -> (w: Double, b: Double) {
        let n = Double(d.count)
        let mx = d.xs.reduce(0, +) / n, my = d.ys.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0
        for i in 0..<d.count {
            sxy += (d.xs[i] - mx) * (d.ys[i] - my)
            sxx += (d.xs[i] - mx) * (d.xs[i] - mx)
        }
        let w = sxy / sxx
        return (w, my - w * mx)
    }

    @Test func closedFormWithinTwoUlpsOfTheReference() {
        var worstUlps = 0.0, worstRelative = 0.0, cases = 0
        let shapes: [(offset: Double, spread: Double, w: Double, b: Double, noise: Double)] = [
            (0, 5, 1.5, -0.7, 1),
            (100, 1, 3, 1000, 0.01),
            (-50, 2, -0.25, 40, 0.001),
            (1000, 10, 2, -2000, 0.1),
        ]
        for (s, shape) in shapes.enumerated() {
            for (k, n) in [1025, 4097, 20_011, 50_000].enumerated() {
                let seed = UInt64(10 * s + k + 1)
                let d = Self.data(n, seed: seed, offset: shape.offset, spread: shape.spread,
                                  w: shape.w, b: shape.b, noise: shape.noise)
                let best = Self.leastSquares(d)
                let points: [(Double, Double)] = [
                    best, (best.w.nextUp, best.b), (best.w, best.b.nextDown),
                    (best.w * (1 + 1e-9), best.b - 1e-7), (shape.w, shape.b),
                    (0, 0), (-best.w, best.b), (best.w * 3, -best.b), (1e-3, 1e3),
                ]
                for (w, b) in points {
                    let closed = d.loss(at: Parameters(w: w, b: b), model: .affine)
                    let reference = Self.reference(d, w, b)
                    let ulps = abs(closed - reference) / reference.ulp
                    #expect(ulps <= 2, "n \(n) seed \(seed) w \(w) b \(b): \(closed) vs \(reference)")
                    worstUlps = max(worstUlps, ulps)
                    let pairwise = d.directLoss(at: Parameters(w: w, b: b), model: .affine)
                    worstRelative = max(worstRelative, abs(closed - pairwise) / reference)
                    cases += 1
                }
            }
        }
        print("affine closed form: \(cases) cases, largest error \(worstUlps) ulp of the reference, "
              + "largest relative difference from the pairwise sum \(worstRelative)")
    }

    /// Up to `directLossLimit` points the loss is still the pairwise sum, bit for bit.
    @Test func directUpToTheLimit() {
        let d = Self.data(Dataset.directLossLimit, seed: 7, offset: 100, spread: 1, w: 3, b: 1000, noise: 0.01)
        let p = Parameters(w: 3, b: 1000)
        #expect(d.loss(at: p, model: .affine).bitPattern == d.directLoss(at: p, model: .affine).bitPattern)
    }
}
