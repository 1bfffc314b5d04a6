import GDCore

/// The loss over all points after an update, as `show history`, `save history` and `plot
/// loss` print it: read from the history when an epoch ended at that update, else computed.
///
/// The trainer computes the loss at the end of every epoch (`EpochRecord.loss`) with the
/// same function, the same data and the same model (a change of data or model starts the
/// history over), so when an update ends at an epoch's final weights, bit for bit, its
/// loss is already known. Computing it costs a pass over the data for every model but the
/// line (whose loss on large data comes from its moments): 0.5 s at 10⁷ points for sine,
/// so `plot loss` after `train batch 100` took about a minute. After `train batch`, every
/// update ends an epoch; after sgd or mini-batch, the last of each does.
struct UpdateLoss {
    let trainer: Trainer
    /// The loss at any weights (the trainer's; a test counts the calls).
    var compute: (Parameters) -> Double

    init(_ trainer: Trainer, compute: ((Parameters) -> Double)? = nil) {
        self.trainer = trainer
        self.compute = compute ?? { trainer.loss(at: $0) }
    }

    /// The loss after update `r`.
    ///
    /// - Complexity: O(log e) for e kept epochs when an epoch ended at `r`, else one
    ///   evaluation of the loss.
    func after(_ r: UpdateRecord) -> Double {
        known(after: r) ?? compute(r.after)
    }

    /// The loss the history kept for the epoch that ended with update `r`, if one did and
    /// at `r`'s weights exactly.
    func known(after r: UpdateRecord) -> Double? {
        let epochs = trainer.history.epochs
        // Epochs are kept in step order; find the first that ends at or after r.
        var low = epochs.startIndex, high = epochs.endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if epochs[middle].firstStep + epochs[middle].updates - 1 < r.step { low = middle + 1 } else { high = middle }
        }
        guard low < epochs.endIndex else { return nil }
        let e = epochs[low]
        guard e.firstStep + e.updates - 1 == r.step, e.wAfter.bitPattern == r.wAfter.bitPattern,
              e.bAfter.bitPattern == r.bAfter.bitPattern else { return nil }
        return e.loss
    }
}
