#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the learning rate changes during a run (`set schedule`): a plain value.
///
/// The rate is a pure function of the base rate α, the 1-based update number t and the
/// number of finished epochs e, both counted since the last reset, so `show schedule N`
/// can print it without training and a snapshot need not hold anything for it.
public enum Schedule: Sendable, Equatable {
    /// α every update (the default).
    case constant
    /// α·γ^⌊e/every⌋: PyTorch's `StepLR(step_size=every, gamma=γ)`.
    case step(every: Int, gamma: Double)
    /// α·γ^e: PyTorch's `ExponentialLR(gamma=γ)`.
    case exponential(gamma: Double)
    /// α / t^power: scikit-learn's `learning_rate="invscaling"` (`eta0 / pow(t, power_t)`).
    case invscaling(power: Double)

    /// The arguments a schedule takes, for messages.
    public enum Argument: String, CaseIterable, Sendable {
        case every, gamma, power

        /// every: a positive integer; γ: positive and finite; power: non-negative and finite.
        public var range: ValidRange {
            switch self {
            case .every: return .positiveInteger
            case .gamma: return .positive
            case .power: return .nonNegative
            }
        }
    }

    /// An argument outside its range.
    public typealias Violation = RangeViolation<Argument>

    /// What the rate changes with, so `show schedule N` knows whether to count updates or epochs.
    public enum Clock: Sendable, Equatable {
        /// Never changes.
        case none
        /// Changes with t, the update number.
        case update
        /// Changes with e, the epochs finished.
        case epoch
    }

    /// nil if `value` is valid for `argument`, else what is wrong; the console checks each
    /// argument before it builds the schedule (so `every` is known to convert to `Int`).
    public static func check(_ argument: Argument, _ value: Double) -> Violation? {
        argument.range.contains(value)
            ? nil : Violation(argument: argument, value: value, range: argument.range)
    }

    /// The first argument outside its range, or nil when the schedule is valid.
    public var violation: Violation? {
        switch self {
        case .constant: return nil
        case .step(let every, let gamma):
            return Schedule.check(.every, Double(every)) ?? Schedule.check(.gamma, gamma)
        case .exponential(let gamma): return Schedule.check(.gamma, gamma)
        case .invscaling(let power): return Schedule.check(.power, power)
        }
    }

    /// What the rate changes with.
    public var clock: Clock {
        switch self {
        case .constant: return .none
        case .step, .exponential: return .epoch
        case .invscaling: return .update
        }
    }

    /// The learning rate of update t (1-based) after e finished epochs, from base rate α.
    ///
    /// The closed forms, with `pow` from the C library as Python's `**` uses:
    /// - constant: α
    /// - step: α·γ^⌊e/every⌋ (PyTorch's `_get_closed_form_lr`; while training PyTorch multiplies
    ///   the previous rate by γ instead, which agrees to a few ulps)
    /// - exponential: α·γ^e (same remark)
    /// - invscaling: α / t^power, as scikit-learn's `_plain_sgd`.
    ///
    /// - Precondition: t ≥ 1, e ≥ 0, the schedule valid (`violation == nil`).
    /// - Complexity: O(1), at most one `pow`.
    @inlinable
    public func rate(base α: Double, update t: Int, epochs e: Int) -> Double {
        switch self {
        case .constant:
            return α
        case .step(let every, let gamma):
            return α * pow(gamma, Double(e / max(every, 1)))
        case .exponential(let gamma):
            return α * pow(gamma, Double(e))
        case .invscaling(let power):
            return α / pow(Double(t), power)
        }
    }
}
