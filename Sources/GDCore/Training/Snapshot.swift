/// Everything an update changes, as one value: the weight, the generator, the counters and
/// the history.
///
/// Rollback (`on-diverge rollback`), a failed command, `undo` and `goto` all go back by
/// restoring one of these. It holds no settings (learning rate, batch size, …: those are
/// not changed by updates) and no data; the history's rows are shared with the live
/// history (`RowLog`), so taking one costs O(1) and keeping one costs only the rows the
/// live history has since dropped.
public struct Snapshot: Sendable, Equatable {
    public var parameters: Parameters
    public var w: Double { parameters.w }
    public var steps: Int
    public var epochs: Int
    public var random: RandomStream
    public var history: History
    /// The optimiser's memory at this point, so undo and goto continue a run exactly.
    public var optimizerState: ParameterStates = .initial

    public static func == (a: Snapshot, b: Snapshot) -> Bool {
        a.parameters.sameBits(as: b.parameters) && a.steps == b.steps && a.epochs == b.epochs
            && a.random == b.random && a.history == b.history && a.optimizerState == b.optimizerState
    }
}

extension Trainer {
    /// The state as it is now.
    public var snapshot: Snapshot {
        Snapshot(parameters: parameters, steps: steps, epochs: epochs, random: random, history: history,
                 optimizerState: optimizerState)
    }

    /// The state as it is now, to be kept: the history's open chunks are closed first, so
    /// the snapshot and the live history share every row and neither ever copies one.
    mutating func takeSnapshot() -> Snapshot {
        history.seal()
        return snapshot
    }

    /// Returns to `s`, keeping the current settings; the history keeps the current row limit.
    public mutating func restore(_ s: Snapshot) {
        parameters = s.parameters
        steps = s.steps
        epochs = s.epochs
        random = s.random
        optimizerState = s.optimizerState
        let limit = history.limit
        history = s.history
        if history.limit != limit { history.setLimit(limit) }
    }
}
