import GDCore

/// The history as a table: the same columns for `show history` and `save history`.
enum HistoryCSV {
    static let header = ["step", "epoch", "variant", "points", "w_before", "w_after", "gradient", "loss_used", "loss"]

    /// The columns for a model: b_before, b_after and gradient_b after the w columns when it has b.
    static func header(_ model: ModelKind) -> [String] {
        guard model.hasBias else { return header }
        return Array(header[0..<7]) + ["b_before", "b_after", "gradient_b"] + Array(header[7...])
    }

    /// One row's cells: words made by `text`, numbers by `number` (CSV text for `save`,
    /// table cells that may be rounded to fit for `show`).
    static func cells<Cell>(
        _ r: UpdateRecord, trainer: Trainer, text: (String) -> Cell, number: (Double) -> Cell, noEpoch: String
    ) -> [Cell] {
        var cells = [text(String(r.step)), text(r.epoch.map(String.init) ?? noEpoch), text(r.variant.rawValue),
                     text(points(r, total: trainer.data.count)),
                     number(r.wBefore), number(r.wAfter), number(r.gradient)]
        if trainer.model.hasBias { cells += [number(r.bBefore), number(r.bAfter), number(r.gradientB)] }
        return cells + [number(r.lossUsed), number(trainer.loss(at: r.after))]
    }

    /// `2`, `1 4`, `all 6`, `32 points`.
    static func points(_ r: UpdateRecord, total: Int) -> String {
        if r.variant == .batch && r.pointCount == total { return "all \(total)" }
        if r.points.count == r.pointCount { return r.points.map(String.init).joined(separator: " ") }
        return r.pointCount == 1 ? "1 point" : "\(r.pointCount) points"
    }

    /// CSV text, header first, one row per kept update.
    static func render(_ trainer: Trainer) -> String {
        var text = header(trainer.model).joined(separator: ",") + "\n"
        for r in trainer.history.updates {
            text += cells(r, trainer: trainer, text: { $0 }, number: NumberFormat.repr, noEpoch: "").joined(separator: ",") + "\n"
        }
        return text
    }
}
