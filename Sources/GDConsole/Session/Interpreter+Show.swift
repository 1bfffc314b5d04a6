import GDCore

extension Interpreter {
    /// Rows shown before a long table is elided (the rest is a `save` away).
    static let shownRows = (head: 20, tail: 10)

    func show(_ topic: ShowTopic) {
        let t = state.trainer
        switch topic {
        case .summary:
            out("w = \(Report.number(t.w))")
            out("loss = \(Report.number(t.loss))")
            out("\(plural(t.data.count, "point")) (\(state.dataLabel)), \(plural(t.steps, "step")), \(plural(t.epochs, "epoch"))")
        case .w:
            out("w = \(Report.number(t.w))")
        case .loss:
            out("loss = \(Report.number(t.loss))")
        case .data:
            let rows = (0..<t.data.count).map { i in [String(i), Report.number(t.data.xs[i]), Report.number(t.data.ys[i])] }
            table(header: ["i", "x", "y"], rows: rows, what: "points", saveHint: "save data FILE")
        case .history:
            showHistory(t.history, total: t.data.count)
        case .epochs:
            let rows = t.history.epochs.map { e in
                [String(e.epoch), e.variant.rawValue, String(e.batchSize), String(e.updates),
                 Report.number(e.wBefore), Report.number(e.wAfter), Report.number(e.loss)]
            }
            if rows.isEmpty { out("no epochs yet"); return }
            table(header: ["epoch", "variant", "batch", "updates", "w_before", "w_after", "loss"],
                  rows: rows, what: "epochs", saveHint: nil)
        case .settings:
            out("lr = \(Report.number(t.learningRate))")
            out("w = \(Report.number(t.w)) (start \(Report.number(t.startWeight)))")
            out("batch = \(t.batchSize)")
            out("shuffle = \(t.shuffles ? "on" : "off")")
            out("rng = \(t.random.kind.rawValue)")
            out("seed = \(t.random.seed)")
            out("on-diverge = \(t.divergencePolicy.rawValue)")
            out("history-limit = \(t.history.limit)")
            out("timer = \(state.timer ? "on" : "off")")
        case .wHistory:
            thinningNote(t.history)
            let values = [t.history.startWeight] + t.history.updates.map(\.wAfter)
            out("w_history = " + pythonList(values))
        case .mseHistory:
            thinningNote(t.history)
            out("mse_history = " + pythonList(t.history.updates.map(\.lossUsed)))
        }
    }

    func showHistory(_ history: History, total: Int) {
        guard !history.updates.isEmpty else {
            out("no updates yet")
            return
        }
        thinningNote(history)
        let data = state.trainer.data
        let rows = history.updates.map { r in
            [String(r.step), r.epoch.map(String.init) ?? "-", r.variant.rawValue,
             HistoryCSV.points(r, total: total),
             Report.number(r.wBefore), Report.number(r.wAfter), Report.number(r.gradient),
             Report.number(r.lossUsed), Report.number(data.loss(at: r.wAfter))]
        }
        table(header: HistoryCSV.header, rows: rows, what: "rows", saveHint: "save history FILE")
    }

    func thinningNote(_ history: History) {
        if history.isThinned {
            note("note: \(history.totalUpdates) updates; past the history limit of \(history.limit) only every \(history.stride)th is kept ('set history-limit N')")
        }
    }

    /// A table, elided in the middle when long.
    func table(header: [String], rows: [[String]], what: String, saveHint: String?) {
        let (head, tail) = Interpreter.shownRows
        if rows.count <= head + tail + 5 {
            out(TableLayout.render(header: header, rows: rows), terminated: false)
            return
        }
        let hidden = rows.count - head - tail
        let marker = ["…"] + Array(repeating: "", count: max(0, header.count - 1))
        let text = TableLayout.render(header: header, rows: Array(rows.prefix(head)) + [marker] + Array(rows.suffix(tail)))
        out(text, terminated: false)
        out("(\(hidden) more \(what) not shown\(saveHint.map { "; '\($0)' writes them all" } ?? ""))")
    }

    func pythonList(_ values: [Double]) -> String {
        "[" + values.map(Report.number).joined(separator: ", ") + "]"
    }

    func plural(_ n: Int, _ word: String) -> String {
        "\(n) \(word)\(n == 1 ? "" : "s")"
    }
}
