import Testing
@testable import GDCore

/// Undo and goto across optimiser updates restore the optimiser's memory: after taking
/// back any number of updates, the next update is bit for bit the one made the first time,
/// for every rule, schedule, model and variant.
@Suite struct OptimizerTimelineTests {
    static let schedules: [Schedule] = [.constant, .step(every: 1, gamma: 0.5), .exponential(gamma: 0.9), .invscaling(power: 0.25)]

    @Test(arguments: OptimizerKind.allCases)
    func undoRestoresTheOptimizerState(kind: OptimizerKind) throws {
        var r = RandomStream(kind: .gd, seed: 11)
        for round in 0..<24 {
            var t = Trainer()
            t.setModel([ModelKind.line, .affine][round % 2])
            var rule = Optimizer.default
            rule.kind = kind
            t.setOptimizer(rule, clearing: true)
            t.schedule = Self.schedules[r.index(below: Self.schedules.count)]
            var ws = Workspace()
            let variant = [Variant.batch, .sgd, .minibatch][r.index(below: 3)]
            _ = t.train(variant, batchSize: 2, epochs: 1 + r.index(below: 3), workspace: &ws)
            let made = t.steps
            #expect(made > 0)
            // The state after each of the next updates, made the first time.
            var first = t
            var expected: [(Parameters, ParameterStates)] = []
            for _ in 0..<3 {
                _ = first.step(.sgd, .random(count: 1), workspace: &ws)
                expected.append((first.parameters, first.optimizerState))
            }
            let back = 1 + r.index(below: made)
            var again = first
            try again.undo(3 + back, workspace: &ws)
            try again.go(to: made, workspace: &ws)
            #expect(again.optimizerState == t.optimizerState, "\(kind) round \(round): goto \(made) after undo \(3 + back)")
            #expect(again.parameters.sameBits(as: t.parameters))
            try again.undo(min(3, made), workspace: &ws)
            #expect(again.steps == made - min(3, made))
            // Straight back to the end of the training, then the same three updates again.
            try again.go(to: made, workspace: &ws)
            for k in 0..<3 {
                _ = again.step(.sgd, .random(count: 1), workspace: &ws)
                #expect(again.parameters.sameBits(as: expected[k].0), "\(kind) round \(round) update \(k)")
                #expect(again.optimizerState == expected[k].1, "\(kind) round \(round) update \(k)")
            }
        }
    }

    /// A rule other than plain sgd remembers something, so the test above could fail: the
    /// state after one update differs from the initial one.
    @Test(arguments: OptimizerKind.allCases.filter { $0 != .sgd })
    func theStateChanges(kind: OptimizerKind) {
        var t = Trainer()
        var rule = Optimizer.default
        rule.kind = kind
        t.setOptimizer(rule, clearing: true)
        _ = t.step(.batch, .all)
        #expect(t.optimizerState != .initial)
        #expect(t.optimizerState.w.t == 1)
        t.reset()
        #expect(t.optimizerState == .initial)
    }

    /// The plain rule at a constant rate is untouched: a trainer with sgd and constant gives
    /// the lecture's golden batch update.
    @Test func plainPathKeepsTheGoldenNumber() {
        var t = Trainer()
        _ = t.step(.batch, .all)
        #expect(t.w == 0.3426666666666667)
        #expect(t.usesPlainRule)
    }
}
