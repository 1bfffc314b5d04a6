/// Where a parameter's start value comes from (`init …`): a plain value.
///
/// PyTorch's `torch.nn.init` formulas with gd's single weight, so fan-in = fan-out = 1 by
/// default (the caller may pass others): Xavier (Glorot) with gain 1, He (Kaiming) with
/// gain √2, and plain uniform and normal draws. Every draw comes from the session's seeded
/// `RandomStream`, so `init` after `set seed S` gives the same value on every machine
/// (normals by the polar method, see `RandomStream.polarNormal()`).
public enum Initializer: Sendable, Equatable {
    /// Uniform on an interval or normal, for the Xavier and He forms.
    public enum Distribution: String, CaseIterable, Sendable {
        case uniform, normal
    }

    /// Xavier (Glorot): U(−a, a) with a = √(6/(fan_in + fan_out)), or N(0, σ²) with
    /// σ = √(2/(fan_in + fan_out)).
    case xavier(Distribution)
    /// He (Kaiming): U(−a, a) with a = √(6/fan_in), or N(0, σ²) with σ = √(2/fan_in).
    case he(Distribution)
    /// U(low, high), low ≤ high.
    case uniform(low: Double, high: Double)
    /// N(mean, std²), std ≥ 0.
    case normal(mean: Double, std: Double)

    /// The arguments the explicit forms take, for messages.
    public enum Argument: String, CaseIterable, Sendable {
        case low, high, mean, std
    }

    /// An argument outside its range.
    public typealias Violation = RangeViolation<Argument>

    /// The first argument outside its range, or nil: finite bounds with low ≤ high and a
    /// finite width; a finite mean and a finite std ≥ 0 (PyTorch's `uniform_` and `normal_`
    /// refuse the same).
    public var violation: Violation? {
        switch self {
        case .xavier, .he:
            return nil
        case .uniform(let low, let high):
            if !ValidRange.finite.contains(low) {
                return Violation(argument: .low, value: low, range: .finite)
            }
            let range = ValidRange.atLeast(low)
            if !range.contains(high) { return Violation(argument: .high, value: high, range: range) }
            if !(high - low).isFinite {
                // Both finite but the width overflows: say which bound would make it fit.
                return Violation(argument: .high, value: high, range: .finite)
            }
            return nil
        case .normal(let mean, let std):
            if !ValidRange.finite.contains(mean) {
                return Violation(argument: .mean, value: mean, range: .finite)
            }
            if !ValidRange.nonNegative.contains(std) {
                return Violation(argument: .std, value: std, range: .nonNegative)
            }
            return nil
        }
    }

    /// Whether an affine model's intercept b is drawn too: the explicit forms draw it, the
    /// Xavier and He forms set it to 0 (PyTorch initialises biases apart from weights).
    public var drawsBias: Bool {
        switch self {
        case .xavier, .he: return false
        case .uniform, .normal: return true
        }
    }

    /// The distribution drawn from, as (uniform low, high) or (normal mean, std).
    ///
    /// - Precondition: fanIn ≥ 1, fanOut ≥ 1.
    public func distribution(fanIn: Int = 1, fanOut: Int = 1) -> Resolved {
        switch self {
        case .xavier(let kind):
            let fans = Double(fanIn + fanOut)
            return kind == .uniform
                ? .uniform(low: -(6 / fans).squareRoot(), high: (6 / fans).squareRoot())
                : .normal(mean: 0, std: (2 / fans).squareRoot())
        case .he(let kind):
            let fan = Double(fanIn)
            return kind == .uniform
                ? .uniform(low: -(6 / fan).squareRoot(), high: (6 / fan).squareRoot())
                : .normal(mean: 0, std: (2 / fan).squareRoot())
        case .uniform(let low, let high):
            return .uniform(low: low, high: high)
        case .normal(let mean, let std):
            return .normal(mean: mean, std: std)
        }
    }

    /// A distribution with its numbers worked out.
    public enum Resolved: Sendable, Equatable {
        case uniform(low: Double, high: Double)
        case normal(mean: Double, std: Double)

        /// One draw: low + (high − low)·u with u uniform in [0, 1) from `unit()` (numpy's
        /// `uniform` formula, and with `rng numpy` numpy's own stream, so numpy gives the same
        /// value); or mean + std·z with z from `polarNormal()`.
        public func draw(from random: inout RandomStream) -> Double {
            switch self {
            case .uniform(let low, let high):
                return low + (high - low) * random.unit()
            case .normal(let mean, let std):
                return mean + std * random.polarNormal()
            }
        }
    }

    /// One start value drawn from `random` (which advances).
    ///
    /// - Precondition: `violation == nil`, fanIn ≥ 1, fanOut ≥ 1.
    /// - Complexity: O(1) expected; a normal draw takes 4/π uniform pairs on average.
    public func draw(from random: inout RandomStream, fanIn: Int = 1, fanOut: Int = 1) -> Double {
        distribution(fanIn: fanIn, fanOut: fanOut).draw(from: &random)
    }
}
