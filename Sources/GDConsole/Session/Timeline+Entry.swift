import GDCore

extension Timeline {
    /// The entry of the command that made update number `step` (its steps run from
    /// `before.steps + 1` to `after.steps`), or nil when that command is older than the
    /// timeline keeps. `explain STEP` takes its settings from it and `undo`/`goto` the rule
    /// that made the optimiser's memory.
    func entry(making step: Int) -> Entry? {
        entries.last(where: { $0.before.steps < step && step <= $0.after.steps })
    }
}
