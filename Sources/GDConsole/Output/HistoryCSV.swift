import GDCore

/// The history as a table: the same columns for `show history` and `save history`.
enum HistoryCSV {
    static let header = ["step", "epoch", "variant", "points", "w_before", "w_after", "gradient", "loss_used", "loss"]

    /// The columns for a model: b_before, b_after and gradient_b after the w columns when it has b.
    static func header(_ model: ModelKind, rates: Bool = false) -> [String] {
        let columns = model.hasBias ? Array(header[0..<7]) + ["b_before", "b_after", "gradient_b"] + Array(header[7...]) : header
        return columns + (rates ? (model.hasBias ? ["lr_eff", "lr_eff_b"] : ["lr_eff"]) : [])
    }

    /// Whether the table gains the effective-rate columns: when some kept update used an
    /// optimiser or schedule (a plain sgd row at the constant rate records none).
    static func showsRates(_ history: History) -> Bool {
        history.updates.contains { $0.effectiveRate != 0 || $0.effectiveRateB != 0 }
    }

    /// One row's cells: words made by `text`, numbers by `number` (CSV text for `save`,
    /// table cells that may be rounded to fit for `show`).
    static func cells<Cell>(
        _ r: UpdateRecord, trainer: Trainer, text: (String) -> Cell, number: (Double) -> Cell, noEpoch: String,
        rates: Bool = false, language: Language = .en
    ) -> [Cell] {
        var cells = [text(String(r.step)), text(r.epoch.map(String.init) ?? noEpoch), text(r.variant.rawValue),
                     text(Message.line(.pointsCell(points(r, total: trainer.data.count))).text(language)),
                     number(r.wBefore), number(r.wAfter), number(r.gradient)]
        if trainer.model.hasBias { cells += [number(r.bBefore), number(r.bAfter), number(r.gradientB)] }
        cells += [number(r.lossUsed), number(UpdateLoss(trainer).after(r))]
        guard rates else { return cells }
        // A plain update records no rate: the cell is left empty as an epoch-less row's is.
        let plain = r.effectiveRate == 0 && r.effectiveRateB == 0
        cells.append(plain ? text(noEpoch) : number(r.effectiveRate))
        if trainer.model.hasBias { cells.append(plain ? text(noEpoch) : number(r.effectiveRateB)) }
        return cells
    }

    /// `2`, `1 4`, `all 6`, `32 points` (`ReportLine.pointsCell` words them; a saved
    /// file is always English, like its column names).
    static func points(_ r: UpdateRecord, total: Int) -> PointsUsed {
        if r.variant == .batch && r.pointCount == total { return .all(total) }
        if r.points.count == r.pointCount { return .listed(r.points) }
        return .count(r.pointCount)
    }

    /// CSV text, header first, one row per kept update.
    static func render(_ trainer: Trainer) -> String {
        let rates = showsRates(trainer.history)
        var text = header(trainer.model, rates: rates).joined(separator: ",") + "\n"
        for r in trainer.history.updates {
            text += cells(r, trainer: trainer, text: { $0 }, number: NumberFormat.repr, noEpoch: "", rates: rates)
                .joined(separator: ",") + "\n"
        }
        return text
    }
}
