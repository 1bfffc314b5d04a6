#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One update's arithmetic, term by term, for `explain`: the same operations the trainer
/// made, in the same order, so the weights it ends with are the trainer's bit for bit.
///
/// The sums come from `ModelKernel` (numpy's pairwise order), the per-point terms from the
/// model's own `terms`, so nothing here is a second implementation of the update that
/// could drift from the first. Only the terms shown are kept: a batch of ten million points
/// costs one pass and `shownLimit` rows.
public struct UpdateArithmetic: Sendable, Equatable {
    /// One point's contribution, each value rounded as the kernel rounds it.
    public struct Term: Sendable, Equatable {
        /// 0-based position in the data.
        public var index: Int
        public var x: Double
        public var y: Double
        /// ŷᵢ (w·xᵢ, w·xᵢ + b or sin(w·xᵢ)).
        public var prediction: Double
        /// yᵢ − ŷᵢ.
        public var residual: Double
        /// cos(w·xᵢ) for the sine model, else 1.
        public var slope: Double
        /// The term summed for ∂L/∂w: rᵢ·xᵢ (sine: rᵢ·cos(w·xᵢ)·xᵢ).
        public var termW: Double
    }

    public var model: ModelKind
    public var before: Parameters
    public var learningRate: Double
    /// Points used.
    public var count: Int
    /// The first terms and, when more than `shownLimit` were summed, the last few.
    public var head: [Term]
    public var tail: [Term]
    /// Terms left out between `head` and `tail`.
    public var elided: Int { count - head.count - tail.count }
    /// Σ of the w terms, of the residuals (b's terms) and of the squared residuals.
    public var sumW: Double
    public var sumB: Double
    public var sumSquares: Double
    /// ∂L/∂w and ∂L/∂b (0 without b).
    public var gradient: Parameters
    /// (1/n)·Σ rᵢ², the loss over the points used before the update.
    public var lossUsed: Double
    public var after: Parameters
    /// The optimiser's arithmetic (moments, corrections, the step), or nil for plain sgd,
    /// whose update is the w − α·g above.
    public var rule: OptimizerArithmetic?

    /// Batches up to this size are written out whole.
    public static let shownLimit = 8

    /// Recomputes an update of `model` on the points at `indices` (nil: every point, in
    /// order) from `before` with rate `learningRate` (the scheduled one), by `optimizer`
    /// from the state `states` it had before the update.
    ///
    /// - Precondition: every index is in range; at least one point.
    /// - Complexity: O(points used); allocates only when the points must be gathered.
    public init(model: ModelKind, data: Dataset, indices: [Int]?, before: Parameters, learningRate: Double,
                optimizer: Optimizer = .default, states: ParameterStates = .initial) {
        self.model = model
        self.before = before
        self.learningRate = learningRate
        let positions: [Int]
        let sums: (w: Double, b: Double, square: Double)
        if let indices {
            count = indices.count
            positions = indices
            var xs: [Double] = [], ys: [Double] = []
            xs.reserveCapacity(indices.count)
            ys.reserveCapacity(indices.count)
            for i in indices {
                guard let p = data.point(at: i) else { continue }
                xs.append(p.x)
                ys.append(p.y)
            }
            sums = xs.withUnsafeBufferPointer { x in
                ys.withUnsafeBufferPointer { y in ModelKernel.sums(model, x: x, y: y, before) }
            }
        } else {
            count = data.count
            positions = []
            sums = data.xs.withUnsafeBufferPointer { x in
                data.ys.withUnsafeBufferPointer { y in ModelKernel.sums(model, x: x, y: y, before) }
            }
        }
        sumW = sums.w
        sumB = sums.b
        sumSquares = sums.square
        // Exactly `ModelKernel.evaluate` and the trainer's update rule.
        let n = Double(count)
        gradient = Parameters(w: -2 * (sums.w / n), b: model.hasBias ? -2 * (sums.b / n) : 0)
        lossUsed = sums.square / n
        var next = Parameters(w: before.w - learningRate * gradient.w, b: before.b)
        if model.hasBias { next.b = before.b - learningRate * gradient.b }
        if optimizer.kind == .sgd {
            rule = nil
        } else {
            let r = OptimizerArithmetic(optimizer, rate: learningRate, before: before, gradient: gradient,
                                        states: states, hasBias: model.hasBias)
            rule = r
            next = Parameters(w: r.w.after, b: r.b?.after ?? before.b)
        }
        after = next

        let position: (Int) -> Int = { k in indices == nil ? k : positions[k] }
        let shown = count <= Self.shownLimit ? Array(0..<count) : Array(0..<3) + Array((count - 2)..<count)
        var terms: [Term] = []
        for k in shown {
            let i = position(k)
            guard let p = data.point(at: i) else { continue }
            terms.append(Self.term(model, index: i, x: p.x, y: p.y, before))
        }
        if count <= Self.shownLimit {
            head = terms
            tail = []
        } else {
            head = Array(terms.prefix(3))
            tail = Array(terms.dropFirst(3))
        }
    }

    /// One point's values, with the roundings of `Model.terms`.
    static func term(_ model: ModelKind, index: Int, x: Double, y: Double, _ p: Parameters) -> Term {
        switch model {
        case .line:
            let yhat = p.w * x
            let r = y - yhat
            return Term(index: index, x: x, y: y, prediction: yhat, residual: r, slope: 1, termW: x * r)
        case .affine:
            let yhat = p.w * x + p.b
            let r = y - yhat
            return Term(index: index, x: x, y: y, prediction: yhat, residual: r, slope: 1, termW: x * r)
        case .sine:
            let a = p.w * x
            let yhat = sin(a)
            let r = y - yhat
            let c = cos(a)
            return Term(index: index, x: x, y: y, prediction: yhat, residual: r, slope: c, termW: (r * c) * x)
        }
    }
}
