import GDCore

extension Interpreter {
    /// `explain`, `explain STEP`, `explain next VARIANT [I ...]`.
    func explain(_ request: ExplainRequest, at site: CommandSite) throws(GDError) {
        let location = site.location
        try requireData(at: location)
        let t = state.trainer
        switch request {
        case .last, .step:
            var wanted = t.steps
            if case .step(let s) = request { wanted = s }
            guard t.steps > 0 else {
                throw GDError(.outOfRange, .explainNoUpdate, at: location)
            }
            guard wanted <= t.steps else {
                throw GDError(.outOfRange, .explainNoStep(wanted, last: t.steps), at: location)
            }
            guard let record = Self.record(step: wanted, in: t.history) else {
                throw GDError(.outOfRange, .explainNotKept(wanted, stride: t.history.stride), at: location)
            }
            try explainRecord(record, Self.context(of: record, t), at: location)
        case .next(let variant, let points):
            // The update is made on a copy: the session, its generator and its timeline are untouched.
            var copy = t
            var scratch = Workspace()
            let n = t.data.count
            let selection = try selection(variant, points, at: location)
            let outcome = copy.step(variant, selection, workspace: &scratch)
            guard let record = outcome.record else {
                if case .diverged(let d) = outcome.stop {
                    let b: Double? = t.model.hasBias ? t.parameters.b : nil
                    throw GDError(.diverged, Report.divergence(d, total: n, w: t.w, b: b, state.numbers), at: location)
                }
                return
            }
            try explainRecord(record, Self.nextContext(t), next: true, at: location)
        }
    }

    private func explainRecord(_ record: UpdateRecord, _ context: UpdateContext, next: Bool = false, at location: SourceLocation) throws(GDError) {
        let t = state.trainer
        let indices: [Int]?
        if !record.points.isEmpty {
            indices = record.points
        } else if record.variant == .batch && record.pointCount == t.data.count {
            indices = nil
        } else {
            throw GDError(.outOfRange, .explainPointsNotKept(record.step, points: record.pointCount, limit: UpdateRecord.pointListLimit),
                          at: location)
        }
        // Without the state before the update only the plain part (the gradient) is recomputed.
        let states = context.states
        let a = UpdateArithmetic(model: t.model, data: t.data, indices: indices, before: record.before,
                                 learningRate: context.rate, optimizer: states == nil ? .default : context.optimizer,
                                 states: states ?? .initial)
        let used = indices ?? Array(0..<min(t.data.count, 16))
        let numbers = state.numbers
        let heading = ExplainMessage.heading(
            step: record.step, taken: !next, variant: record.variant, count: record.pointCount, points: used,
            epoch: record.epoch, w: numbers.text(record.wBefore), b: t.model.hasBias ? numbers.text(record.bBefore) : nil,
            rate: numbers.text(context.rate))
        let notKept = states == nil && context.optimizer.kind != .sgd
            ? Explanation.StateNotKept(rule: context.ruleKnown ? context.optimizer.kind : nil, record: record,
                                       commands: Timeline.entryLimit)
            : nil
        let lines = Explanation.lines(a, heading: Message.explain(heading).text(state.language), numbers, state.language,
                                      rate: context.origin, notKept: notKept)
        for line in lines { out(line) }
        if indices.map({ $0.count <= 16 }) ?? (t.data.count <= 16),
           let note = LectureSlides.note(for: a, points: used, data: t.data, numbers) {
            out(Message.explain(note).text(state.language))
        }
        if notKept == nil && !a.after.sameBits(as: record.after) {
            // Not expected: the arithmetic is the trainer's own. Say so rather than mislead.
            out(Message.explain(.recordDiffers(w: numbers.text(record.wAfter))).text(state.language))
        }
    }

    /// What an update was made with besides its points and weights: the scheduled rate,
    /// the rule and the rule's state before it (nil when it is no longer known).
    struct UpdateContext {
        var rate: Double
        var origin: Explanation.RateOrigin?
        var optimizer: Optimizer
        var states: ParameterStates?
        /// False when the command's settings are gone too (its timeline entry was let go).
        var ruleKnown = true
    }

    /// The next update's context: the session's settings and state as they are now.
    static func nextContext(_ t: Trainer) -> UpdateContext {
        let update = t.steps + 1
        let rate = t.schedule.rate(base: t.learningRate, update: update, epochs: t.epochs)
        let origin = t.schedule == .constant
            ? nil : Explanation.RateOrigin(schedule: t.schedule, base: t.learningRate, update: update, epochs: t.epochs)
        return UpdateContext(rate: rate, origin: origin, optimizer: t.optimizer, states: t.optimizerState)
    }

    /// A past update's context, from the timeline entry of the command that made it: the
    /// settings it kept (a later `set lr` or `set optimizer` does not change the past) and,
    /// for a rule with a state, that state before the update, recovered as `goto` would:
    /// restore the state before the command and replay it up to the update before.
    ///
    /// - Complexity: O(1) for sgd or the first update of a command; otherwise the cost of
    ///   replaying the command's earlier updates (as `goto`), on a copy of the session.
    static func context(of record: UpdateRecord, _ t: Trainer) -> UpdateContext {
        let step = record.step
        guard let entry = t.timeline.entry(making: step) else {
            // The command is older than the timeline keeps: its settings are gone. A plain
            // update (no effective rate recorded) is redone at the session's rate, as before.
            let plain = record.effectiveRate == 0
            return UpdateContext(rate: t.learningRate, origin: nil, optimizer: plain ? .default : t.optimizer,
                                 states: plain ? .initial : nil, ruleKnown: false)
        }
        // e: the epochs finished before this update (an epoch's updates carry its 1-based number).
        let epochs = record.epoch.map { $0 - 1 } ?? entry.before.epochs
        let rate = entry.schedule.rate(base: entry.learningRate, update: step, epochs: epochs)
        let origin = entry.schedule == .constant
            ? nil : Explanation.RateOrigin(schedule: entry.schedule, base: entry.learningRate, update: step, epochs: epochs)
        var context = UpdateContext(rate: rate, origin: origin, optimizer: entry.optimizer, states: .initial)
        guard entry.optimizer.kind != .sgd else { return context }
        var copy = t
        var scratch = Workspace()
        do {
            try copy.go(to: step - 1, workspace: &scratch)
            context.states = copy.optimizerState
        } catch {
            context.states = nil
        }
        return context
    }

    /// The kept row with this step number (rows are in step order).
    static func record(step: Int, in history: History) -> UpdateRecord? {
        let rows = history.updates
        var lo = rows.startIndex, hi = rows.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if rows[mid].step < step { lo = mid + 1 } else { hi = mid }
        }
        return lo < rows.endIndex && rows[lo].step == step ? rows[lo] : nil
    }
}
