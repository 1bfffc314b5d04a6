#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Optimizer {
    /// One parameter's update: where it moves, what the rule remembers, the rate it used.
    public struct Update: Sendable, Equatable {
        /// θ after the update.
        public var parameter: Double
        /// The state to pass to the next update (t advanced by one).
        public var state: OptimizerState
        /// The factor the rule multiplied its direction by, for `show history`: α for sgd,
        /// momentum and nesterov (direction g, v, g + μ·v); α/(√s + ε) for adagrad and
        /// rmsprop (direction g); α/(√ŝ + ε) for adam (direction m̂).
        public var effectiveRate: Double

        @inlinable
        public init(parameter: Double, state: OptimizerState, effectiveRate: Double) {
            self.parameter = parameter
            self.state = state
            self.effectiveRate = effectiveRate
        }

        public static func == (a: Update, b: Update) -> Bool {
            a.parameter.bitPattern == b.parameter.bitPattern && a.state == b.state
                && a.effectiveRate.bitPattern == b.effectiveRate.bitPattern
        }
    }

    /// One update of one parameter θ with gradient g and learning rate α (already scheduled).
    ///
    /// A pure function: apply it to each parameter with that parameter's own state. t is the
    /// 1-based number of this update since the state was cleared (`state.t + 1`). The rules,
    /// PyTorch's with weight decay 0, dampening 0, no amsgrad, not centred, are evaluated in
    /// exactly this order (each operation rounded on its own; Swift fuses no multiply-add), which
    /// Tests/numpy/optimizers.py repeats, so the two agree bit for bit:
    ///
    /// - sgd: θ ← θ − α·g, through `GradientKernel.update`, so the fast path is unchanged.
    /// - momentum: v ← g if t = 1, else v ← μ·v + g; θ ← θ − α·v.
    /// - nesterov: v as momentum; θ ← θ − α·(g + μ·v), with the new v.
    /// - adagrad: s ← s + g·g; θ ← θ − α·(g / (√s + ε)).
    /// - rmsprop: s ← ρ·s + (1 − ρ)·(g·g); θ ← θ − α·(g / (√s + ε)).
    /// - adam: m ← β₁·m + (1 − β₁)·g; s ← β₂·s + (1 − β₂)·(g·g); m̂ = m / (1 − β₁ᵗ);
    ///   ŝ = s / (1 − β₂ᵗ); θ ← θ − α·(m̂ / (√ŝ + ε)). β₁ᵗ and β₂ᵗ come from the C library's
    ///   `pow`, as Python's `beta ** t` in PyTorch and in the numpy reference does; once
    ///   1 − βᵗ is exactly 1 (`BiasCorrection`) neither pow nor the division is evaluated.
    ///
    /// PyTorch's own kernels factor two rules differently (Adam: `m.lerp_(g, 1 − β₁)` and
    /// (α/(1 − β₁ᵗ))·m / (√s/√(1 − β₂ᵗ) + ε)), which agrees with these to a few ulps, not bits.
    ///
    /// A non-finite g or θ flows through as NaN or ±∞; the caller decides whether the update
    /// diverged and, if so, keeps the old parameter and state.
    ///
    /// - Complexity: O(1): at most two `pow`, one square root and three divisions (adam; no
    ///   `pow` and one division once t passes both saturation points).
    @inlinable @inline(__always)
    public func step(
        gradient g: Double, parameter θ: Double, learningRate α: Double, state: OptimizerState
    ) -> Update {
        let t = state.t + 1
        switch kind {
        case .sgd:
            return Update(
                parameter: GradientKernel.update(θ, learningRate: α, gradient: g),
                state: OptimizerState(v: state.v, s: state.s, m: state.m, t: t),
                effectiveRate: α)
        case .momentum:
            let v = t == 1 ? g : momentum * state.v + g
            return Update(
                parameter: θ - α * v,
                state: OptimizerState(v: v, s: state.s, m: state.m, t: t),
                effectiveRate: α)
        case .nesterov:
            let v = t == 1 ? g : momentum * state.v + g
            return Update(
                parameter: θ - α * (g + momentum * v),
                state: OptimizerState(v: v, s: state.s, m: state.m, t: t),
                effectiveRate: α)
        case .adagrad:
            let s = state.s + g * g
            let denominator = s.squareRoot() + epsilon
            return Update(
                parameter: θ - α * (g / denominator),
                state: OptimizerState(v: state.v, s: s, m: state.m, t: t),
                effectiveRate: α / denominator)
        case .rmsprop:
            let s = rho * state.s + (1 - rho) * (g * g)
            let denominator = s.squareRoot() + epsilon
            return Update(
                parameter: θ - α * (g / denominator),
                state: OptimizerState(v: state.v, s: s, m: state.m, t: t),
                effectiveRate: α / denominator)
        case .adam:
            let m = beta1 * state.m + (1 - beta1) * g
            let s = beta2 * state.s + (1 - beta2) * (g * g)
            // Past the saturation points 1 − βᵗ is exactly 1 and dividing by it changes no bit,
            // so the pow and the division are skipped (`BiasCorrection`).
            let power = Double(t)
            let mHat = t >= beta1Saturation ? m : m / (1 - pow(beta1, power))
            let sHat = t >= beta2Saturation ? s : s / (1 - pow(beta2, power))
            let denominator = sHat.squareRoot() + epsilon
            return Update(
                parameter: θ - α * (mHat / denominator),
                state: OptimizerState(v: state.v, s: s, m: m, t: t),
                effectiveRate: α / denominator)
        }
    }
}
