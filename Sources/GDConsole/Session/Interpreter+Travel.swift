import GDCore

extension Interpreter {
    /// `undo`, `undo N`, `undo all`: back along the timeline (see `Timeline`).
    func undo(_ count: UndoCount, at location: SourceLocation) throws(GDError) {
        let steps = state.trainer.steps
        guard steps > 0 else {
            throw GDError(.outOfRange, .nothingToUndo, at: location)
        }
        let target: Int
        switch count {
        case .all:
            target = 0
        case .updates(let n):
            guard n <= steps else {
                throw GDError(.outOfRange,
                              .undoTooMany(n, steps: steps),
                              at: location)
            }
            target = steps - n
        }
        try travel(to: target, at: location)
    }

    /// `goto STEP`.
    func goto(_ target: Int, at location: SourceLocation) throws(GDError) {
        try travel(to: target, at: location)
    }

    func travel(to target: Int, at location: SourceLocation) throws(GDError) {
        do {
            try state.trainer.go(to: target, workspace: &workspace)
        } catch {
            switch error {
            case .beyondLatest(0):
                throw GDError(.outOfRange, .gotoNoUpdates(target), at: location)
            case .beyondLatest(let latest):
                throw GDError(.outOfRange, .gotoBeyond(target, latest: latest),
                              at: location)
            case .beforeOldest(let oldest):
                throw GDError(.outOfRange,
                              .gotoTooOld(target, kept: Timeline.entryLimit, oldest: oldest, latest: state.trainer.timeline.latestStep),
                              at: location)
            }
        }
        out(.arrived(step: state.trainer.steps, Report.weights(state.trainer.parameters, model: state.trainer.model, state.numbers)))
        startOptimizerOverIfAnotherRuleMadeIt()
    }

    /// After `undo` or `goto`: settings stay as they are now, so when the optimiser's memory
    /// just restored was made by another rule than today's (`set optimizer` since), it
    /// starts over, as `set optimizer` itself does, and a note says so. Carrying adam's
    /// `t`, `m` and `s` into momentum would make the next update neither rule's (PyTorch
    /// likewise gives a new optimiser a fresh state and never another kind's).
    func startOptimizerOverIfAnotherRuleMadeIt() {
        let t = state.trainer
        guard t.optimizerState != .initial,
              let made = t.timeline.entry(making: t.steps)?.optimizer.kind,
              made != t.optimizer.kind else { return }
        state.trainer.setOptimizer(t.optimizer, clearing: true)
        note(.optimizerStateStartedOver(made: made.rawValue, now: t.optimizer.kind.rawValue))
    }
}
