/// Every update and epoch since the last reset, kept within a bounded amount of memory.
///
/// Up to `limit` update rows are kept as they come. Past it the record is thinned: every
/// other row is dropped and from then on only every `stride`-th update is kept (the stride
/// doubles each time the limit is reached again), so ten million SGD updates cost a few
/// megabytes, not gigabytes. Epoch rows are always kept; the very first w is kept too, so
/// the weight trajectory can always be redrawn from its start.
public struct History: Sendable, Equatable {
    public private(set) var updates: [UpdateRecord] = []
    public private(set) var epochs: [EpochRecord] = []
    /// The weight before the first recorded update (the reference code's `w_history[0]`).
    public private(set) var startWeight: Double
    /// Updates recorded in all, kept or not.
    public private(set) var totalUpdates = 0
    /// 1 while nothing was dropped; 2, 4, 8… after thinning.
    public private(set) var stride = 1
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
        if updates.isEmpty { updates.reserveCapacity(min(limit, 4096)) }
        updates.append(record)
        if updates.count >= limit { thin() }
    }

    /// Doubles the stride and keeps the rows on it, compacting in place.
    private mutating func thin() {
        stride *= 2
        var kept = 0
        for i in updates.indices where updates[i].step % stride == 0 {
            updates.swapAt(kept, i)
            kept += 1
        }
        updates.removeLast(updates.count - kept)
    }

    /// Counts an update whose row is not kept (see `keeps(step:)`).
    public mutating func skip() {
        totalUpdates += 1
    }

    public mutating func append(_ record: EpochRecord) {
        epochs.append(record)
    }

    /// Lowers or raises the row limit; thins at once if the rows no longer fit.
    public mutating func setLimit(_ newLimit: Int) {
        limit = max(2, newLimit)
        while updates.count >= limit { thin() }
    }

    /// A position to return to if a command must be undone.
    public struct Mark: Sendable, Equatable {
        var updateCount: Int
        var epochCount: Int
        var totalUpdates: Int
        var stride: Int
    }

    public var mark: Mark {
        Mark(updateCount: updates.count, epochCount: epochs.count, totalUpdates: totalUpdates, stride: stride)
    }

    /// Drops what came after `mark`. Rows thinned away after the mark stay dropped.
    public mutating func rollBack(to mark: Mark, lastKeptStep: Int) {
        updates.removeAll { $0.step > lastKeptStep }
        if epochs.count > mark.epochCount { epochs.removeLast(epochs.count - mark.epochCount) }
        totalUpdates = mark.totalUpdates
    }
}
