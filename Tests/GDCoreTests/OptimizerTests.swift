import Testing
@testable import GDCore

/// The first three updates of each optimiser, against the formulas written out here
/// step by step with literals (never by calling `Optimizer.step`), from θ₀ = 1 with
/// α = 0.1 and gradients 1, 0.5, −2. Each step is checked two ways: bit for bit against
/// the same literal arithmetic (the documented order of operations), and against the value
/// worked out in exact decimal arithmetic (40 digits) within 1e-14.
@Suite("optimiser rules by hand")
struct OptimizerTests {
    static let gradients = [1.0, 0.5, -2.0]

    /// Runs three updates from θ₀ = 1 and the initial state.
    static func three(_ optimizer: Optimizer) -> [Optimizer.Update] {
        var theta = 1.0
        var state = OptimizerState.initial
        return gradients.map { g in
            let u = optimizer.step(gradient: g, parameter: theta, learningRate: 0.1, state: state)
            theta = u.parameter
            state = u.state
            return u
        }
    }

    static func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern }

    @Test func sgdIsThetaMinusAlphaG() throws {
        let u = Self.three(try Optimizer(kind: .sgd))
        // θ₁ = 1 − 0.1·1 = 0.9; θ₂ = 0.9 − 0.1·0.5 = 0.85; θ₃ = 0.85 − 0.1·(−2) = 1.05
        let θ1 = 1 - 0.1 * 1.0, θ2 = θ1 - 0.1 * 0.5, θ3 = θ2 - 0.1 * -2.0
        #expect(u.map(\.parameter).map(\.bitPattern) == [θ1, θ2, θ3].map(\.bitPattern))
        #expect(isClose(θ1, 0.9, relative: 1e-15) && isClose(θ2, 0.85, relative: 1e-15)
                && isClose(θ3, 1.05, relative: 1e-15))
        #expect(u.map(\.effectiveRate) == [0.1, 0.1, 0.1])
        #expect(u.map(\.state.t) == [1, 2, 3])
        #expect(u.allSatisfy { $0.state.v == 0 && $0.state.s == 0 && $0.state.m == 0 })
    }

    @Test func sgdIsBitIdenticalToTheKernelUpdate() throws {
        let sgd = try Optimizer(kind: .sgd)
        var random = RandomStream(kind: .gd, seed: 11)
        for _ in 0..<10_000 {
            let w = (random.unit() - 0.5) * 1e3, g = (random.unit() - 0.5) * 1e5
            let lr = random.unit() * 0.1
            let mine = sgd.step(gradient: g, parameter: w, learningRate: lr, state: .initial).parameter
            #expect(mine.bitPattern == GradientKernel.update(w, learningRate: lr, gradient: g).bitPattern)
        }
    }

    @Test func momentumStartsItsBufferAtG() throws {
        let u = Self.three(try Optimizer(kind: .momentum, momentum: 0.9))
        // t = 1: v₁ = g₁ = 1 (not μ·0 + g); θ₁ = 1 − 0.1·1 = 0.9
        let v1 = 1.0, θ1 = 1 - 0.1 * v1
        // t = 2: v₂ = 0.9·1 + 0.5 = 1.4; θ₂ = 0.9 − 0.1·1.4 = 0.76
        let v2 = 0.9 * v1 + 0.5, θ2 = θ1 - 0.1 * v2
        // t = 3: v₃ = 0.9·1.4 + (−2) = −0.74; θ₃ = 0.76 − 0.1·(−0.74) = 0.834
        let v3 = 0.9 * v2 + -2.0, θ3 = θ2 - 0.1 * v3
        #expect(u.map(\.state.v).map(\.bitPattern) == [v1, v2, v3].map(\.bitPattern))
        #expect(u.map(\.parameter).map(\.bitPattern) == [θ1, θ2, θ3].map(\.bitPattern))
        #expect(zip([θ1, θ2, θ3], [0.9, 0.76, 0.834]).allSatisfy { isClose($0, $1, relative: 1e-14) })
        #expect(zip([v1, v2, v3], [1, 1.4, -0.74]).allSatisfy { isClose($0, $1, relative: 1e-14) })
        #expect(u.map(\.effectiveRate) == [0.1, 0.1, 0.1])
    }

    @Test func nesterovLooksAheadWithTheNewBuffer() throws {
        let u = Self.three(try Optimizer(kind: .nesterov, momentum: 0.9))
        // t = 1: v₁ = 1; θ₁ = 1 − 0.1·(1 + 0.9·1) = 0.81
        let v1 = 1.0, θ1 = 1 - 0.1 * (1.0 + 0.9 * v1)
        // t = 2: v₂ = 1.4; θ₂ = 0.81 − 0.1·(0.5 + 0.9·1.4) = 0.81 − 0.176 = 0.634
        let v2 = 0.9 * v1 + 0.5, θ2 = θ1 - 0.1 * (0.5 + 0.9 * v2)
        // t = 3: v₃ = −0.74; θ₃ = 0.634 − 0.1·(−2 + 0.9·(−0.74)) = 0.634 + 0.2666 = 0.9006
        let v3 = 0.9 * v2 + -2.0, θ3 = θ2 - 0.1 * (-2.0 + 0.9 * v3)
        #expect(u.map(\.state.v).map(\.bitPattern) == [v1, v2, v3].map(\.bitPattern))
        #expect(u.map(\.parameter).map(\.bitPattern) == [θ1, θ2, θ3].map(\.bitPattern))
        #expect(zip([θ1, θ2, θ3], [0.81, 0.634, 0.9006]).allSatisfy { isClose($0, $1, relative: 1e-14) })
    }

    @Test func adagradSumsSquaresWithPyTorchsEpsilon() throws {
        let optimizer = try Optimizer(kind: .adagrad)
        #expect(optimizer.epsilon == 1e-10)
        let u = Self.three(optimizer)
        // t = 1: s₁ = 0 + 1·1 = 1; θ₁ = 1 − 0.1·(1/(√1 + 1e-10)) = 0.90000000001
        let s1 = 0 + 1.0 * 1.0, θ1 = 1 - 0.1 * (1.0 / (s1.squareRoot() + 1e-10))
        // t = 2: s₂ = 1 + 0.25 = 1.25; θ₂ = θ₁ − 0.1·(0.5/(√1.25 + 1e-10))
        let s2 = s1 + 0.5 * 0.5, θ2 = θ1 - 0.1 * (0.5 / (s2.squareRoot() + 1e-10))
        // t = 3: s₃ = 1.25 + 4 = 5.25; θ₃ = θ₂ − 0.1·(−2/(√5.25 + 1e-10))
        let s3 = s2 + -2.0 * -2.0, θ3 = θ2 - 0.1 * (-2.0 / (s3.squareRoot() + 1e-10))
        #expect(u.map(\.state.s).map(\.bitPattern) == [s1, s2, s3].map(\.bitPattern))
        #expect(u.map(\.parameter).map(\.bitPattern) == [θ1, θ2, θ3].map(\.bitPattern))
        #expect(zip([s1, s2, s3], [1, 1.25, 5.25]).allSatisfy { $0 == $1 })
        #expect(zip([θ1, θ2, θ3], [0.90000000001, 0.85527864046400420607, 0.94256579655459163477])
            .allSatisfy { isClose($0, $1, relative: 1e-14) })
        // Effective rate α/(√s + ε): 0.1/(√5.25 + 1e-10) on the third update.
        #expect(u[2].effectiveRate.bitPattern == (0.1 / (s3.squareRoot() + 1e-10)).bitPattern)
    }

    @Test func rmspropAveragesSquaresWithRho() throws {
        let optimizer = try Optimizer(kind: .rmsprop, rho: 0.99)
        #expect(optimizer.epsilon == 1e-8)
        let u = Self.three(optimizer)
        // t = 1: s₁ = 0.99·0 + (1 − 0.99)·1 = 0.01; θ₁ = 1 − 0.1·(1/(0.1 + 1e-8)) ≈ 1e-7
        let s1 = 0.99 * 0.0 + (1 - 0.99) * (1.0 * 1.0)
        let θ1 = 1 - 0.1 * (1.0 / (s1.squareRoot() + 1e-8))
        // t = 2: s₂ = 0.99·0.01 + 0.01·0.25 = 0.0124
        let s2 = 0.99 * s1 + (1 - 0.99) * (0.5 * 0.5)
        let θ2 = θ1 - 0.1 * (0.5 / (s2.squareRoot() + 1e-8))
        // t = 3: s₃ = 0.99·0.0124 + 0.01·4 = 0.052276
        let s3 = 0.99 * s2 + (1 - 0.99) * (-2.0 * -2.0)
        let θ3 = θ2 - 0.1 * (-2.0 / (s3.squareRoot() + 1e-8))
        #expect(u.map(\.state.s).map(\.bitPattern) == [s1, s2, s3].map(\.bitPattern))
        #expect(u.map(\.parameter).map(\.bitPattern) == [θ1, θ2, θ3].map(\.bitPattern))
        #expect(zip([s1, s2, s3], [0.01, 0.0124, 0.052276]).allSatisfy { isClose($0, $1, relative: 1e-14) })
        // θ₁ = 1 − 0.99999990… loses nine digits to cancellation; the later ones do not.
        #expect(abs(θ1 - 9.9999990000001e-8) < 1e-15)
        #expect(isClose(θ2, -0.44901311474437022770, relative: 1e-13))
        #expect(isClose(θ3, 0.42572651400725487126, relative: 1e-13))
    }

    @Test func adamCorrectsBiasWithOneBasedT() throws {
        let optimizer = try Optimizer(kind: .adam, beta1: 0.9, beta2: 0.999)
        #expect(optimizer.epsilon == 1e-8)
        let u = Self.three(optimizer)
        // t = 1: m₁ = 0.9·0 + 0.1·1 = 0.1; s₁ = 0.999·0 + 0.001·1 = 0.001;
        //        m̂ = 0.1/(1 − 0.9) = 1; ŝ = 0.001/(1 − 0.999) = 1; θ₁ = 1 − 0.1·(1/(1 + 1e-8))
        let m1 = 0.9 * 0.0 + (1 - 0.9) * 1.0, s1 = 0.999 * 0.0 + (1 - 0.999) * (1.0 * 1.0)
        let mh1 = m1 / (1 - 0.9), sh1 = s1 / (1 - 0.999)
        let θ1 = 1 - 0.1 * (mh1 / (sh1.squareRoot() + 1e-8))
        // t = 2: m₂ = 0.09 + 0.05 = 0.14; s₂ = 0.000999 + 0.00025 = 0.001249;
        //        m̂ = 0.14/(1 − 0.81); ŝ = 0.001249/(1 − 0.998001)
        let m2 = 0.9 * m1 + (1 - 0.9) * 0.5, s2 = 0.999 * s1 + (1 - 0.999) * (0.5 * 0.5)
        let mh2 = m2 / (1 - 0.9 * 0.9), sh2 = s2 / (1 - 0.999 * 0.999)
        let θ2 = θ1 - 0.1 * (mh2 / (sh2.squareRoot() + 1e-8))
        // t = 3: m₃ = 0.126 − 0.2 = −0.074; s₃ = 0.001247751 + 0.004 = 0.005247751;
        //        m̂ = −0.074/(1 − 0.729); ŝ = 0.005247751/(1 − 0.997002999)
        let m3 = 0.9 * m2 + (1 - 0.9) * -2.0, s3 = 0.999 * s2 + (1 - 0.999) * (-2.0 * -2.0)
        let mh3 = m3 / (1 - 0.729), sh3 = s3 / (1 - 0.997002999)
        let θ3 = θ2 - 0.1 * (mh3 / (sh3.squareRoot() + 1e-8))
        #expect(u.map(\.state.m).map(\.bitPattern) == [m1, m2, m3].map(\.bitPattern))
        #expect(u.map(\.state.s).map(\.bitPattern) == [s1, s2, s3].map(\.bitPattern))
        // β^t by hand (0.9·0.9, 0.729) is within an ulp of pow's, so θ to 1e-14 here;
        // the numpy vectors check the bits.
        #expect(zip([θ1, θ2, θ3], [0.90000000099999999000, 0.80678203829816040791, 0.82741774086205615796])
            .allSatisfy { isClose($0, $1, relative: 1e-14) })
        #expect(zip(u.map(\.parameter), [θ1, θ2, θ3]).allSatisfy { isClose($0, $1, relative: 1e-14) })
        #expect(zip([m1, m2, m3], [0.1, 0.14, -0.074]).allSatisfy { isClose($0, $1, relative: 1e-14) })
        #expect(zip([s1, s2, s3], [0.001, 0.001249, 0.005247751]).allSatisfy { isClose($0, $1, relative: 1e-13) })
    }

    @Test func adamContinuesFromAFixedState() throws {
        // From m = 0.5, s = 0.25 after 10 updates, g = 1: t = 11,
        // m = 0.9·0.5 + 0.1·1 = 0.55; s = 0.999·0.25 + 0.001·1 = 0.25075;
        // m̂ = 0.55/(1 − 0.9¹¹) = 0.80152797007069132374; ŝ = 0.25075/(1 − 0.999¹¹) = 22.909659886316385027;
        // θ = 1 − 0.1·(m̂/(√ŝ + 1e-8)) = 0.98325406657567844688
        let adam = try Optimizer(kind: .adam)
        let u = adam.step(gradient: 1, parameter: 1, learningRate: 0.1,
                          state: OptimizerState(v: 0, s: 0.25, m: 0.5, t: 10))
        #expect(u.state.t == 11)
        #expect(u.state.m.bitPattern == (0.9 * 0.5 + (1 - 0.9) * 1.0).bitPattern)
        #expect(u.state.s.bitPattern == (0.999 * 0.25 + (1 - 0.999) * (1.0 * 1.0)).bitPattern)
        #expect(isClose(u.parameter, 0.98325406657567844688, relative: 1e-14))
        #expect(isClose(u.effectiveRate, 0.1 / (22.909659886316385027.squareRoot() + 1e-8), relative: 1e-14))
    }

    @Test func momentumFromAFixedStateDoesNotRestartItsBuffer() throws {
        // v = 2 after 5 updates, g = 1: v ← 0.5·2 + 1 = 2 (not g = 1); θ ← 1 − 0.1·2 = 0.8
        let u = try Optimizer(kind: .momentum, momentum: 0.5)
            .step(gradient: 1, parameter: 1, learningRate: 0.1, state: OptimizerState(v: 2, s: 0, m: 0, t: 5))
        #expect(u.state == OptimizerState(v: 2, s: 0, m: 0, t: 6))
        #expect(u.parameter.bitPattern == (1 - 0.1 * 2.0).bitPattern)
    }

    @Test func aZeroMomentumIsPlainSgd() throws {
        // μ = 0: v = g every update, θ − α·v = θ − α·g exactly.
        let momentum = try Optimizer(kind: .momentum, momentum: 0)
        let nesterov = try Optimizer(kind: .nesterov, momentum: 0)
        let sgd = Self.three(try Optimizer(kind: .sgd)).map(\.parameter.bitPattern)
        #expect(Self.three(momentum).map(\.parameter.bitPattern) == sgd)
        #expect(Self.three(nesterov).map(\.parameter.bitPattern) == sgd)
    }
}
