import Testing
@testable import GDCore

/// `OptimizerArithmetic` recomputes the values inside `Optimizer.step` for `explain`; the
/// parts it prints must lead to the parameter the step returned, bit for bit (θ − α·direction
/// from the parts equals the step's θ), for every rule, over many updates, including
/// updates past Adam's bias-correction saturation point where the step skips `pow`.
@Suite struct OptimizerArithmeticTests {
    @Test(arguments: OptimizerKind.allCases)
    func partsLeadToTheStepsParameter(kind: OptimizerKind) throws {
        // β₂ = 0.5 saturates within a few dozen updates, so the skipped-pow branch is reached.
        for beta2 in [0.999, 0.5] {
            var optimizer = try Optimizer(kind: kind)
            try optimizer.set(.beta2, to: beta2)
            var θ = 0.7
            var state = OptimizerState.initial
            var random = Xoshiro256(seed: 3)
            for k in 0..<200 {
                let g = Double(random.next() % 2001) / 100 - 10
                let α = 0.01 / Double(k + 1)
                let part = OptimizerArithmetic.part(optimizer, α, θ, g, state)
                let u = optimizer.step(gradient: g, parameter: θ, learningRate: α, state: state)
                #expect(part.after.bitPattern == u.parameter.bitPattern)
                #expect(part.parameterFromParts.bitPattern == u.parameter.bitPattern, "\(kind) update \(k + 1)")
                #expect(part.next == u.state)
                #expect(part.effectiveRate.bitPattern == u.effectiveRate.bitPattern)
                if kind == .adagrad || kind == .rmsprop || kind == .adam {
                    #expect((α / part.denominator).bitPattern == u.effectiveRate.bitPattern)
                }
                θ = u.parameter
                state = u.state
            }
        }
    }
}
