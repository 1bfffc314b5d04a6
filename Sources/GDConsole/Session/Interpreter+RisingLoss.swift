import GDCore

/// The early warning for a run that is blowing up: the loss over all points has risen
/// three times in a row. It comes before the weights overflow (which `set on-diverge`
/// handles), while a student can still see why: the rate is past what the data allows.
extension Interpreter {
    /// Rises in a row that trigger the warning.
    static let risingLimit = 3
    /// How much the streak must have raised the loss in all: sgd near its minimum wanders
    /// up and down by a few per cent (the lecture's in-order sgd rises by 0.001% for
    /// epochs on end), which is noise, not a run blowing up.
    static let risingFactor = 1.1

    /// Whether the losses (each the loss over all points, in order) hold a streak of at
    /// least `risingLimit` rises that has raised the loss by `risingFactor`, first reached
    /// at or after index `from` (so a streak is warned about once).
    static func risingStreak(_ losses: [Double], newFrom from: Int) -> Bool {
        var streak = 0
        var warned = false
        for i in 1..<max(1, losses.count) {
            if losses[i] > losses[i - 1] {
                streak += 1
            } else {
                streak = 0
                warned = false
            }
            guard streak >= risingLimit, !warned else { continue }
            let start = losses[i - streak]
            if !(losses[i] <= start * risingFactor) {
                if i >= from { return true }
                warned = true
            }
        }
        return false
    }

    /// How many updates back `step` looks for a streak. A streak can be long before it has
    /// risen enough, so 64; but where each loss is a pass over millions of points (the sine
    /// model: no closed form) only the `risingLimit + 1` losses a streak needs.
    static func risingWindow(_ data: Dataset, _ model: ModelKind) -> Int {
        !data.hasClosedFormLoss(model) && data.count > 1_000_000 ? risingLimit + 1 : 64
    }

    /// After `step`: the last few updates, if the history holds them one by one.
    func warnIfRisingAfterStep() {
        let t = state.trainer
        let rows = t.history.updates
        guard !t.history.isThinned, rows.count >= Self.risingLimit else { return }
        let window = Self.risingWindow(t.data, t.model)
        let recent = Array(rows.suffix(window))
        // Cheap test first: the last update must itself have raised the loss.
        guard let last = recent.last, t.loss(at: last.after) > t.loss(at: last.before) else { return }
        var losses = [t.loss(at: recent[0].before)]
        for r in recent { losses.append(t.loss(at: r.after)) }
        if Self.risingStreak(losses, newFrom: losses.count - 1) { warnRising(.update) }
    }

    /// After `train` or `epoch`: the epochs of this command and the few before them.
    func warnIfRisingAfterEpochs(newEpochs: Int) {
        guard newEpochs > 0 else { return }
        let t = state.trainer
        let rows = t.history.epochs
        guard !t.history.isEpochTableThinned else { return }
        let window = min(newEpochs, 4096) + 64
        let recent = Array(rows.suffix(window))
        guard let first = recent.first else { return }
        // The loss before the window is the row before it's, when that epoch ended where this
        // one starts: the same number without a pass over the data (the sine loss, and the affine
        // one up to 1,024 points, are one; the line's is closed-form, the affine's above that).
        let start = Parameters(w: first.wBefore, b: first.bBefore)
        let before = rows.count > window ? rows[rows.count - window - 1] : nil
        var losses = [before.flatMap { Parameters(w: $0.wAfter, b: $0.bAfter).sameBits(as: start) ? $0.loss : nil }
            ?? state.trainer.keptLoss(at: start)]
        losses += recent.map(\.loss)
        if Self.risingStreak(losses, newFrom: max(1, losses.count - newEpochs)) { warnRising(.epoch) }
    }

    private func warnRising(_ unit: PlotUnit) {
        let t = state.trainer
        let bound = t.data.stableRateBound(t.model).map(state.numbers.text)
        note(.line(.risingLoss(unit, limit: Self.risingLimit, bound: bound, rate: state.numbers.text(t.learningRate))))
    }

    /// `show best`'s extra line: the rate bound, where the model has one.
    func stableRateLine() -> Message? {
        let t = state.trainer
        guard let bound = t.data.stableRateBound(t.model) else { return nil }
        let formula = t.model == .line ? "1/mean(x²)" : "1/λmax([[mean(x²), mean(x)], [mean(x), 1]])"
        return .line(.stableRate(formula: formula, bound: state.numbers.text(bound)))
    }
}
