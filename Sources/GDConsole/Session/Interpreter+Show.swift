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
    /// At `digits full` a table wider than `tableWidth` columns has its widest number
    /// columns rounded, one digit at a time (to no fewer than `tableDigitsFloor`), until
    /// it fits, and says which: full-precision numbers side by side make a table the
    /// terminal wraps, while short numbers (the lecture's 0.5622656) stay as they are.
    /// `set digits N` is obeyed as set.
    ///
    /// - Parameter roundLast: columns rounded only once every other is at the floor: the
    ///   weights, which are what a student compares with the lecture's slides.
    func table(header columns: [TableHeader], count: Int, what: TableRows, saveHint: String?,
               roundLast: Set<TableHeader> = [], row: (Int) -> [TableCell]) {
        let header = columns.map { $0.text(state.language) }
        let (head, tail) = Interpreter.shownRows
        let elided = count > head + tail + 5
        let rows: [[TableCell]?] = elided
            ? (0..<head).map(row) + [nil] + ((count - tail)..<count).map(row)
            : (0..<count).map(row)
        let marker = ["…"] + Array(repeating: "", count: max(0, header.count - 1))
        var styles = Array(repeating: state.numbers, count: header.count)
        func cells(_ row: [TableCell]?) -> [String] {
            guard let row else { return marker }
            return row.enumerated().map { i, cell in
                switch cell {
                case .text(let text): return text
                case .number(let v): return (i < styles.count ? styles[i] : state.numbers).cell(v)
                }
            }
        }
        /// The text, each column's width, and the most significant digits it shows.
        func render() -> (text: String, widths: [Int], digits: [Int]) {
            let formatted = rows.map(cells)
            var widths = header.map(DisplayWidth.columns)
            var digits = Array(repeating: 0, count: header.count)
            for (r, line) in formatted.enumerated() {
                for (i, cell) in line.enumerated() where i < widths.count {
                    widths[i] = max(widths[i], DisplayWidth.columns(cell))
                    if case .number? = rows[r]?[i] { digits[i] = max(digits[i], Interpreter.significantDigits(cell)) }
                }
            }
            return (TableLayout.render(header: header, rows: formatted), widths, digits)
        }
        var (text, widths, digits) = render()
        var rounded = false
        if state.numbers.digits == nil {
            // Take a digit from the column showing the most (the widest of those), so
            // float noise goes first and short exact numbers stay whole.
            while widths.reduce(0, +) + 2 * max(0, widths.count - 1) > Interpreter.tableWidth {
                let roundable = digits.indices.filter { digits[$0] > Interpreter.tableDigitsFloor }
                let others = roundable.filter { !roundLast.contains(columns[$0]) }
                let candidates = others.isEmpty ? roundable : others
                guard let column = candidates.max(by: { (digits[$0], widths[$0], $0) < (digits[$1], widths[$1], $1) }) else { break }
                styles[column] = NumberStyle(digits: digits[column] - 1)
                rounded = true
                (text, widths, digits) = render()
            }
        }
        out(text, terminated: false)
        if elided {
            out(.moreRows(count - head - tail, what, saveHint: saveHint))
        }
        if rounded {
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
