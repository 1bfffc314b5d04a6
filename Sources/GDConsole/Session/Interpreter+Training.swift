import GDCore

extension Interpreter {
    func requireData(at location: SourceLocation) throws(GDError) {
        if state.trainer.data.isEmpty {
            throw GDError(.noData, .noData, at: location)
        }
    }

    func checkBatchSize(_ b: Int, at location: SourceLocation) throws(GDError) {
        let n = state.trainer.data.count
        if b > n {
            throw GDError(.outOfRange, .batchTooLarge(b, points: n), at: location)
        }
    }

    /// The points a `step` (or `explain next`) of `variant` uses, checked against the data:
    /// every listed point in range (the error under the offending one), and for a random
    /// mini-batch the session's batch size no larger than the data.
    func selection(_ variant: Variant, _ points: StepPoints, at location: SourceLocation) throws(GDError) -> Trainer.Selection {
        let n = state.trainer.data.count
        switch points {
        case .all:
            return .all
        case .listed(let list, let locations):
            for (position, i) in list.enumerated() where i >= n {
                throw GDError(.outOfRange, .pointOutOfRange(i, points: n),
                              at: position < locations.count ? locations[position] : location)
            }
            return .points(list)
        case .random:
            guard variant == .minibatch else { return .random(count: 1) }
            try checkBatchSize(state.trainer.batchSize, at: location)
            return .random(count: state.trainer.batchSize)
        }
    }

    func step(_ variant: Variant, _ points: StepPoints, at location: SourceLocation) throws(GDError) {
        try requireData(at: location)
        let n = state.trainer.data.count
        let selection = try selection(variant, points, at: location)
        let outcome = state.trainer.step(variant, selection, workspace: &workspace)
        let bias: Double? = state.trainer.model.hasBias ? state.trainer.parameters.b : nil
        if let record = outcome.record {
            out(Report.step(record, loss: outcome.loss, total: n, bias: state.trainer.model.hasBias, state.numbers))
        }
        if outcome.record != nil { warnIfRisingAfterStep() }
        if case .diverged(let d) = outcome.stop {
            throw GDError(.diverged, Report.divergence(d, total: n, w: state.trainer.w, b: bias, state.numbers), at: location)
        }
    }

    /// A progress line for a run of `epochs` epochs; it draws only for a person at a
    /// terminal, never while a transcript is being recorded.
    func progressLine(label: String, epochs: Int) -> ProgressLine {
        ProgressLine(sink: sink, now: environment.now, enabled: sink.isTerminal(.standardError) && recorder == nil,
                     label: label, epochs: epochs, language: state.language)
    }

    func train(_ variant: Variant, batchSize: Int?, epochs: Int, at site: CommandSite) throws(GDError) {
        let location = site.location
        try requireData(at: location)
        if variant == .minibatch {
            try checkBatchSize(batchSize ?? state.trainer.batchSize, at: site["B"])
        }
        let total = state.trainer.data.count
        let hasBias = state.trainer.model.hasBias
        var bias: Double? { hasBias ? state.trainer.parameters.b : nil }
        let cancelled = environment.isCancelled
        // Read before the run: the callback must not touch `state` while training mutates it.
        let style = state.numbers
        let language = state.language
        let progress = progressLine(label: "", epochs: epochs)
        let outcome = state.trainer.train(
            variant, batchSize: batchSize, epochs: epochs, workspace: &workspace,
            shouldStop: { progress.tick(); return cancelled() },
            onEpoch: { [self] record in
                progress.clear()
                out(Report.epoch(record, bias: hasBias, style).text(language))
                progress.epoch(updates: record.updates, loss: record.loss)
            })
        progress.clear()
        warnIfRisingAfterEpochs(newEpochs: outcome.epochs)
        switch outcome.stop {
        case .completed:
            break
        case .interrupted:
            let message = Report.interrupted(updates: outcome.updates, w: state.trainer.w, state.numbers)
            // A script stops as a whole (keeping the finished updates); the prompt goes on.
            if stopsOnInterrupt { throw GDError(.interrupted, message, at: location) }
            // The terminal echoed "^C" where the cursor was: end that line first.
            if sink.isTerminal(.standardError) { transient("") }
            note(message)
        case .diverged(let d):
            throw GDError(.diverged, Report.divergence(d, total: total, w: state.trainer.w, b: bias, state.numbers), at: location)
        }
    }
}
