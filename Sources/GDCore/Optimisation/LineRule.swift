#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an optimiser remembers about w, as loose scalars a specialised loop keeps in registers.
///
/// `OptimizerState` without t: the loop counts t in an integer of its own, and converts
/// back (`state(t:)`) only when the pass ends or an update goes through `Optimizer.step`.
@usableFromInline
struct RuleMemory {
    @usableFromInline var v: Double
    @usableFromInline var s: Double
    @usableFromInline var m: Double

    @inlinable @inline(__always)
    init(_ state: OptimizerState) {
        v = state.v
        s = state.s
        m = state.m
    }

    @inlinable @inline(__always)
    func state(t: Int) -> OptimizerState {
        OptimizerState(v: v, s: s, m: m, t: t)
    }
}

/// One update rule with its hyper-parameters unpacked, for the line model's optimiser loops
/// (`Trainer+OptimiserEpoch`), which are generic over it and so specialised per rule: no
/// switch over the rule and no `Optimizer.Update` per update.
///
/// `apply` is `Optimizer.step` for updates t ≥ 2, operation for operation in the same order
/// (nothing reassociated, nothing fused), so the two agree bit for bit; a test runs every
/// rule both ways (`LineOptimiserLoopTests`). The first update of a cleared state
/// (momentum's v ← g) and every update whose row the history keeps (which needs the
/// effective rate) go through `Optimizer.step` itself.
@usableFromInline
protocol LineRule {
    init(_ optimizer: Optimizer)
    /// θ after update number t (t ≥ 2) with gradient g at scheduled rate α; `memory` becomes
    /// the state after it.
    func apply(_ g: Double, _ θ: Double, _ α: Double, _ t: Int, _ memory: inout RuleMemory) -> Double
}

/// θ ← θ − α·g (the plain rule under a schedule other than constant).
@usableFromInline
struct PlainLineRule: LineRule {
    @inlinable init(_ optimizer: Optimizer) {}

    @inlinable @inline(__always)
    func apply(_ g: Double, _ θ: Double, _ α: Double, _ t: Int, _ memory: inout RuleMemory) -> Double {
        GradientKernel.update(θ, learningRate: α, gradient: g)
    }
}

/// v ← μ·v + g; θ ← θ − α·v.
@usableFromInline
struct MomentumLineRule: LineRule {
    @usableFromInline let μ: Double
    @inlinable init(_ optimizer: Optimizer) { μ = optimizer.momentum }

    @inlinable @inline(__always)
    func apply(_ g: Double, _ θ: Double, _ α: Double, _ t: Int, _ memory: inout RuleMemory) -> Double {
        let v = μ * memory.v + g
        memory.v = v
        return θ - α * v
    }
}

/// v ← μ·v + g; θ ← θ − α·(g + μ·v).
@usableFromInline
struct NesterovLineRule: LineRule {
    @usableFromInline let μ: Double
    @inlinable init(_ optimizer: Optimizer) { μ = optimizer.momentum }

    @inlinable @inline(__always)
    func apply(_ g: Double, _ θ: Double, _ α: Double, _ t: Int, _ memory: inout RuleMemory) -> Double {
        let v = μ * memory.v + g
        memory.v = v
        return θ - α * (g + μ * v)
    }
}

/// s ← s + g·g; θ ← θ − α·(g / (√s + ε)).
@usableFromInline
struct AdagradLineRule: LineRule {
    @usableFromInline let ε: Double
    @inlinable init(_ optimizer: Optimizer) { ε = optimizer.epsilon }

    @inlinable @inline(__always)
    func apply(_ g: Double, _ θ: Double, _ α: Double, _ t: Int, _ memory: inout RuleMemory) -> Double {
        let s = memory.s + g * g
        memory.s = s
        let denominator = s.squareRoot() + ε
        return θ - α * (g / denominator)
    }
}

/// s ← ρ·s + (1 − ρ)·(g·g); θ ← θ − α·(g / (√s + ε)).
@usableFromInline
struct RMSpropLineRule: LineRule {
    @usableFromInline let ρ: Double
    /// 1 − ρ, the same double `Optimizer.step` computes each time.
    @usableFromInline let complement: Double
    @usableFromInline let ε: Double
    @inlinable init(_ optimizer: Optimizer) {
        ρ = optimizer.rho
        complement = 1 - optimizer.rho
        ε = optimizer.epsilon
    }

    @inlinable @inline(__always)
    func apply(_ g: Double, _ θ: Double, _ α: Double, _ t: Int, _ memory: inout RuleMemory) -> Double {
        let s = ρ * memory.s + complement * (g * g)
        memory.s = s
        let denominator = s.squareRoot() + ε
        return θ - α * (g / denominator)
    }
}

/// m ← β₁·m + (1 − β₁)·g; s ← β₂·s + (1 − β₂)·(g·g); θ ← θ − α·(m̂ / (√ŝ + ε)), the bias
/// corrections skipped from their saturation points on, as `Optimizer.step` skips them.
@usableFromInline
struct AdamLineRule: LineRule {
    @usableFromInline let β1: Double, β2: Double
    @usableFromInline let complement1: Double, complement2: Double
    @usableFromInline let ε: Double
    @usableFromInline let saturation1: Int, saturation2: Int
    @inlinable init(_ optimizer: Optimizer) {
        β1 = optimizer.beta1
        β2 = optimizer.beta2
        complement1 = 1 - optimizer.beta1
        complement2 = 1 - optimizer.beta2
        ε = optimizer.epsilon
        saturation1 = optimizer.beta1Saturation
        saturation2 = optimizer.beta2Saturation
    }

    @inlinable @inline(__always)
    func apply(_ g: Double, _ θ: Double, _ α: Double, _ t: Int, _ memory: inout RuleMemory) -> Double {
        let m = β1 * memory.m + complement1 * g
        let s = β2 * memory.s + complement2 * (g * g)
        memory.m = m
        memory.s = s
        let power = Double(t)
        let mHat = t >= saturation1 ? m : m / (1 - pow(β1, power))
        let sHat = t >= saturation2 ? s : s / (1 - pow(β2, power))
        let denominator = sHat.squareRoot() + ε
        return θ - α * (mHat / denominator)
    }
}

/// The scheduled learning rate of update number u, specialised per schedule.
@usableFromInline
protocol LineRate {
    func rate(update u: Int) -> Double
}

/// A rate fixed for the whole pass: constant, step and exponential change only between epochs.
@usableFromInline
struct FixedLineRate: LineRate {
    @usableFromInline let value: Double
    @inlinable init(_ value: Double) { self.value = value }
    @inlinable @inline(__always)
    func rate(update u: Int) -> Double { value }
}

/// α / u^power, as `Schedule.rate` computes it for invscaling.
@usableFromInline
struct InvScalingLineRate: LineRate {
    @usableFromInline let base: Double, power: Double
    @inlinable init(base: Double, power: Double) {
        self.base = base
        self.power = power
    }
    @inlinable @inline(__always)
    func rate(update u: Int) -> Double { Schedule.invscaling(power: power).rate(base: base, update: u, epochs: 0) }
}
