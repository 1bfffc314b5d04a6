/// The set of values a setting or argument accepts, so the console can say what would be valid.
///
/// Core names the set; the console words it ("momentum must be in [0, 1)") and points at
/// the token. Every set rejects NaN, and every set but `.finite`'s bounds is finite too.
public enum ValidRange: Sendable, Equatable {
    /// [0, 1): momentum, β₁, β₂, ρ (1 would never forget, so the average never settles).
    case unitInterval
    /// (0, ∞), finite: ε, γ.
    case positive
    /// [0, ∞), finite: a power, a standard deviation.
    case nonNegative
    /// 1, 2, 3, … up to 2⁵³ (every integer a double holds exactly): a period in epochs.
    case positiveInteger
    /// Any finite value: a mean, a bound.
    case finite
    /// [lower, ∞), finite: the upper bound of an interval given its lower bound.
    case atLeast(Double)

    /// Whether `value` is in the set.
    @inlinable
    public func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        switch self {
        case .unitInterval: return value >= 0 && value < 1
        case .positive: return value > 0
        case .nonNegative: return value >= 0
        case .positiveInteger:
            return value >= 1 && value <= 0x1p53 && value.rounded(.towardZero) == value
        case .finite: return true
        case .atLeast(let lower): return value >= lower
        }
    }
}

/// A value outside its valid set: which argument, what it was, what would be valid.
///
/// A typed result, never a message: the console renders it with the location of the
/// token that held `value`.
public struct RangeViolation<Argument: Sendable & Equatable>: Error, Sendable, Equatable {
    public var argument: Argument
    public var value: Double
    public var range: ValidRange

    @inlinable
    public init(argument: Argument, value: Double, range: ValidRange) {
        self.argument = argument
        self.value = value
        self.range = range
    }

    /// Equal when the arguments and ranges are and the values have the same bits (NaN included).
    public static func == (a: Self, b: Self) -> Bool {
        a.argument == b.argument && a.value.bitPattern == b.value.bitPattern && a.range == b.range
    }
}
