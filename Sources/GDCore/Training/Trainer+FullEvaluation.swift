/// The evaluation over all points that batch updates and losses share (`EvaluationCache`).
extension Trainer {
    /// The gradient and loss of the session's model over all points at `p`, from the cache
    /// when one of the last two evaluations was at `p`, else summed and kept.
    ///
    /// - Complexity: O(1) on a hit, O(n) otherwise.
    mutating func evaluateAll(at p: Parameters) -> ModelKernel.Evaluation {
        if fastPaths, let e = evaluations.lookup(model, p) { return e }
        let kind = model
        let e = data.xs.withUnsafeBufferPointer { x in
            data.ys.withUnsafeBufferPointer { y in
                // The affine model's own kernel (the same sums as `ModelKernel`'s, faster).
                guard fastPaths, kind == .affine, let xb = x.baseAddress, let yb = y.baseAddress else {
                    return ModelKernel.evaluate(kind, x: x, y: y, p)
                }
                return AffinePairwiseSum.evaluate(x: xb, y: yb, count: min(x.count, y.count), p)
            }
        }
        if fastPaths { evaluations.insert(kind, p, e, isStart: p.sameBits(as: startParameters)) }
        return e
    }

    /// The loss over all points at `p`, keeping the pass for a non-line model (`loss(at:)`
    /// keeps nothing: it is a question that must not change the session).
    public mutating func keptLoss(at p: Parameters) -> Double {
        guard model != .line, !hasClosedFormLoss, !data.isEmpty else { return loss(at: p) }
        return evaluateAll(at: p).lossUsed
    }

    /// `loss`, keeping the pass for a non-line model: the next batch update starts from
    /// this gradient, and `loss(at:)` finds it.
    mutating func currentLoss() -> Double {
        guard model != .line, !hasClosedFormLoss, !data.isEmpty else { return loss }
        return evaluateAll(at: parameters).lossUsed
    }

    /// Whether the session's model other than the line has its loss over all points in
    /// closed form (O(1), from the moments): the affine model above `Dataset.directLossLimit`
    /// points. Then no pass is summed or kept for a loss; a batch update sums its own.
    var hasClosedFormLoss: Bool { model != .line && data.hasClosedFormLoss(model) }

    /// Whether sgd and mini-batch epochs take the affine model's own loops
    /// (`Trainer+AffineEpoch`): the plain rule at a constant rate.
    var usesAffineLoops: Bool { model == .affine && usesPlainRule && fastPaths }
}
