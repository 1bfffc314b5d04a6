import GDCore

extension OptimizerKind {
    /// One line for `help set` and completion.
    var summary: String {
        switch self {
        case .sgd: return "θ ← θ − α·g (today's update)"
        case .momentum: return "v ← μ·v + g; θ ← θ − α·v"
        case .nesterov: return "v ← μ·v + g; θ ← θ − α·(g + μ·v)"
        case .adagrad: return "s ← s + g²; θ ← θ − α·g/(√s + ε)"
        case .rmsprop: return "s ← ρ·s + (1 − ρ)·g²; θ ← θ − α·g/(√s + ε)"
        case .adam: return "m ← β₁·m + (1 − β₁)·g; s ← β₂·s + (1 − β₂)·g²; θ ← θ − α·m̂/(√ŝ + ε)"
        }
    }
}

extension ValidRange {
    /// The range in words, for messages ("in [0, 1)").
    var phrase: String {
        switch self {
        case .unitInterval: return "in [0, 1)"
        case .positive: return "greater than 0 and finite"
        case .nonNegative: return "at least 0 and finite"
        case .positiveInteger: return "a whole number of at least 1"
        case .finite: return "finite"
        case .atLeast(let lower): return "at least \(lower)"
        }
    }
}

extension NumberStyle {
    /// A schedule as `set schedule` takes it.
    func scheduleText(_ s: Schedule) -> String {
        switch s {
        case .constant: return "constant"
        case .step(let every, let gamma): return "step \(every) \(text(gamma))"
        case .exponential(let gamma): return "exponential \(text(gamma))"
        case .invscaling(let power): return "invscaling \(text(power))"
        }
    }
}
