/// Every update and epoch since the last reset, kept within a bounded amount of memory.
///
/// Up to `limit` update rows are kept as they come. Past it the record is thinned: every
/// other row is dropped and from then on only every `stride`-th update is kept (the stride
/// doubles each time the limit is reached again), so ten million SGD updates cost a few
/// megabytes, not gigabytes. Epoch rows obey the same limit with their own stride (a billion
/// batch epochs must not grow without bound either). The very first w is kept, so the weight
/// trajectory can always be redrawn from its start.
///
/// Rows live in a `RowLog`, so a copy of the history (a `Snapshot`) shares them: rolling
/// back or undoing is assigning an old value, which brings back rows thinned away since.
public struct History: Sendable, Equatable {
    public private(set) var updates = RowLog<UpdateRecord>()
    public private(set) var epochs = RowLog<EpochRecord>()
    /// The weight before the first recorded update (the reference code's `w_history[0]`).
    public private(set) var startWeight: Double
    /// Updates recorded in all, kept or not.
    public private(set) var totalUpdates = 0
    /// 1 while nothing was dropped; 2, 4, 8… after thinning.
    public private(set) var stride = 1
    /// Epochs recorded in all, kept or not.
    public private(set) var totalEpochs = 0
    /// The epoch rows' stride, as `stride` is the update rows'.
    public private(set) var epochStride = 1
    /// Most update rows kept at once (≥ 2).
    public private(set) var limit: Int

    public static let defaultLimit = 100_000

    public init(startWeight: Double, limit: Int = History.defaultLimit) {
        self.startWeight = startWeight
        self.limit = max(2, limit)
    }

    public var isThinned: Bool { stride > 1 }

    /// Whether the update with this 1-based step number will be kept; lets callers skip
    /// building a row that would be dropped.
    @inlinable
    public func keeps(step: Int) -> Bool {
        stride == 1 || step % stride == 0
    }

    public mutating func append(_ record: UpdateRecord) {
        totalUpdates += 1
        guard keeps(step: record.step) else { return }
        updates.append(record)
        if updates.count > limit { thin() }
    }

    /// Doubles the stride and keeps the rows on it, compacting in place.
    private mutating func thin() {
        stride *= 2
        let s = stride
        updates.keep { $0.step % s == 0 }
    }

    /// Doubles the epoch stride and keeps the epoch rows on it.
    private mutating func thinEpochs() {
        epochStride *= 2
        let s = epochStride
        epochs.keep { $0.epoch % s == 0 }
    }

    /// True once some epoch rows were dropped.
    public var isEpochTableThinned: Bool { epochStride > 1 }

    /// Closes the open chunks of rows, so that a copy taken now (a `Snapshot`) shares every
    /// row with this history and later appends copy none.
    public mutating func seal() {
        updates.seal()
        epochs.seal()
    }

    /// Counts an update whose row is not kept (see `keeps(step:)`).
    public mutating func skip() {
        totalUpdates += 1
    }

    public mutating func append(_ record: EpochRecord) {
        totalEpochs += 1
        guard epochStride == 1 || record.epoch % epochStride == 0 else { return }
        epochs.append(record)
        if epochs.count > limit { thinEpochs() }
    }

    /// Lowers or raises the row limit; thins at once if the rows no longer fit.
    public mutating func setLimit(_ newLimit: Int) {
        limit = max(2, newLimit)
        while updates.count > limit { thin() }
        while epochs.count > limit { thinEpochs() }
    }
}
