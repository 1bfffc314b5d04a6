import GDCore

/// The history as a table: the same columns for `show history` and `save history`.
enum HistoryCSV {
    static let header = ["step", "epoch", "variant", "points", "w_before", "w_after", "gradient", "loss_used", "loss"]

    /// `2`, `1 4`, `all 6`, `32 points`.
    static func points(_ r: UpdateRecord, total: Int) -> String {
        if r.variant == .batch && r.pointCount == total { return "all \(total)" }
        if r.points.count == r.pointCount { return r.points.map(String.init).joined(separator: " ") }
        return r.pointCount == 1 ? "1 point" : "\(r.pointCount) points"
    }

    /// CSV text, header first, one row per kept update.
    static func render(_ history: History, data: Dataset) -> String {
        var text = header.joined(separator: ",") + "\n"
        for r in history.updates {
            let cells = [String(r.step), r.epoch.map(String.init) ?? "", r.variant.rawValue,
                         points(r, total: data.count),
                         NumberFormat.repr(r.wBefore), NumberFormat.repr(r.wAfter), NumberFormat.repr(r.gradient),
                         NumberFormat.repr(r.lossUsed), NumberFormat.repr(data.loss(at: r.wAfter))]
            text += cells.joined(separator: ",") + "\n"
        }
        return text
    }
}
