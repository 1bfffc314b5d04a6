/// The commands that made updates since the last reset, each with the state before and
/// after it: what `undo` and `goto` travel along.
///
/// One entry per command, never per update: a command that made ten million updates costs
/// two snapshots (which share the history's rows with the live one, see `RowLog`). A step
/// in the middle of a command is reached by restoring the state before it and replaying
/// the command, stopped after the right number of updates; the restored generator makes
/// the replay choose exactly what it chose the first time, so this is also how `goto`
/// forward (redo) works. At most `entryLimit` commands are kept; older ones can no longer
/// be gone back to one by one, but `origin` (step 0) always can.
public struct Timeline: Sendable, Equatable {
    /// How to run a command again.
    public enum Run: Sendable, Equatable {
        case step(Variant, Trainer.Selection)
        case train(Variant, batchSize: Int, epochs: Int)
    }

    /// One command's updates.
    public struct Entry: Sendable, Equatable {
        public var before: Snapshot
        public var after: Snapshot
        public var run: Run
        /// The settings the updates were made with (a later `set lr` must not change a redo).
        public var learningRate: Double
        public var shuffles: Bool
        /// The rule and schedule the run used, so a replay repeats it.
        public var optimizer: Optimizer = .default
        public var schedule: Schedule = .constant
        /// Updates made (fewer than the command asked for when it was stopped).
        public var updates: Int { after.steps - before.steps }
    }

    public private(set) var entries: [Entry] = []
    /// The state at step 0, kept when older entries are let go.
    public private(set) var origin: Snapshot?

    /// Commands kept for going back one at a time. A snapshot shares every history row
    /// with the live history (`History.seal`), so an entry costs a generator state (2.5 KB
    /// for numpy's) and the list of the history's chunks (16 bytes a chunk): a few MB at most.
    public static let entryLimit = 1024

    public init() {}

    /// The step number reached last (the end of the newest entry), 0 when there is none.
    public var latestStep: Int { entries.last?.after.steps ?? 0 }

    /// The oldest step that `goto` can reach besides 0.
    public var oldestStep: Int { entries.first?.before.steps ?? 0 }

    /// The entry of the command that made update number `step` (its steps run from
    /// `before.steps + 1` to `after.steps`), or nil when that command is older than the
    /// timeline keeps. Entries never overlap (`cut`), so there is at most one. `goto` replays
    /// it, `explain STEP` takes its settings from it and `undo` the rule that made the
    /// optimiser's memory.
    public func entry(making step: Int) -> Entry? {
        entries.last(where: { $0.before.steps < step && step <= $0.after.steps })
    }

    /// Adds a command that made updates, dropping whatever future an earlier undo left.
    mutating func record(_ entry: Entry) {
        guard entry.updates > 0 else { return }
        if entry.before.steps == 0 { origin = entry.before }
        cut(at: entry.before)
        entries.append(entry)
        if entries.count > Timeline.entryLimit { entries.removeFirst(entries.count - Timeline.entryLimit) }
    }

    /// Forgets the entries after `state` (the state a new command starts from): an entry
    /// that `state` is in the middle of ends there.
    mutating func cut(at state: Snapshot) {
        let s = state.steps
        while let last = entries.last, last.before.steps >= s { entries.removeLast() }
        if let last = entries.last, last.after.steps > s {
            entries[entries.count - 1].after = state
        }
    }
}

extension Trainer {
    /// Where `goto` cannot go, and why.
    public enum TravelError: Error, Sendable, Equatable {
        /// Past the latest step reached (the latest is given).
        case beyondLatest(Int)
        /// Before the oldest command still kept (the oldest reachable step is given).
        case beforeOldest(Int)
    }

    /// Moves to the state right after update `target` (0: the start), replaying at most one
    /// command.
    ///
    /// - Complexity: O(1) at a command's boundary; otherwise the cost of the updates of the
    ///   one command replayed, up to `target`.
    public mutating func go(to target: Int, workspace: inout Workspace) throws(TravelError) {
        guard target >= 0, target <= max(steps, timeline.latestStep) else {
            throw .beyondLatest(max(steps, timeline.latestStep))
        }
        if target == steps { return }
        if target == 0, let origin = timeline.origin {
            restore(origin)
            return
        }
        if let entry = timeline.entries.first(where: { $0.before.steps == target }) {
            restore(entry.before)
            return
        }
        guard let entry = timeline.entry(making: target) else { throw .beforeOldest(timeline.oldestStep) }
        if target == entry.after.steps {
            restore(entry.after)
            return
        }
        restore(entry.before)
        replay(entry, updates: target - entry.before.steps, workspace: &workspace)
    }

    /// Runs an entry's command again from its `before` state, stopping after `updates`.
    mutating func replay(_ entry: Timeline.Entry, updates: Int, workspace: inout Workspace) {
        let (lr, shuffled, rule, plan) = (learningRate, shuffles, optimizer, schedule)
        learningRate = entry.learningRate
        shuffles = entry.shuffles
        optimizer = entry.optimizer
        schedule = entry.schedule
        defer {
            learningRate = lr
            shuffles = shuffled
            optimizer = rule
            schedule = plan
        }
        switch entry.run {
        case .step(let variant, let selection):
            _ = applyStep(variant, selection, workspace: &workspace)
        case .train(let variant, let batchSize, let epochs):
            _ = runEpochs(variant, batchSize: batchSize, epochs: epochs, limit: updates,
                          workspace: &workspace, shouldStop: { false }, onEpoch: { _ in })
        }
    }

    /// Takes back the last `count` updates (all of them when nil).
    public mutating func undo(_ count: Int?, workspace: inout Workspace) throws(TravelError) {
        try go(to: count.map { steps - $0 } ?? 0, workspace: &workspace)
    }
}
