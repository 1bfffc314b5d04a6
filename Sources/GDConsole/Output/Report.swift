import GDCore

/// Turns the core's typed results into the lines gd prints.
///
/// Fixed forms that scripts and transcripts rely on live here and nowhere else. Numbers
/// are shown in the session's `NumberStyle` (`set digits`; full round-trip text by default).
enum Report {
    /// `2nd`, `4th`, `21st`, `112th`: English ordinals (the thinning note's stride).
    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    /// `{2}`, `{1, 4}`, `(all 6)`, `(32 points)`.
    static func points(variant: Variant, list: [Int], count: Int, total: Int) -> String {
        if variant == .batch && count == total { return "(all \(count))" }
        if list.isEmpty || list.count != count { return count == 1 ? "(1 point)" : "(\(count) points)" }
        return "{" + list.map(String.init).joined(separator: ", ") + "}"
    }

    /// `step 1: sgd {2}: w 0.2 → 0.272, loss 4.678653333333333`
    /// (affine: `…: w 0.2 → 0.27, b 0 → 0.1, loss …`)
    static func step(_ r: UpdateRecord, loss: Double, total: Int, bias: Bool = false, _ style: NumberStyle) -> String {
        let number = style.text
        return "step \(r.step): \(r.variant.rawValue) \(points(variant: r.variant, list: r.points, count: r.pointCount, total: total)): "
            + "w \(number(r.wBefore)) → \(number(r.wAfter))"
            + (bias ? ", b \(number(r.bBefore)) → \(number(r.bAfter))" : "") + ", loss \(number(loss))"
    }

    /// `w = 0.2`, or `w = 0.2, b = 0` for a model with b.
    static func weights(_ p: Parameters, model: ModelKind, _ style: NumberStyle) -> String {
        let number = style.text
        return "w = \(number(p.w))" + (model.hasBias ? ", b = \(number(p.b))" : "")
    }

    /// `epoch 1: sgd, 6 updates: w 0.2 → 0.51, loss 1.9`
    static func epoch(_ e: EpochRecord, bias: Bool = false, _ style: NumberStyle) -> String {
        let number = style.text
        let kind = e.variant == .minibatch ? "minibatch \(e.batchSize)" : e.variant.rawValue
        let updates = e.updates == 1 ? "1 update" : "\(e.updates) updates"
        return "epoch \(e.epoch): \(kind), \(updates): w \(number(e.wBefore)) → \(number(e.wAfter))"
            + (bias ? ", b \(number(e.bBefore)) → \(number(e.bAfter))" : "") + ", loss \(number(e.loss))"
    }

    /// The message of a divergence, with what to try instead.
    /// - Parameter w: the session's weight after the stop (the last finite one, or the
    ///   one from before the command when it was rolled back).
    static func divergence(_ d: Divergence, total: Int, w: Double, b: Double? = nil, _ style: NumberStyle) -> String {
        let number = style.text
        let used = points(variant: d.variant, list: d.points, count: d.pointCount, total: total)
        let now = "w = \(number(w))" + (b.map { ", b = \(number($0))" } ?? "")
        let kept = d.rolledBack ? "the command was undone; \(now)"
            : (b == nil ? "w stays \(number(w)), its last finite value" : "\(now) stay, the last finite values")
        let finite = d.wAfter.isFinite && d.gradient.isFinite && (b == nil || (d.bAfter.isFinite && d.gradientB.isFinite))
        let overflow = finite ? ", where the loss overflows" : ""
        let would = b == nil
            ? "w would be \(number(d.wAfter))\(overflow) (gradient \(number(d.gradient)))"
            : "w, b would be \(number(d.wAfter)), \(number(d.bAfter))\(overflow) (gradient \(number(d.gradient)), \(number(d.gradientB)))"
        return "diverged at step \(d.step) (\(d.variant.rawValue) \(used), lr \(number(d.learningRate))): "
            + "\(would); \(kept); try a smaller lr"
    }

    /// A run stopped by Ctrl-C.
    static func interrupted(updates: Int, w: Double, _ style: NumberStyle) -> String {
        "interrupted after \(updates) update\(updates == 1 ? "" : "s"); w = \(style.text(w))"
    }
}
