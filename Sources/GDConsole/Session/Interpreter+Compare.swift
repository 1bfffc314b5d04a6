import GDCore

/// `compare`: the three ways of feeding data, run side by side from the current state.
///
/// Each run is made on a copy of the trainer. A `Trainer` is a value whose data columns
/// are copy-on-write arrays that training never writes, so the three copies share the
/// session's points; only the weights, generator and history rows are their own. The
/// session itself is never assigned to, so there is nothing for `undo` to take back.
extension Interpreter {
    /// One variant's run.
    struct ComparedRun {
        var name: String
        var variant: Variant
        var trainer: Trainer
        var outcome: TrainOutcome
        var seconds: Double
        /// Points read so far and the loss over all points, at each point of the curve.
        var curve: (xs: [Double], ys: [Double])
    }

    /// Per-update curves when they cost at most this many point evaluations in all.
    static let compareCurveBudget = 20_000_000

    func compare(epochs: Int, file: String?, force: Bool, at site: CommandSite, directory: String?) throws(GDError) {
        let location = site.location
        try requireData(at: location)
        let t = state.trainer
        let n = t.data.count
        let b = max(1, min(t.batchSize, n))
        let cancelled = environment.isCancelled
        var runs: [ComparedRun] = []
        for (variant, name) in [(Variant.batch, "batch"), (.sgd, "sgd"), (.minibatch, "minibatch B=\(b)")] {
            var copy = t
            var scratch = Workspace()
            let started = environment.now()
            let progress = progressLine(label: "compare, \(name): ", epochs: epochs)
            let outcome = copy.train(variant, batchSize: b, epochs: epochs, workspace: &scratch,
                                     shouldStop: { progress.tick(); return cancelled() },
                                     onEpoch: { progress.epoch(updates: $0.updates, loss: $0.loss) })
            progress.clear()
            let seconds = environment.now() - started
            if case .interrupted = outcome.stop {
                throw GDError(.interrupted, .compareInterrupted, at: location)
            }
            runs.append(ComparedRun(name: name, variant: variant, trainer: copy, outcome: outcome, seconds: seconds,
                                    curve: Self.lossCurve(from: t, copy)))
        }
        printCompareTable(runs, from: t)
        if sink.isTerminal(.standardOutput) {
            transient(.line(.compareTime(runs.map { "\($0.name) \(Interpreter.seconds($0.seconds))" }.joined(separator: ", "))))
        }
        let description = comparePlot(runs, from: t)
        if let file {
            try writeFile(SVGPlot.render(description), to: file, force: force, at: site["FILE"], directory: directory)
            out(.wroteComparePlot(path: file))
        } else {
            out(TextPlot.render(description, size: plotSize(at: site), backend: plotBackend), terminated: false)
        }
    }

    /// The loss over all points against points read: after every update when the copy
    /// kept every row and that is affordable, else after every epoch.
    static func lossCurve(from start: Trainer, _ run: Trainer) -> (xs: [Double], ys: [Double]) {
        let n = start.data.count
        var xs = [0.0], ys = [start.loss]
        let rows = run.history.updates
        let perUpdateCost = start.model == .line ? 1 : n
        let firstNew = start.steps
        let newRows = rows.filter { $0.step > firstNew }
        if !run.history.isThinned, newRows.count <= 5000, newRows.count * perUpdateCost <= compareCurveBudget {
            var read = 0.0
            for r in newRows {
                read += Double(r.pointCount)
                xs.append(read)
                ys.append(run.loss(at: r.after))
            }
        } else {
            let firstEpoch = start.epochs
            for e in run.history.epochs where e.epoch > firstEpoch {
                xs.append(Double(e.epoch - firstEpoch) * Double(n))
                ys.append(e.loss)
            }
        }
        return (xs, ys)
    }

    /// The runs side by side, fitted to the terminal as `show history` is (`table`): the
    /// weights rounded last, equal numbers printed alike.
    func printCompareTable(_ runs: [ComparedRun], from t: Trainer) {
        let minima = BestFit.minima(t.model, t.data, in: -5...5)
        let best = minima.first { $0.isGlobal } ?? minima.first
        var columns: [TableHeader] = [.variant, .updates, .pointsRead, .w]
        if t.model.hasBias { columns.append(.b) }
        columns += [.loss, .toBest]
        let n = t.data.count
        let b = max(1, min(t.batchSize, n))
        table(header: columns, count: runs.count, what: .rows, saveHint: nil, roundLast: [.w, .b]) { i in
            let run = runs[i]
            let c = run.trainer
            let updates = c.steps - t.steps
            let points = Interpreter.pointsTouched(by: .train(run.variant, batchSize: b, epochs: 1), updates: updates, n: n,
                                                   batch: b, history: c.history)
            var row: [TableCell] = [.text(run.name), .text(String(updates)), .text(String(points)), .number(c.w)]
            if t.model.hasBias { row.append(.number(c.parameters.b)) }
            if case .diverged(let d) = run.outcome.stop {
                row.append(.text(Message.line(.divergedAt(step: d.step)).text(state.language)))
            } else {
                row.append(.number(c.loss))
            }
            if let best {
                let dw = c.w - best.parameters.w, db = c.parameters.b - best.parameters.b
                row.append(.number((dw * dw + db * db).squareRoot()))
            } else {
                row.append(.text(TableLayout.noValue))
            }
            return row
        }
    }

    func comparePlot(_ runs: [ComparedRun], from t: Trainer) -> PlotDescription {
        let series = runs.map { run -> Series in
            var s = Series(.math(run.name), .line, xs: run.curve.xs, ys: run.curve.ys)
            s.marker = run.name.first
            return s
        }
        let epochs = runs.first?.outcome.epochs ?? 0
        return PlotDescription(
            title: .plot(.compareTitle(points: t.data.count, epochs: epochs)),
            x: Axis(.plot(.pointsRead), integer: true), y: Axis(.plotLossAxis), series: series, language: state.language)
    }
}
