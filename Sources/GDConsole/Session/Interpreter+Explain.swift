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
            try explainRecord(record, learningRate: Self.learningRate(step: wanted, t), at: location)
        case .next(let variant, let points):
            // The update is made on a copy: the session, its generator and its timeline are untouched.
            var copy = t
            var scratch = Workspace()
            let n = t.data.count
            let selection: Trainer.Selection
            switch points {
            case .all: selection = .all
            case .listed(let list, let locations):
                for (position, i) in list.enumerated() where i >= n {
                    throw GDError(.outOfRange, .pointOutOfRange(i, points: n),
                                  at: position < locations.count ? locations[position] : location)
                }
                selection = .points(list)
            case .random:
                if variant == .minibatch { try checkBatchSize(t.batchSize, at: location) }
                selection = .random(count: variant == .minibatch ? t.batchSize : 1)
            }
            let outcome = copy.step(variant, selection, workspace: &scratch)
            guard let record = outcome.record else {
                if case .diverged(let d) = outcome.stop {
                    let b: Double? = t.model.hasBias ? t.parameters.b : nil
                    throw GDError(.diverged, Report.divergence(d, total: n, w: t.w, b: b, state.numbers), at: location)
                }
                return
            }
            try explainRecord(record, learningRate: t.learningRate, next: true, at: location)
        }
    }

    private func explainRecord(_ record: UpdateRecord, learningRate: Double, next: Bool = false, at location: SourceLocation) throws(GDError) {
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
        let a = UpdateArithmetic(model: t.model, data: t.data, indices: indices, before: record.before, learningRate: learningRate)
        let used = indices ?? Array(0..<min(t.data.count, 16))
        var heading = next ? "next update (step \(record.step), not taken): " : "step \(record.step): "
        switch record.variant {
        case .batch: heading += "batch, all \(record.pointCount) points"
        case .sgd: heading += "sgd on point \(used.first.map(String.init) ?? "?")"
        case .minibatch:
            heading += "mini-batch of \(record.pointCount) (points \(used.map(String.init).joined(separator: " ")))"
        }
        if let e = record.epoch { heading += ", epoch \(e)" }
        heading += "; w = \(state.numbers.text(record.wBefore))"
        if t.model.hasBias { heading += ", b = \(state.numbers.text(record.bBefore))" }
        heading += ", α = \(state.numbers.text(learningRate))"
        for line in Explanation.lines(a, heading: heading, state.numbers) { out(line) }
        if indices.map({ $0.count <= 16 }) ?? (t.data.count <= 16),
           let note = LectureSlides.note(for: a, points: used, data: t.data, state.numbers) {
            out(note)
        }
        if !a.after.sameBits(as: record.after) {
            // Not expected: the arithmetic is the trainer's own. Say so rather than mislead.
            out(.line(.explainDiffers(w: state.numbers.text(record.wAfter))))
        }
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

    /// The rate the update with this step number was made with: the command's, as the
    /// timeline kept it (a later `set lr` does not change the past).
    static func learningRate(step: Int, _ t: Trainer) -> Double {
        t.timeline.entries.last { $0.before.steps < step && step <= $0.after.steps }?.learningRate ?? t.learningRate
    }
}
