/// An update rule with its hyper-parameters: a plain value the session keeps (`set optimizer`).
///
/// The optax shape: this value plus an `OptimizerState` per parameter is everything an
/// update needs, and `step` is a pure function of them, so the trainer can snapshot,
/// restore and compare optimisers like any other number. The hyper-parameters are kept
/// when the rule changes (`set momentum 0.5` then `set optimizer nesterov` uses 0.5), as
/// settings are; only ε follows the rule unless it was set explicitly.
///
/// Every stored value is valid: the initialiser and `set` check ranges and report a
/// `Violation` the console turns into a located message.
public struct Optimizer: Sendable, Equatable {
    /// The settings a rule can read (`set momentum`, `set beta1`, …).
    public enum HyperParameter: String, CaseIterable, Sendable {
        /// μ for momentum and nesterov, default 0.9.
        case momentum
        /// Adam's β₁ (first-moment decay), default 0.9.
        case beta1
        /// Adam's β₂ (second-moment decay), default 0.999.
        case beta2
        /// RMSprop's smoothing constant ρ (PyTorch's `alpha`), default 0.99.
        case rho
        /// ε added to √s, default per rule (`OptimizerKind.defaultEpsilon`).
        case eps

        /// The valid values: [0, 1) for the decays, (0, ∞) finite for ε.
        public var range: ValidRange {
            self == .eps ? .positive : .unitInterval
        }
    }

    /// A hyper-parameter outside its range.
    public typealias Violation = RangeViolation<HyperParameter>

    /// The rule.
    public var kind: OptimizerKind
    /// μ, in [0, 1).
    public private(set) var momentum: Double
    /// β₁, in [0, 1).
    public private(set) var beta1: Double
    /// β₂, in [0, 1).
    public private(set) var beta2: Double
    /// ρ, in [0, 1).
    public private(set) var rho: Double
    /// ε as set by the user, or nil for the rule's default.
    public private(set) var epsilonOverride: Double?
    /// The update number from which Adam's bias corrections are exactly 1 (derived from β₁, β₂).
    @usableFromInline private(set) var beta1Saturation: Int
    @usableFromInline private(set) var beta2Saturation: Int

    /// PyTorch's defaults: sgd, μ 0.9, β₁ 0.9, β₂ 0.999, ρ 0.99, ε per rule.
    public static let `default` = Optimizer(
        checkedKind: .sgd, momentum: 0.9, beta1: 0.9, beta2: 0.999, rho: 0.99, epsilon: nil)

    /// An optimiser with every hyper-parameter checked.
    ///
    /// - Throws: the first value (in `HyperParameter` order) outside its range.
    public init(
        kind: OptimizerKind = .sgd, momentum: Double = 0.9, beta1: Double = 0.9,
        beta2: Double = 0.999, rho: Double = 0.99, epsilon: Double? = nil
    ) throws(Violation) {
        self.init(checkedKind: kind, momentum: momentum, beta1: beta1, beta2: beta2, rho: rho,
                  epsilon: epsilon)
        for parameter in HyperParameter.allCases {
            let value: Double
            switch parameter {
            case .momentum: value = momentum
            case .beta1: value = beta1
            case .beta2: value = beta2
            case .rho: value = rho
            case .eps: guard let epsilon else { continue }; value = epsilon
            }
            if let violation = Optimizer.check(parameter, value) { throw violation }
        }
    }

    private init(
        checkedKind kind: OptimizerKind, momentum: Double, beta1: Double, beta2: Double,
        rho: Double, epsilon: Double?
    ) {
        self.kind = kind
        self.momentum = momentum
        self.beta1 = beta1
        self.beta2 = beta2
        self.rho = rho
        self.epsilonOverride = epsilon
        self.beta1Saturation = BiasCorrection.saturation(beta1)
        self.beta2Saturation = BiasCorrection.saturation(beta2)
    }

    /// ε as the rule uses it: the user's value, else PyTorch's default for the rule.
    public var epsilon: Double {
        epsilonOverride ?? kind.defaultEpsilon
    }

    /// The current value of a hyper-parameter (ε resolved to the rule's default if unset).
    public func value(of parameter: HyperParameter) -> Double {
        switch parameter {
        case .momentum: return momentum
        case .beta1: return beta1
        case .beta2: return beta2
        case .rho: return rho
        case .eps: return epsilon
        }
    }

    /// nil if `value` is valid for `parameter`, else what is wrong, for the console to
    /// report before it changes anything.
    public static func check(_ parameter: HyperParameter, _ value: Double) -> Violation? {
        parameter.range.contains(value)
            ? nil : Violation(argument: parameter, value: value, range: parameter.range)
    }

    /// Sets one hyper-parameter; on a violation nothing changes.
    ///
    /// - Throws: `Violation` when `value` is outside `parameter.range`.
    public mutating func set(_ parameter: HyperParameter, to value: Double) throws(Violation) {
        if let violation = Optimizer.check(parameter, value) { throw violation }
        switch parameter {
        case .momentum: momentum = value
        case .beta1:
            beta1 = value
            beta1Saturation = BiasCorrection.saturation(value)
        case .beta2:
            beta2 = value
            beta2Saturation = BiasCorrection.saturation(value)
        case .rho: rho = value
        case .eps: epsilonOverride = value
        }
    }

    /// Back to the rule's own ε (PyTorch's default for it).
    public mutating func clearEpsilon() {
        epsilonOverride = nil
    }

    /// Equal when the rules and every hyper-parameter are, bit for bit (the saturation
    /// points follow from β₁ and β₂).
    public static func == (a: Optimizer, b: Optimizer) -> Bool {
        a.kind == b.kind && a.momentum.bitPattern == b.momentum.bitPattern
            && a.beta1.bitPattern == b.beta1.bitPattern && a.beta2.bitPattern == b.beta2.bitPattern
            && a.rho.bitPattern == b.rho.bitPattern
            && a.epsilonOverride?.bitPattern == b.epsilonOverride?.bitPattern
    }
}
