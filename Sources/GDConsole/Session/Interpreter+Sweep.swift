#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDCore

/// The runs of the last sweep, kept for `plot sweep`.
struct SweepResult {
    var request: SweepRequest
    var runs: [SweepRun]
    var basins: Basins
    var batchSize: Int
}

/// `sweep`: many independent runs on copies of the session; the session itself never moves.
extension Interpreter {
    /// Bytes a run takes while a sweep is under way (its job and its result).
    static let sweepRunBytes = 2 * MemoryLayout<SweepRun>.stride + 64

    /// The threads a sweep uses: `set threads`, else every online core.
    var sweepThreads: Int {
        if let n = state.threads { return n }
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    func sweep(_ request: SweepRequest, at site: CommandSite, directory: String?) throws(GDError) {
        try requireData(at: site.location)
        let t = state.trainer
        var plan = SweepPlan(from: request.from, to: request.to, count: request.count, epochs: request.epochs,
                             runs: request.runs, threads: sweepThreads)
        let perStart = MemoryLimit.sum(1, MemoryLimit.product(2, request.runs))
        let total = perStart.flatMap { MemoryLimit.product(request.count, $0) }
        let need = total.flatMap { MemoryLimit.product($0, Interpreter.sweepRunBytes) }
        guard let total, environment.memory.allows(need) else {
            throw GDError(.outOfRange, .memory(.sweep(starts: request.count, runs: request.runs, runBytes: Interpreter.sweepRunBytes),
                                               environment.memory.refusalParts(need: need)),
                          at: site["COUNT"])
        }
        plan.threads = min(plan.threads, total)
        let span = request.to - request.from
        let located = (request.from - span / 10)...(request.to + span / 10)
        let basins = Basins(t.model, t.data, b: t.startParameters.b, in: located)
        guard let runs = Sweep.run(t, plan, basins: basins, shouldStop: environment.isCancelled) else {
            throw GDError(.interrupted, .sweepInterrupted, at: site.location)
        }
        let batch = max(1, min(t.batchSize, t.data.count))
        let result = SweepResult(request: request, runs: runs, basins: basins, batchSize: batch)
        if let file = request.file {
            try writeFile(sweepCSV(result), to: file, force: request.force, at: site["FILE"], directory: directory)
        }
        lastSweep = result
        out(sweepReport(result, plan: plan))
        if let file = request.file { out(.wroteRuns(runs.count, path: file)) }
    }

    /// The heading and the table, a row per variant.
    func sweepReport(_ r: SweepResult, plan: SweepPlan) -> String {
        let t = state.trainer, n = state.numbers
        var lines: [Message] = []
        lines.append(.line(.sweepHeading(starts: r.request.count, from: n.text(r.request.from), to: n.text(r.request.to),
                                         epochs: r.request.epochs, lr: n.text(t.learningRate), runs: r.request.runs)))
        let b = r.basins
        let range = "\(n.text(b.range.lowerBound))..\(n.text(b.range.upperBound))"
        if b.isConvex, let m = b.minima.first {
            let held = t.model.hasBias ? n.text(m.parameters.b) : nil
            lines.append(.line(.sweepConvex(model: t.model.rawValue, heldB: held, w: n.text(m.parameters.w), range: range)))
        } else if let g = b.minima.first(where: \.isGlobal) {
            lines.append(.line(.sweepMinima(b.minima.count, range: range, w: n.text(g.parameters.w), loss: n.text(g.loss))))
        } else {
            lines.append(.line(.sweepNoMinimum(range: range)))
        }
        let header = ([.variant, .runs, .global, .otherLocal, .leftRange, .diverged, .meanFinalLoss] as [TableHeader])
            .map { $0.text(state.language) }
        var rows: [[String]] = []
        for variant in SweepPlan.variants {
            let mine = r.runs.filter { $0.variant == variant }
            var global = 0, local = 0, outside = 0, diverged = 0
            for run in mine {
                switch run.basin {
                case .minimum: if b.isGlobal(run.basin) { global += 1 } else { local += 1 }
                case .outside: outside += 1
                case .diverged: diverged += 1
                }
            }
            let mean = mine.isEmpty ? Double.nan : mine.reduce(0) { $0 + $1.finalLoss } / Double(mine.count)
            let name = variant == .minibatch ? "minibatch (B=\(r.batchSize))" : variant.rawValue
            rows.append([name, String(mine.count), String(global), String(local), String(outside), String(diverged), n.text(mean)])
        }
        return lines.map { $0.text(state.language) }.joined(separator: "\n") + "\n" + TableLayout.render(header: header, rows: rows).dropLast()
    }

    /// A row per run: variant, start, run, final w, final loss, basin and its minimum's w.
    func sweepCSV(_ r: SweepResult) -> String {
        var text = "variant,start,run,w,loss,basin,minimum_w\n"
        for run in r.runs {
            let basin: String, minimum: String
            switch run.basin {
            case .minimum(let i):
                basin = r.basins.isGlobal(run.basin) ? "global" : "local"
                minimum = r.basins.minima.indices.contains(i) ? NumberFormat.repr(r.basins.minima[i].parameters.w) : ""
            case .outside: basin = "left range"; minimum = ""
            case .diverged: basin = "diverged"; minimum = ""
            }
            text += "\(run.variant.rawValue),\(NumberFormat.repr(run.start)),\(run.run),\(NumberFormat.repr(run.finalW)),"
                + "\(NumberFormat.repr(run.finalLoss)),\(basin),\(minimum)\n"
        }
        return text
    }

    /// Final weight against starting weight, a series per variant, with the global minimum dotted.
    func sweepPlot(at location: SourceLocation) throws(GDError) -> PlotDescription {
        guard let r = lastSweep else {
            throw GDError(.noData, .noSweepToPlot, at: location)
        }
        var series: [Series] = zip(SweepPlan.variants, ["o", "x", "+"] as [Character]).map { variant, marker in
            let mine = r.runs.filter { $0.variant == variant }
            let name = variant == .minibatch ? "minibatch (B=\(r.batchSize))" : variant.rawValue
            var s = Series(.plot(.sweepSeries(name, runs: mine.count)), .points, xs: mine.map(\.start), ys: mine.map(\.finalW))
            s.marker = marker
            return s
        }
        var notes: [Message] = []
        if let g = r.basins.minima.first(where: \.isGlobal) {
            let w = g.parameters.w
            series.append(Series(.plot(.sweepGlobal(w: state.numbers.text(w))), .curve { _ in w }, stroke: .dotted))
        }
        let left = r.runs.filter { $0.basin == .outside || $0.basin == .diverged }.count
        if left > 0 {
            notes.append(.plot(.sweepLeft(runs: left, low: state.numbers.text(r.basins.range.lowerBound),
                                          high: state.numbers.text(r.basins.range.upperBound))))
        }
        return PlotDescription(title: .plot(.sweepTitle(epochs: r.request.epochs)),
                               x: Axis(.plot(.startingW), range: r.request.from...r.request.to),
                               y: Axis(.plot(.finalW), range: r.basins.range),
                               series: series, notes: notes, language: state.language)
    }
}
