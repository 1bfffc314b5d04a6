#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDCore

/// `explain`'s text: one update written out as the lecture writes it.
///
/// The form is the lecture's: the formula; the same line with the numbers substituted
/// (each point's x, ŷ and residual, the 1/n, the −2 and α); the gradient; the new weight.
/// Every number printed is a value the arithmetic actually produced (`UpdateArithmetic`,
/// `OptimizerArithmetic`), so a reader can redo the sums on paper and land on gd's weight.
/// The words go through `ExplainMessage`, so the lines read in the session's language; the
/// formulas with their numbers are the same in every language.
enum Explanation {
    /// Where the update's α came from, when a schedule (not `constant`) made it.
    struct RateOrigin {
        var schedule: Schedule
        /// The base rate (`set lr`).
        var base: Double
        /// The update's 1-based number t and the epochs e finished before it.
        var update: Int
        var epochs: Int
    }

    /// An older update whose optimiser state is gone: its rule and its history row.
    struct StateNotKept {
        /// nil when not even the rule is known any more (the command's timeline entry is gone).
        var rule: OptimizerKind?
        var record: UpdateRecord
        /// Commands the timeline keeps (`Timeline.entryLimit`).
        var commands: Int
    }

    /// The lines for `a`, under a heading line.
    ///
    /// With an optimiser other than sgd (`a.rule`), its state arithmetic (moments, bias
    /// correction, √ŝ + ε, the step, the effective rate) replaces the plain new-weight
    /// line, one block per parameter; with a schedule, one line first works out α.
    static func lines(_ a: UpdateArithmetic, heading: String, _ style: NumberStyle, _ language: Language,
                      rate origin: RateOrigin? = nil, notKept: StateNotKept? = nil) -> [String] {
        let t = { (v: Double) in style.text(v) }
        // A negative number inside a product is bracketed, as on paper.
        let f = { (v: Double) in v < 0 || (v == 0 && v.sign == .minus) ? "(\(style.text(v)))" : style.text(v) }
        let say = { (m: ExplainMessage) in Message.explain(m).text(language) }
        var out = [heading]
        let n = a.count
        switch a.model {
        case .line: out.append("  ∂L/∂w = (1/n)·(−2)·Σ(yᵢ − ŷᵢ)·xᵢ,  ŷᵢ = w·xᵢ")
        case .affine:
            out.append("  ∂L/∂w = (1/n)·(−2)·Σ(yᵢ − ŷᵢ)·xᵢ,  ∂L/∂b = (1/n)·(−2)·Σ(yᵢ − ŷᵢ),  ŷᵢ = w·xᵢ + b")
        case .sine: out.append("  ∂L/∂w = (1/n)·(−2)·Σ(yᵢ − ŷᵢ)·cos(w·xᵢ)·xᵢ,  ŷᵢ = sin(w·xᵢ)")
        }
        /// Two lines: the prediction, then the residual and the term it adds.
        func pointLine(_ p: UpdateArithmetic.Term) -> String {
            let yhat: String
            switch a.model {
            case .line: yhat = "ŷ = \(f(a.before.w))·\(f(p.x)) = \(t(p.prediction))"
            case .affine: yhat = "ŷ = \(f(a.before.w))·\(f(p.x)) + \(f(a.before.b)) = \(t(p.prediction))"
            case .sine: yhat = "ŷ = sin(\(f(a.before.w))·\(f(p.x))) = \(t(p.prediction))"
            }
            let residual = "y − ŷ = \(t(p.y)) − \(f(p.prediction)) = \(t(p.residual))"
            let term = a.model == .sine
                ? "(y − ŷ)·cos(w·x)·x = \(f(p.residual))·\(f(p.slope))·\(f(p.x)) = \(t(p.termW))"
                : "(y − ŷ)·x = \(f(p.residual))·\(f(p.x)) = \(t(p.termW))"
            return say(.point(p.index, rest: "x = \(t(p.x)), \(yhat)\n      \(residual), \(term)"))
        }
        for p in a.head { out.append(pointLine(p)) }
        if a.elided > 0 { out.append(say(.morePoints(a.elided))) }
        for p in a.tail { out.append(pointLine(p)) }

        func substituted(_ terms: (UpdateArithmetic.Term) -> Double) -> String {
            var parts = a.head.map { f(terms($0)) }
            if a.elided > 0 { parts.append(say(.moreTerms(a.elided))) }
            parts += a.tail.map { f(terms($0)) }
            return parts.joined(separator: " + ")
        }
        // One point: the sum is the term itself, so the bracketed line would say it twice.
        func gradientLines(_ name: String, _ terms: (UpdateArithmetic.Term) -> Double, sum: Double, gradient: Double) {
            let summed = "(1/\(n))·(−2)·\(f(sum)) = (−2)·\(f(sum / Double(n))) = \(t(gradient))"
            if n == 1 {
                out.append("  \(name) = \(summed)")
            } else {
                out.append("  \(name) = (1/\(n))·(−2)·(\(substituted(terms)))")
                out.append("        = \(summed)")
            }
        }
        gradientLines("∂L/∂w", \.termW, sum: a.sumW, gradient: a.gradient.w)
        if a.model.hasBias {
            gradientLines("∂L/∂b", \.residual, sum: a.sumB, gradient: a.gradient.b)
        }
        if n >= 8 { out.append(say(.pairwiseOrder)) }
        if let origin { out.append(scheduleLine(origin, a.learningRate, style, language)) }
        if let notKept {
            let r = notKept.record
            var rates = "lr_eff = \(t(r.effectiveRate))"
            var after = "w = \(t(r.wAfter))"
            if a.model.hasBias {
                rates += ", lr_eff_b = \(t(r.effectiveRateB))"
                after += ", b = \(t(r.bAfter))"
            }
            out.append(say(.stateNotKept(step: r.step, rule: notKept.rule?.rawValue, rates: rates, after: after,
                                         commands: notKept.commands)))
            return out
        }
        guard let rule = a.rule else {
            out.append("  w* = w − α·∂L/∂w = \(t(a.before.w)) − \(f(a.learningRate))·\(f(a.gradient.w)) = \(t(a.after.w))")
            if a.model.hasBias {
                out.append("  b* = b − α·∂L/∂b = \(t(a.before.b)) − \(f(a.learningRate))·\(f(a.gradient.b)) = \(t(a.after.b))")
            }
            return out
        }
        out += ruleLines(rule, parameter: "w", rule.w, style, language)
        if let b = rule.b { out += ruleLines(rule, parameter: "b", b, style, language) }
        return out
    }

    /// `α = α₀·γ^⌊e/k⌋ = …`: the scheduled rate worked out, with the numbers `Schedule.rate` used.
    static func scheduleLine(_ o: RateOrigin, _ rate: Double, _ style: NumberStyle, _ language: Language) -> String {
        let t = { (v: Double) in style.text(v) }
        let formula: String
        let clock: ExplainMessage.ScheduleClock
        switch o.schedule {
        case .constant:
            formula = "α = \(t(rate))"
            clock = .update(o.update)
        case .step(let every, let gamma):
            let k = o.epochs / max(every, 1)
            formula = "α = α₀·γ^⌊e/k⌋ = \(t(o.base))·\(t(gamma))^⌊\(o.epochs)/\(every)⌋"
                + " = \(t(o.base))·\(t(pow(gamma, Double(k)))) = \(t(rate))"
            clock = .epochs(o.epochs)
        case .exponential(let gamma):
            formula = "α = α₀·γᵉ = \(t(o.base))·\(t(gamma))\(superscript(o.epochs))"
                + " = \(t(o.base))·\(t(pow(gamma, Double(o.epochs)))) = \(t(rate))"
            clock = .epochs(o.epochs)
        case .invscaling(let power):
            formula = "α = α₀/t^p = \(t(o.base))/\(o.update)^\(t(power))"
                + " = \(t(o.base))/\(t(pow(Double(o.update), power))) = \(t(rate))"
            clock = .update(o.update)
        }
        return Message.explain(.scheduled(formula: formula, clock: clock)).text(language)
    }

    /// One parameter's optimiser block: the state's update, the step, the effective rate.
    static func ruleLines(_ r: OptimizerArithmetic, parameter θ: String, _ p: OptimizerArithmetic.Part,
                          _ style: NumberStyle, _ language: Language) -> [String] {
        let t = { (v: Double) in style.text(v) }
        let f = { (v: Double) in v < 0 || (v == 0 && v.sign == .minus) ? "(\(style.text(v)))" : style.text(v) }
        let o = r.optimizer
        let α = f(r.rate)
        let g = f(p.gradient)
        let settings: String
        switch o.kind {
        case .sgd: settings = ""
        case .momentum, .nesterov: settings = "μ = \(t(o.momentum))"
        case .adagrad: settings = "ε = \(t(o.epsilon))"
        case .rmsprop: settings = "ρ = \(t(o.rho)), ε = \(t(o.epsilon))"
        case .adam: settings = "β₁ = \(t(o.beta1)), β₂ = \(t(o.beta2)), ε = \(t(o.epsilon))"
        }
        var out = [Message.explain(.ruleHeading(rule: o.kind.rawValue, parameter: θ, t: p.t, settings: settings)).text(language)]
        let newValue = "    \(θ)* = \(θ) − α·"
        let start = "\(t(p.before)) − \(α)·"
        switch o.kind {
        case .sgd:
            out.append("\(newValue)g = \(start)\(g) = \(t(p.after))")
        case .momentum, .nesterov:
            if p.t == 1 {
                out.append(Message.explain(.velocityStarts(line: "    v ← g = \(t(p.next.v))")).text(language))
            } else {
                out.append("    v ← μ·v + g = \(f(o.momentum))·\(f(p.state.v)) + \(g) = \(t(p.next.v))")
            }
            if o.kind == .momentum {
                out.append("\(newValue)v = \(start)\(f(p.next.v)) = \(t(p.after))")
            } else {
                out.append("\(newValue)(g + μ·v) = \(start)(\(g) + \(f(o.momentum))·\(f(p.next.v)))"
                    + " = \(start)(\(g) + \(f(p.lookahead))) = \(start)\(f(p.direction)) = \(t(p.after))")
            }
        case .adagrad, .rmsprop:
            if o.kind == .adagrad {
                out.append("    s ← s + g² = \(f(p.state.s)) + \(g)² = \(t(p.next.s))")
            } else {
                out.append("    s ← ρ·s + (1 − ρ)·g² = \(f(o.rho))·\(f(p.state.s)) + \(f(p.keep2))·\(g)² = \(t(p.next.s))")
            }
            out.append("    √s + ε = √\(f(p.next.s)) + \(f(o.epsilon)) = \(f(p.root)) + \(f(o.epsilon)) = \(t(p.denominator))")
            out.append("\(newValue)g/(√s + ε) = \(start)(\(g)/\(f(p.denominator))) = \(start)\(f(p.direction)) = \(t(p.after))")
            out.append(Message.explain(.effectiveRate(
                line: "    lr_eff = α/(√s + ε) = \(α)/\(f(p.denominator)) = \(t(p.effectiveRate))")).text(language))
        case .adam:
            let power = superscript(p.t)
            out.append("    m ← β₁·m + (1 − β₁)·g = \(f(o.beta1))·\(f(p.state.m)) + \(f(p.keep1))·\(g) = \(t(p.next.m))")
            out.append("    s ← β₂·s + (1 − β₂)·g² = \(f(o.beta2))·\(f(p.state.s)) + \(f(p.keep2))·\(g)² = \(t(p.next.s))")
            out.append("    m̂ = m/(1 − β₁ᵗ) = \(f(p.next.m))/(1 − \(t(o.beta1))\(power)) = \(f(p.next.m))/\(f(p.correction1)) = \(t(p.mHat))")
            out.append("    ŝ = s/(1 − β₂ᵗ) = \(f(p.next.s))/(1 − \(t(o.beta2))\(power)) = \(f(p.next.s))/\(f(p.correction2)) = \(t(p.sHat))")
            out.append("    √ŝ + ε = √\(f(p.sHat)) + \(f(o.epsilon)) = \(f(p.root)) + \(f(o.epsilon)) = \(t(p.denominator))")
            out.append("\(newValue)m̂/(√ŝ + ε) = \(start)(\(f(p.mHat))/\(f(p.denominator))) = \(start)\(f(p.direction)) = \(t(p.after))")
            out.append(Message.explain(.effectiveRate(
                line: "    lr_eff = α/(√ŝ + ε) = \(α)/\(f(p.denominator)) = \(t(p.effectiveRate))")).text(language))
        }
        return out
    }

    /// `12` as `¹²`, for the power t in β₁ᵗ.
    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(n).map { c in c.wholeNumberValue.map { digits[$0] } ?? (c == "-" ? "⁻" : c) })
    }
}
