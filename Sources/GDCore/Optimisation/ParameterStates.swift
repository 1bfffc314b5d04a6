/// The optimiser's memory for each parameter of the model: w's and b's own `OptimizerState`.
///
/// Two fields rather than an array so a generic epoch carries them in registers and copying
/// a snapshot allocates nothing; b's state stays `.initial` for models without b.
public struct ParameterStates: Sendable, Equatable {
    public var w: OptimizerState
    public var b: OptimizerState

    public static let initial = ParameterStates(w: .initial, b: .initial)

    public init(w: OptimizerState, b: OptimizerState) {
        self.w = w
        self.b = b
    }

    /// In parameter order (w, then b), for display.
    public var all: [OptimizerState] { [w, b] }
}

extension Trainer {
    /// One optimiser update of every parameter the model has, at scheduled rate `rate`.
    ///
    /// The pure core (`Optimizer.step`) applied to w and, for models with b, to b, each
    /// with its own state. Returns the new parameters, the new states and the effective
    /// rates (w's, b's) the rule multiplied its direction by.
    @inline(__always)
    static func optimise(
        _ optimizer: Optimizer, _ p: Parameters, gradient g: Parameters, hasBias: Bool,
        rate: Double, states: ParameterStates
    ) -> (after: Parameters, states: ParameterStates, rateW: Double, rateB: Double) {
        let uw = optimizer.step(gradient: g.w, parameter: p.w, learningRate: rate, state: states.w)
        guard hasBias else {
            return (Parameters(w: uw.parameter, b: p.b), ParameterStates(w: uw.state, b: states.b), uw.effectiveRate, 0)
        }
        let ub = optimizer.step(gradient: g.b, parameter: p.b, learningRate: rate, state: states.b)
        return (Parameters(w: uw.parameter, b: ub.parameter), ParameterStates(w: uw.state, b: ub.state),
                uw.effectiveRate, ub.effectiveRate)
    }

    /// Whether updates are today's plain θ − α·g at a constant α, so the line model's
    /// hand-tuned loops (and the generic ones' plain arithmetic) apply unchanged.
    public var usesPlainRule: Bool { optimizer.kind == .sgd && schedule == .constant }

    /// Another rule or hyper-parameters (the weights stay). `clearing` starts the optimiser's
    /// memory over (`set optimizer`); a hyper-parameter alone keeps it, as PyTorch keeps the
    /// state when a param group's settings change.
    public mutating func setOptimizer(_ value: Optimizer, clearing: Bool) {
        if clearing || value.kind != optimizer.kind { optimizerState = .initial }
        optimizer = value
    }
}
