import GDCore

extension Interpreter {
    /// Rows shown before a long table is elided (the rest is a `save` away).
    static let shownRows = (head: 20, tail: 10)

    /// Columns a table may take before its numbers are rounded to fit (at `digits full`).
    static let tableWidth = 80
    /// The fewest significant digits a table rounds to, however wide it is.
    static let tableDigitsFloor = 4

    /// - Throws: `noData` for `show loss` with no points (the mean of nothing is not a loss).
    func show(_ topic: ShowTopic, at location: SourceLocation) throws(GDError) {
        let t = state.trainer
        let number = state.numbers.text
        switch topic {
        case .summary:
            if t.drawnStart != nil && t.steps == 0 {
                out(startLine(start: false))
            } else {
                out(.weight(number(t.w)))
                if t.drawnStart != nil { out(startLine(start: true)) }
            }
            if t.model.hasBias { out(.bias(number(t.parameters.b))) }
            if t.data.isEmpty {
                // The mean of nothing is not a loss, and there is no best to be near.
                out(.noData)
            } else {
                out(.loss(number(t.loss)))
                if let distance = distanceToBest() { out(distance) }
            }
            out(.summaryCounts(points: t.data.count, label: state.dataLabel, steps: t.steps, epochs: t.epochs))
        case .w:
            out(.weight(number(t.w)))
        case .b:
            try requireBias(at: location)
            out(.bias(number(t.parameters.b)))
        case .loss:
            try requireData(at: location)
            out(.loss(number(t.loss)))
        case .data:
            table(header: [.index, .x, .y], count: t.data.count, what: .points, saveHint: "save data FILE") { i in
                [.text(String(i)), .number(t.data.xs[i]), .number(t.data.ys[i])]
            }
        case .history:
            showHistory(t.history, total: t.data.count)
        case .epochs:
            let epochs = t.history.epochs
            if epochs.isEmpty { out(.noEpochs); return }
            if t.history.isEpochTableThinned {
                note(.thinnedEpochs(epochs: t.history.totalEpochs, limit: t.history.limit, stride: t.history.epochStride))
            }
            table(header: TableHeader.epochs, count: epochs.count, what: .epochs, saveHint: nil) { i in
                let e = epochs[i]
                return [.text(String(e.epoch)), .text(e.variant.rawValue), .text(String(e.batchSize)),
                        .text(String(e.updates)), .number(e.wBefore), .number(e.wAfter), .number(e.loss)]
            }
        case .settings:
            for spec in SettingTable.all {
                if let value = spec.current(state) { out(.line(.setting(name: spec.name, value: value))) }
            }
        case .wHistory:
            thinningNote(t.history)
            let values = [t.history.startWeight] + t.history.updates.map(\.wAfter)
            out(.line(.referenceList(name: "w_history", values: pythonList(values))))
        case .mseHistory:
            thinningNote(t.history)
            out(.line(.referenceList(name: "mse_history", values: pythonList(t.history.updates.map(\.lossUsed)))))
        case .optimizer:
            showOptimizer()
        }
    }

    func showHistory(_ history: History, total: Int) {
        guard !history.updates.isEmpty else {
            out(.noUpdates)
            return
        }
        thinningNote(history)
        let trainer = state.trainer
        let updates = history.updates
        let rates = HistoryCSV.showsRates(history)
        table(header: HistoryCSV.header(trainer.model, rates: rates).map(TableHeader.init(column:)), count: updates.count, what: .rows,
              saveHint: "save history FILE", roundLast: [.wBefore, .wAfter, .bBefore, .bAfter]) { i in
            HistoryCSV.cells(updates[i], trainer: trainer, text: TableCell.text, number: TableCell.number, noEpoch: "-", rates: rates, language: state.language)
        }
    }

    func thinningNote(_ history: History) {
        if history.isThinned {
            note(.thinned(updates: history.totalUpdates, limit: history.limit, stride: history.stride))
        }
    }

    /// A table of `count` rows, elided in the middle when long; only the rows shown are
    /// formatted, so `show data` on ten million points costs thirty rows.
    ///
    /// At `digits full` a table wider than `tableWidth` columns has its number columns
    /// rounded to fit as `TableFit` decides (one digit count per quantity, never below
    /// `tableDigitsFloor` nor below what keeps different values different, spare room
    /// handed back), and says so. `set digits N` is obeyed as set.
    ///
    /// - Parameter roundLast: columns rounded only once every other is at its minimum:
    ///   the weights, which are what a student compares with the lecture's slides.
    func table(header columns: [TableHeader], count: Int, what: TableRows, saveHint: String?,
               roundLast: Set<TableHeader> = [], row: (Int) -> [TableCell]) {
        let header = columns.map { $0.text(state.language) }
        let (head, tail) = Interpreter.shownRows
        let elided = count > head + tail + 5
        let rows: [[TableCell]?] = elided
            ? (0..<head).map(row) + [nil] + ((count - tail)..<count).map(row)
            : (0..<count).map(row)
        let marker = ["…"] + Array(repeating: "", count: max(0, header.count - 1))
        var styles: [NumberStyle?] = Array(repeating: nil, count: header.count)
        if state.numbers.digits == nil {
            let keys = columns.map { h in columns.firstIndex { $0.sharedDigits == h.sharedDigits } ?? 0 }
            styles = TableFit(rows: rows, headerWidths: header.map(DisplayWidth.columns), sharedDigits: keys,
                              last: Set(columns.indices.filter { roundLast.contains(columns[$0]) }.map { keys[$0] }),
                              limit: Interpreter.tableWidth, floor: Interpreter.tableDigitsFloor).styles()
        }
        let formatted: [[String]] = rows.map { row in
            guard let row else { return marker }
            return row.enumerated().map { i, cell in
                switch cell {
                case .text(let text): return text
                case .number(let v): return ((i < styles.count ? styles[i] : nil) ?? state.numbers).cell(v)
                }
            }
        }
        out(TableLayout.render(header: header, rows: formatted), terminated: false)
        if elided {
            out(.moreRows(count - head - tail, what, saveHint: saveHint))
        }
        if styles.contains(where: { $0 != nil }) {
            out(.roundedToFit(columns: Interpreter.tableWidth))
        }
    }

    /// Significant digits in a number as `NumberFormat.repr` writes it (`0.00123` has 3,
    /// `1.5e-07` has 2, `0.0` has 1).
    static func significantDigits(_ text: String) -> Int {
        var mantissa = Substring(text.split(separator: "e", omittingEmptySubsequences: false).first ?? "")
        if mantissa.hasPrefix("-") { mantissa = mantissa.dropFirst() }
        let whole = mantissa.hasSuffix(".0")
        if whole { mantissa = mantissa.dropLast(2) }
        var digits = mantissa.filter { $0 != "." }.drop { $0 == "0" }
        if whole || !mantissa.contains(".") {
            while digits.last == "0" { digits.removeLast() }
        }
        return max(1, digits.count)
    }

    /// A cell of a `show` table: numbers are formatted by the table, so it can fit them.
    enum TableCell {
        case text(String)
        case number(Double)
    }

    func pythonList(_ values: [Double]) -> String {
        "[" + values.map(state.numbers.text).joined(separator: ", ") + "]"
    }

    func plural(_ n: Int, _ word: String) -> String {
        "\(n) \(word)\(n == 1 ? "" : "s")"
    }
}
