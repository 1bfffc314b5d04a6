/// The one pass every update makes: the gradient and the loss of the points used, fused.
///
/// The arithmetic follows the lecture's numpy code operation for operation, so the results
/// match it bit for bit: each term x·(y − w·x) and each squared residual is rounded on its
/// own (Swift never fuses a multiply-add unless asked), both sums use numpy's pairwise
/// order (`PairwiseSum`), the mean is one division by the count, the gradient is −2·mean.
public enum GradientKernel {
    /// The gradient and the pre-update loss over some points.
    public struct Evaluation: Sendable, Equatable {
        /// ∂L/∂w = −(2/n)·Σ(yᵢ − w·xᵢ)·xᵢ.
        public var gradient: Double
        /// (1/n)·Σ(yᵢ − w·xᵢ)², the reference code's `mse_history` entry.
        public var lossUsed: Double

        @inlinable
        public init(gradient: Double, lossUsed: Double) {
            self.gradient = gradient
            self.lossUsed = lossUsed
        }
    }

    /// Evaluates the points in `x`, `y` (same length, at least one) at weight `w`.
    ///
    /// - Complexity: O(n), one streaming pass over both columns.
    @inlinable
    public static func evaluate(
        x: UnsafeBufferPointer<Double>, y: UnsafeBufferPointer<Double>, w: Double
    ) -> Evaluation {
        let n = min(x.count, y.count)
        guard n > 0, let xb = x.baseAddress, let yb = y.baseAddress else {
            return Evaluation(gradient: .nan, lossUsed: .nan)
        }
        let sums = PairwiseSum.fused(x: xb, y: yb, count: n, w: w)
        let count = Double(n)
        return Evaluation(gradient: -2 * (sums.terms / count), lossUsed: sums.squares / count)
    }

    /// One point: the n = 1 case without the summation machinery (same arithmetic).
    @inlinable @inline(__always)
    public static func evaluate(x: Double, y: Double, w: Double) -> Evaluation {
        let r = y - w * x
        return Evaluation(gradient: -2 * (x * r), lossUsed: r * r)
    }

    /// The update rule w − α·gradient.
    @inlinable @inline(__always)
    public static func update(_ w: Double, learningRate: Double, gradient: Double) -> Double {
        w - learningRate * gradient
    }
}
