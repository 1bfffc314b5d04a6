#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One optimiser update written out, for `explain`: every intermediate value of
/// `Optimizer.step` (the moments, the bias corrections, √ŝ + ε, the direction), each
/// rounded as the step rounds it, and the parameter and state the step itself returned.
///
/// The new state and the new parameter are `Optimizer.step`'s own results, so what
/// `explain` prints last is what the trainer stored; the values in between are recomputed
/// here in the step's order of operations (they are not part of its result), and
/// `parameterFromParts` redoes the last operation from them so a test can confirm that the
/// parts printed lead to the parameter printed, bit for bit.
public struct OptimizerArithmetic: Sendable, Equatable {
    /// One parameter's update (w's, or b's).
    public struct Part: Sendable, Equatable {
        /// θ before, and ∂L/∂θ.
        public var before: Double
        public var gradient: Double
        /// The state the update started from and the one it left (t advanced).
        public var state: OptimizerState
        public var next: OptimizerState
        /// The update number t of this state (1-based): `state.t + 1`.
        public var t: Int { next.t }
        /// g·g (adagrad, rmsprop, adam).
        public var gradientSquared: Double
        /// 1 − β₁ and 1 − β₂ (adam), 1 − ρ (rmsprop) as rounded: the weights of the new term.
        public var keep1: Double
        public var keep2: Double
        /// Adam's 1 − β₁ᵗ and 1 − β₂ᵗ (exactly 1 once saturated, see `BiasCorrection`), m̂ and ŝ.
        public var correction1: Double
        public var correction2: Double
        public var mHat: Double
        public var sHat: Double
        /// √s (adagrad, rmsprop) or √ŝ (adam), and that plus ε.
        public var root: Double
        public var denominator: Double
        /// What α multiplies: g (sgd), v (momentum), g + μ·v (nesterov), g/(√s + ε)
        /// (adagrad, rmsprop), m̂/(√ŝ + ε) (adam).
        public var direction: Double
        /// μ·v with the new v (nesterov).
        public var lookahead: Double
        /// α·direction, the amount subtracted.
        public var change: Double
        /// θ after: `Optimizer.step`'s result.
        public var after: Double
        /// The rate the rule multiplied its direction by, as `show history`'s lr_eff.
        public var effectiveRate: Double
        /// θ − α·direction from the parts above; equal to `after` (a test checks).
        public var parameterFromParts: Double
    }

    public var optimizer: Optimizer
    /// The scheduled learning rate α of this update.
    public var rate: Double
    public var w: Part
    /// b's update, for models with b.
    public var b: Part?

    /// Works out the update of every parameter the model has.
    ///
    /// - Complexity: O(1).
    public init(_ optimizer: Optimizer, rate: Double, before: Parameters, gradient: Parameters,
                states: ParameterStates, hasBias: Bool) {
        self.optimizer = optimizer
        self.rate = rate
        w = Self.part(optimizer, rate, before.w, gradient.w, states.w)
        b = hasBias ? Self.part(optimizer, rate, before.b, gradient.b, states.b) : nil
    }

    /// The parameters after the update.
    public var after: Parameters { Parameters(w: w.after, b: b?.after ?? 0) }
    /// The states after the update.
    public func states(keeping old: ParameterStates) -> ParameterStates {
        ParameterStates(w: w.next, b: b?.next ?? old.b)
    }

    /// The intermediate values in `Optimizer.step`'s order; the result from the step itself.
    static func part(_ o: Optimizer, _ α: Double, _ θ: Double, _ g: Double, _ state: OptimizerState) -> Part {
        let update = o.step(gradient: g, parameter: θ, learningRate: α, state: state)
        let t = state.t + 1
        var p = Part(before: θ, gradient: g, state: state, next: update.state, gradientSquared: g * g,
                     keep1: 0, keep2: 0, correction1: 1, correction2: 1, mHat: 0, sHat: 0, root: 0,
                     denominator: 0, direction: g, lookahead: 0, change: 0, after: update.parameter,
                     effectiveRate: update.effectiveRate, parameterFromParts: 0)
        let next = update.state
        switch o.kind {
        case .sgd:
            p.direction = g
        case .momentum:
            p.direction = next.v
        case .nesterov:
            p.lookahead = o.momentum * next.v
            p.direction = g + p.lookahead
        case .adagrad, .rmsprop:
            if o.kind == .rmsprop { p.keep2 = 1 - o.rho }
            p.root = next.s.squareRoot()
            p.denominator = p.root + o.epsilon
            p.direction = g / p.denominator
        case .adam:
            p.keep1 = 1 - o.beta1
            p.keep2 = 1 - o.beta2
            let power = Double(t)
            p.correction1 = t >= o.beta1Saturation ? 1 : 1 - pow(o.beta1, power)
            p.correction2 = t >= o.beta2Saturation ? 1 : 1 - pow(o.beta2, power)
            p.mHat = t >= o.beta1Saturation ? next.m : next.m / p.correction1
            p.sHat = t >= o.beta2Saturation ? next.s : next.s / p.correction2
            p.root = p.sHat.squareRoot()
            p.denominator = p.root + o.epsilon
            p.direction = p.mHat / p.denominator
        }
        p.change = α * p.direction
        p.parameterFromParts = θ - p.change
        return p
    }
}
