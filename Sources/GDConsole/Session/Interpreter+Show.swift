import GDCore

extension Interpreter {
    /// Rows shown before a long table is elided (the rest is a `save` away).
    static let shownRows = (head: 20, tail: 10)

    func show(_ topic: ShowTopic, at location: SourceLocation) throws(GDError) {
        let t = state.trainer
        switch topic {
        case .summary:
            out("w = \(Report.number(t.w))")
            if t.model.hasBias { out("b = \(Report.number(t.parameters.b))") }
            out("loss = \(Report.number(t.loss))")
            out("\(plural(t.data.count, "point")) (\(state.dataLabel)), \(plural(t.steps, "step")), \(plural(t.epochs, "epoch"))")
        case .w:
            out("w = \(Report.number(t.w))")
        case .b:
            try requireBias(at: location)
            out("b = \(Report.number(t.parameters.b))")
        case .loss:
            out("loss = \(Report.number(t.loss))")
        case .data:
            table(header: ["i", "x", "y"], count: t.data.count, what: "points", saveHint: "save data FILE") { i in
                [String(i), Report.number(t.data.xs[i]), Report.number(t.data.ys[i])]
            }
        case .history:
            showHistory(t.history, total: t.data.count)
        case .epochs:
            let epochs = t.history.epochs
            if epochs.isEmpty { out("no epochs yet"); return }
            if t.history.isEpochTableThinned {
                note("note: \(t.history.totalEpochs) epochs; past the history limit of \(t.history.limit) only every \(Report.ordinal(t.history.epochStride)) is kept ('set history-limit N')")
            }
            table(header: ["epoch", "variant", "batch", "updates", "w_before", "w_after", "loss"],
                  count: epochs.count, what: "epochs", saveHint: nil) { i in
                let e = epochs[i]
                return [String(e.epoch), e.variant.rawValue, String(e.batchSize), String(e.updates),
                        Report.number(e.wBefore), Report.number(e.wAfter), Report.number(e.loss)]
            }
        case .settings:
            for spec in SettingTable.all {
                if let value = spec.current(state) { out("\(spec.name) = \(value)") }
            }
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
        let trainer = state.trainer
        let updates = history.updates
        table(header: HistoryCSV.header(trainer.model), count: updates.count, what: "rows", saveHint: "save history FILE") { i in
            HistoryCSV.cells(updates[i], trainer: trainer, number: Report.number, noEpoch: "-")
        }
    }

    func thinningNote(_ history: History) {
        if history.isThinned {
            note("note: \(history.totalUpdates) updates; past the history limit of \(history.limit) only every \(Report.ordinal(history.stride)) is kept ('set history-limit N')")
        }
    }

    /// A table of `count` rows, elided in the middle when long; only the rows shown are
    /// formatted, so `show data` on ten million points costs thirty rows.
    func table(header: [String], count: Int, what: String, saveHint: String?, row: (Int) -> [String]) {
        let (head, tail) = Interpreter.shownRows
        if count <= head + tail + 5 {
            out(TableLayout.render(header: header, rows: (0..<count).map(row)), terminated: false)
            return
        }
        let hidden = count - head - tail
        let marker = ["…"] + Array(repeating: "", count: max(0, header.count - 1))
        let rows = (0..<head).map(row) + [marker] + ((count - tail)..<count).map(row)
        let text = TableLayout.render(header: header, rows: rows)
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
