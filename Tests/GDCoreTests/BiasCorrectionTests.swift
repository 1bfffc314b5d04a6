#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import GDCore

/// Adam skips pow once 1 − βᵗ is exactly 1; these check that the skip changes no bit.
@Suite("Adam's bias-correction shortcut")
struct BiasCorrectionTests {
    static let betas: [Double] = [0, 1e-300, 0.1, 0.5, 0.9, 0.95, 0.99, 0.999, 0.9999, 0.123456789, 0.999999]

    @Test(arguments: betas)
    func saturationIsTheFirstUpdateWhoseCorrectionIsExactlyOne(beta: Double) {
        let t = BiasCorrection.saturation(beta)
        #expect(t >= 1)
        #expect(pow(beta, Double(t)) <= 0x1p-55)
        if t > 1 { #expect(pow(beta, Double(t - 1)) > 0x1p-55) }
        // From t on, 1 − βᵗ is 1: check the next 20 000 updates and a spread beyond.
        var bad = 0
        for k in stride(from: t, to: t + 20_000, by: 1) where 1 - pow(beta, Double(k)) != 1 { bad += 1 }
        for k in stride(from: t, to: t &* 64 &+ 1_000_000, by: max(1, t / 7)) where 1 - pow(beta, Double(k)) != 1 { bad += 1 }
        #expect(bad == 0)
    }

    @Test func adamAroundTheSaturationPointsMatchesTheFullFormula() throws {
        for (b1, b2) in [(0.9, 0.999), (0.5, 0.99), (0.0, 0.9), (0.99, 0.9999)] {
            let adam = try Optimizer(kind: .adam, beta1: b1, beta2: b2)
            let cuts = [BiasCorrection.saturation(b1), BiasCorrection.saturation(b2)]
            for cut in cuts {
                for t in max(1, cut - 3)...(cut + 3) {
                    let state = OptimizerState(v: 0, s: 0.37, m: -0.21, t: t - 1)
                    let g = 0.83
                    // The formula with both pows, as the issue writes it.
                    let m = b1 * state.m + (1 - b1) * g, s = b2 * state.s + (1 - b2) * (g * g)
                    let mHat = m / (1 - pow(b1, Double(t))), sHat = s / (1 - pow(b2, Double(t)))
                    let theta = 0.5 - 0.01 * (mHat / (sHat.squareRoot() + 1e-8))
                    let u = adam.step(gradient: g, parameter: 0.5, learningRate: 0.01, state: state)
                    #expect(u.parameter.bitPattern == theta.bitPattern, "β₁ \(b1) β₂ \(b2) t \(t)")
                    #expect(u.effectiveRate.bitPattern == (0.01 / (sHat.squareRoot() + 1e-8)).bitPattern)
                }
            }
        }
    }

    @Test func settingABetaMovesItsSaturationPoint() throws {
        var adam = try Optimizer(kind: .adam)
        #expect(adam.beta2Saturation == BiasCorrection.saturation(0.999))
        try adam.set(.beta2, to: 0.5)
        #expect(adam.beta2Saturation == BiasCorrection.saturation(0.5))
        try adam.set(.beta1, to: 0.99)
        #expect(adam.beta1Saturation == BiasCorrection.saturation(0.99))
        // A refused value leaves it alone.
        #expect(throws: Optimizer.Violation.self) { try adam.set(.beta1, to: 1) }
        #expect(adam.beta1Saturation == BiasCorrection.saturation(0.99))
    }
}
