import GDCore

/// Turns the core's typed results into the messages gd prints.
///
/// The messages are values (`Message`); their fixed forms, which scripts and transcripts
/// rely on, are written in `Message+English.swift` and `Message+Korean.swift`. Numbers are
/// formatted here in the session's `NumberStyle` (`set digits`; full round-trip text by
/// default), so they are the same in every language.
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
    static func points(variant: Variant, list: [Int], count: Int, total: Int) -> PointsUsed {
        if variant == .batch && count == total { return .all(count) }
        if list.isEmpty || list.count != count { return .count(count) }
        return .listed(list)
    }

    /// `step 1: sgd {2}: w 0.2 → 0.272, loss 4.678653333333333`
    /// (affine: `…: w 0.2 → 0.27, b 0 → 0.1, loss …`)
    static func step(_ r: UpdateRecord, loss: Double, total: Int, bias: Bool = false, _ style: NumberStyle) -> Message {
        let number = style.text
        return .step(StepReport(step: r.step, variant: r.variant.rawValue,
                                points: points(variant: r.variant, list: r.points, count: r.pointCount, total: total),
                                wBefore: number(r.wBefore), wAfter: number(r.wAfter),
                                b: bias ? Change(before: number(r.bBefore), after: number(r.bAfter)) : nil, loss: number(loss)))
    }

    /// `w = 0.2`, or `w = 0.2, b = 0` for a model with b.
    static func weights(_ p: Parameters, model: ModelKind, _ style: NumberStyle) -> Message {
        .weights(style.text(p.w), b: model.hasBias ? style.text(p.b) : nil)
    }

    /// `epoch 1: sgd, 6 updates: w 0.2 → 0.51, loss 1.9`
    static func epoch(_ e: EpochRecord, bias: Bool = false, _ style: NumberStyle) -> Message {
        let number = style.text
        return .epoch(EpochReport(epoch: e.epoch, variant: e.variant.rawValue,
                                  batch: e.variant == .minibatch ? e.batchSize : nil, updates: e.updates,
                                  wBefore: number(e.wBefore), wAfter: number(e.wAfter),
                                  b: bias ? Change(before: number(e.bBefore), after: number(e.bAfter)) : nil, loss: number(e.loss)))
    }

    /// The message of a divergence, with what to try instead.
    /// - Parameter w: the session's weight after the stop (the last finite one, or the
    ///   one from before the command when it was rolled back).
    static func divergence(_ d: Divergence, total: Int, w: Double, b: Double? = nil, _ style: NumberStyle) -> Message {
        let number = style.text
        let finite = d.wAfter.isFinite && d.gradient.isFinite && (b == nil || (d.bAfter.isFinite && d.gradientB.isFinite))
        return .diverged(DivergenceReport(
            step: d.step, variant: d.variant.rawValue,
            points: points(variant: d.variant, list: d.points, count: d.pointCount, total: total),
            learningRate: number(d.learningRate), wAfter: number(d.wAfter), gradient: number(d.gradient),
            b: b.map { BiasDivergence(after: number(d.bAfter), gradient: number(d.gradientB), now: number($0)) },
            lossOverflows: finite, rolledBack: d.rolledBack, w: number(w)))
    }

    /// A run stopped by Ctrl-C.
    static func interrupted(updates: Int, w: Double, _ style: NumberStyle) -> Message {
        .interruptedRun(updates: updates, w: style.text(w))
    }
}
