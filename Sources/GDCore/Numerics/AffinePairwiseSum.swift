/// numpy's pairwise summation of the affine model's three sums in one pass:
/// Σ x·r, Σ r and Σ r² with r = y − (w·x + b).
///
/// The same recursion and leaf as `PairwiseSum.fused` (blocks over 128 split with the first
/// part a multiple of 8; eight interleaved accumulators as the lanes of a `SIMD8`, combined
/// as ((0+1)+(2+3))+((4+5)+(6+7)); leftovers one by one; each result added to +0.0), and
/// each term rounded as `AffineModel.terms` rounds it, so the sums are `ModelKernel`'s for
/// the affine model bit for bit (a test checks it) and numpy's `np.mean(x * error)`,
/// `np.mean(error)` and `np.mean(error ** 2)`. It exists for speed: written for the one
/// model, without the generic kernel's tuples of `Parameters`, it runs a batch pass close
/// to the line model's.
public enum AffinePairwiseSum {
    /// The three sums over `n` points, each started from +0.0.
    ///
    /// - Complexity: O(n), one streaming pass over both columns.
    @inlinable
    public static func sums(
        x: UnsafePointer<Double>, y: UnsafePointer<Double>, count n: Int, w: Double, b: Double
    ) -> (terms: Double, residuals: Double, squares: Double) {
        let s = block(x, y, n, w, b)
        return (0.0 + s.terms, 0.0 + s.residuals, 0.0 + s.squares)
    }

    /// The gradient of (w, b) and the loss over the points, as `ModelKernel.evaluate` makes them.
    @inlinable
    public static func evaluate(
        x: UnsafePointer<Double>, y: UnsafePointer<Double>, count n: Int, _ p: Parameters
    ) -> ModelKernel.Evaluation {
        guard n > 0 else { return ModelKernel.Evaluation(gradient: Parameters(w: .nan, b: .nan), lossUsed: .nan) }
        let s = sums(x: x, y: y, count: n, w: p.w, b: p.b)
        let count = Double(n)
        return ModelKernel.Evaluation(gradient: Parameters(w: -2 * (s.terms / count), b: -2 * (s.residuals / count)),
                                      lossUsed: s.squares / count)
    }

    @inlinable
    static func block(
        _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ n: Int, _ w: Double, _ b: Double
    ) -> (terms: Double, residuals: Double, squares: Double) {
        if n <= 128 { return leaf(x, y, n, w, b) }
        var half = n / 2
        half -= half % 8
        let l = block(x, y, half, w, b)
        let r = block(x + half, y + half, n - half, w, b)
        return (l.terms + r.terms, l.residuals + r.residuals, l.squares + r.squares)
    }

    @inlinable @inline(__always)
    static func leaf(
        _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ n: Int, _ w: Double, _ b: Double
    ) -> (terms: Double, residuals: Double, squares: Double) {
        if n < 8 {
            var t = 0.0, s = 0.0, q = 0.0
            for i in 0..<n {
                let xi = x[i]
                let r = y[i] - (w * xi + b)
                t += xi * r
                s += r
                q += r * r
            }
            return (t, s, q)
        }
        let xr = UnsafeRawPointer(x), yr = UnsafeRawPointer(y)
        let wv = SIMD8<Double>(repeating: w), bv = SIMD8<Double>(repeating: b)
        // Seeded with the first eight terms, as numpy seeds its accumulators.
        var xv = xr.loadUnaligned(as: SIMD8<Double>.self)
        var rv = yr.loadUnaligned(as: SIMD8<Double>.self) - (wv * xv + bv)
        var tv = xv * rv
        var sv = rv
        var qv = rv * rv
        var i = 8
        let end = n - n % 8
        while i < end {
            let offset = i &* MemoryLayout<Double>.stride
            xv = xr.loadUnaligned(fromByteOffset: offset, as: SIMD8<Double>.self)
            rv = yr.loadUnaligned(fromByteOffset: offset, as: SIMD8<Double>.self) - (wv * xv + bv)
            tv += xv * rv
            sv += rv
            qv += rv * rv
            i &+= 8
        }
        var t = ((tv[0] + tv[1]) + (tv[2] + tv[3])) + ((tv[4] + tv[5]) + (tv[6] + tv[7]))
        var s = ((sv[0] + sv[1]) + (sv[2] + sv[3])) + ((sv[4] + sv[5]) + (sv[6] + sv[7]))
        var q = ((qv[0] + qv[1]) + (qv[2] + qv[3])) + ((qv[4] + qv[5]) + (qv[6] + qv[7]))
        while i < n {
            let xi = x[i]
            let r = y[i] - (w * xi + b)
            t += xi * r
            s += r
            q += r * r
            i &+= 1
        }
        return (t, s, q)
    }
}
