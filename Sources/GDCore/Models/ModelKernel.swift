/// The gradient and loss of any `Model` over some points, summed in numpy's pairwise order.
///
/// The same recursion as `PairwiseSum` (blocks of 128 split with the first part a multiple
/// of 8; eight interleaved accumulators in a leaf, combined as ((0+1)+(2+3))+((4+5)+(6+7)),
/// leftovers one by one; the result added to +0.0), so that for the affine model the sums
/// are numpy's `np.mean(x * error)`, `np.mean(error)` and `np.mean(error ** 2)` bit for bit.
public enum ModelKernel {
    /// The gradient of both parameters and the loss over the points used.
    public struct Evaluation: Sendable, Equatable {
        public var gradient: Parameters
        public var lossUsed: Double

        public init(gradient: Parameters, lossUsed: Double) {
            self.gradient = gradient
            self.lossUsed = lossUsed
        }
    }

    /// - Complexity: O(n).
    @inlinable
    public static func evaluate<M: Model>(
        _ model: M.Type, x: UnsafePointer<Double>, y: UnsafePointer<Double>, count n: Int, _ p: Parameters
    ) -> Evaluation {
        guard n > 0 else { return Evaluation(gradient: Parameters(w: .nan, b: .nan), lossUsed: .nan) }
        let s = block(M.self, x, y, n, p)
        let count = Double(n)
        let tw = 0.0 + s.0, tb = 0.0 + s.1, sq = 0.0 + s.2
        return Evaluation(gradient: Parameters(w: -2 * (tw / count), b: M.kind.hasBias ? -2 * (tb / count) : 0),
                          lossUsed: sq / count)
    }

    /// Evaluates a model chosen at run time (the console's one-off questions).
    public static func evaluate(
        _ kind: ModelKind, x: UnsafeBufferPointer<Double>, y: UnsafeBufferPointer<Double>, _ p: Parameters
    ) -> Evaluation {
        guard let xb = x.baseAddress, let yb = y.baseAddress else {
            return Evaluation(gradient: Parameters(w: .nan, b: .nan), lossUsed: .nan)
        }
        let n = min(x.count, y.count)
        switch kind {
        case .line: return evaluate(LineModel.self, x: xb, y: yb, count: n, p)
        case .affine: return evaluate(AffineModel.self, x: xb, y: yb, count: n, p)
        case .sine: return evaluate(SineModel.self, x: xb, y: yb, count: n, p)
        }
    }

    /// The three pairwise sums (Σ t_w, Σ t_b, Σ r²) of a model chosen at run time, each
    /// started from +0.0 as `evaluate` starts them: what `explain` writes out.
    public static func sums(
        _ kind: ModelKind, x: UnsafeBufferPointer<Double>, y: UnsafeBufferPointer<Double>, _ p: Parameters
    ) -> (w: Double, b: Double, square: Double) {
        guard let xb = x.baseAddress, let yb = y.baseAddress else { return (.nan, .nan, .nan) }
        let n = min(x.count, y.count)
        guard n > 0 else { return (.nan, .nan, .nan) }
        let s: (Double, Double, Double)
        switch kind {
        case .line: s = block(LineModel.self, xb, yb, n, p)
        case .affine: s = block(AffineModel.self, xb, yb, n, p)
        case .sine: s = block(SineModel.self, xb, yb, n, p)
        }
        return (0.0 + s.0, 0.0 + s.1, 0.0 + s.2)
    }

    @inlinable
    static func block<M: Model>(
        _ model: M.Type, _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ n: Int, _ p: Parameters
    ) -> (Double, Double, Double) {
        if n <= 128 { return leaf(M.self, x, y, n, p) }
        var half = n / 2
        half -= half % 8
        let l = block(M.self, x, y, half, p)
        let r = block(M.self, x + half, y + half, n - half, p)
        return (l.0 + r.0, l.1 + r.1, l.2 + r.2)
    }

    @inlinable @inline(__always)
    static func leaf<M: Model>(
        _ model: M.Type, _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ n: Int, _ p: Parameters
    ) -> (Double, Double, Double) {
        if n < 8 {
            var a = 0.0, b = 0.0, c = 0.0
            for i in 0..<n {
                let t = M.terms(x: x[i], y: y[i], p)
                a += t.w
                b += t.b
                c += t.square
            }
            return (a, b, c)
        }
        // numpy seeds its eight accumulators with the first eight terms (see `PairwiseSum.leaf`).
        let xr = UnsafeRawPointer(x), yr = UnsafeRawPointer(y)
        var (tw, tb, sq) = M.terms8(x: xr.loadUnaligned(as: SIMD8<Double>.self),
                                    y: yr.loadUnaligned(as: SIMD8<Double>.self), p)
        var i = 8
        let end = n - n % 8
        while i < end {
            let offset = i &* MemoryLayout<Double>.stride
            let t = M.terms8(x: xr.loadUnaligned(fromByteOffset: offset, as: SIMD8<Double>.self),
                             y: yr.loadUnaligned(fromByteOffset: offset, as: SIMD8<Double>.self), p)
            tw += t.w
            tb += t.b
            sq += t.square
            i &+= 8
        }
        func fold(_ v: SIMD8<Double>) -> Double {
            ((v[0] + v[1]) + (v[2] + v[3])) + ((v[4] + v[5]) + (v[6] + v[7]))
        }
        var a = fold(tw), b = fold(tb), c = fold(sq)
        while i < n {
            let t = M.terms(x: x[i], y: y[i], p)
            a += t.w
            b += t.b
            c += t.square
            i += 1
        }
        return (a, b, c)
    }
}
