/// The last two evaluations over all points of a model other than the line, and the one
/// at the start weights, so that a loss already summed is not summed again.
///
/// The line and affine models' losses over all points are closed-form above
/// `Dataset.directLossLimit` points (O(1)), and then no loss is taken from here
/// (`Trainer.hasClosedFormLoss`); below it, and for sine, each loss is a pass. A batch
/// epoch of the affine model used to make four passes (its gradient, the epoch row's loss,
/// the command's loss and the rising-loss check's loss at the start), where the line makes
/// one. The pass that gives the loss at the new weights also gives the gradient there
/// (`ModelKernel` sums all three at once), so keeping it makes the next batch update free
/// of a pass of its own; keeping the one before, and the one at the start weights (the
/// rising-loss check looks back to the first epoch of a short session), makes the other
/// losses free too.
///
/// A hit returns exactly what the pass would return (the same kernel, the same points in
/// the same order), so nothing printed can change. Keyed by the model and the weights'
/// bits; `Trainer.data` clears it whenever the data is replaced.
struct EvaluationCache: Sendable {
    struct Entry: Sendable {
        var model: ModelKind
        var parameters: Parameters
        var evaluation: ModelKernel.Evaluation
    }

    private var latest: Entry?
    private var previous: Entry?
    private var start: Entry?

    /// The evaluation over all points of `model` at `p`, if one of the kept ones was it.
    func lookup(_ model: ModelKind, _ p: Parameters) -> ModelKernel.Evaluation? {
        for entry in [latest, previous, start] {
            if let e = entry, e.model == model, e.parameters.sameBits(as: p) { return e.evaluation }
        }
        return nil
    }

    /// Keeps an evaluation: in the start slot when `p` is the start weights, else as the latest.
    mutating func insert(_ model: ModelKind, _ p: Parameters, _ evaluation: ModelKernel.Evaluation, isStart: Bool) {
        let entry = Entry(model: model, parameters: p, evaluation: evaluation)
        if isStart {
            start = entry
            return
        }
        if let e = latest, e.model == model, e.parameters.sameBits(as: p) { return }
        previous = latest
        latest = entry
    }
}
