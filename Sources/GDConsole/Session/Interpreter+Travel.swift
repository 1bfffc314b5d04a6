import GDCore

extension Interpreter {
    /// `undo`, `undo N`, `undo all`: back along the timeline (see `Timeline`).
    func undo(_ count: UndoCount, at location: SourceLocation) throws(GDError) {
        let steps = state.trainer.steps
        guard steps > 0 else {
            throw GDError(.outOfRange, "nothing to undo: the session is at step 0", at: location)
        }
        let target: Int
        switch count {
        case .all:
            target = 0
        case .updates(let n):
            guard n <= steps else {
                throw GDError(.outOfRange,
                              "cannot undo \(plural(n, "update")): the session is at step \(steps); use 1 to \(steps), or 'undo all'",
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
                throw GDError(.outOfRange, "step \(target) was never reached; no update was made since the last reset", at: location)
            case .beyondLatest(let latest):
                throw GDError(.outOfRange, "step \(target) was never reached; the latest is step \(latest) (use 0 to \(latest))",
                              at: location)
            case .beforeOldest(let oldest):
                throw GDError(.outOfRange,
                              "step \(target) is older than the \(Timeline.entryLimit) commands kept; use 0 or \(oldest) to \(state.trainer.timeline.latestStep)",
                              at: location)
            }
        }
        out("step \(state.trainer.steps): " + Report.weights(state.trainer.parameters, model: state.trainer.model, state.numbers))
    }
}
