import Testing
@testable import GDCore

/// Hyper-parameter ranges, defaults and the value semantics a snapshot relies on.
@Suite("optimiser settings")
struct OptimizerSettingTests {
    @Test func defaultsArePyTorchs() {
        let o = Optimizer.default
        #expect(o.kind == .sgd)
        #expect(o.momentum == 0.9 && o.beta1 == 0.9 && o.beta2 == 0.999 && o.rho == 0.99)
        #expect(o.epsilonOverride == nil)
        let eps = OptimizerKind.allCases.map { k -> Double in var x = o; x.kind = k; return x.epsilon }
        #expect(eps == [1e-8, 1e-8, 1e-8, 1e-10, 1e-8, 1e-8])
    }

    @Test(arguments: [
        (Optimizer.HyperParameter.momentum, 1.0, false), (.momentum, 0.0, true), (.momentum, 0.999, true),
        (.momentum, -0.1, false), (.beta1, 1.0, false), (.beta2, 1.5, false), (.beta2, 0.999, true),
        (.rho, 1.0, false), (.rho, 0.0, true), (.eps, 0.0, false), (.eps, -1e-8, false),
        (.eps, 1e-300, true), (.eps, .infinity, false), (.momentum, .nan, false), (.eps, .nan, false),
    ])
    func ranges(parameter: Optimizer.HyperParameter, value: Double, valid: Bool) {
        let violation = Optimizer.check(parameter, value)
        #expect((violation == nil) == valid)
        if let violation {
            #expect(violation.argument == parameter)
            #expect(violation.value.bitPattern == value.bitPattern)
            #expect(violation.range == (parameter == .eps ? .positive : .unitInterval))
        }
    }

    @Test func aRefusedSettingChangesNothing() throws {
        var o = try Optimizer(kind: .adam, beta2: 0.99)
        let before = o
        #expect(throws: Optimizer.Violation(argument: .beta2, value: 1.5, range: .unitInterval)) {
            try o.set(.beta2, to: 1.5)
        }
        #expect(o == before)
        #expect(throws: Optimizer.Violation(argument: .eps, value: 0, range: .positive)) {
            try o.set(.eps, to: 0)
        }
        #expect(o == before)
    }

    @Test func theInitialiserReportsTheFirstBadValue() {
        #expect(throws: Optimizer.Violation(argument: .momentum, value: 1, range: .unitInterval)) {
            _ = try Optimizer(kind: .momentum, momentum: 1, beta1: 2)
        }
        #expect(throws: Optimizer.Violation(argument: .eps, value: -1, range: .positive)) {
            _ = try Optimizer(kind: .adam, epsilon: -1)
        }
    }

    @Test func settingsSurviveAChangeOfRuleAndEpsilonFollowsItUnlessSet() throws {
        var o = Optimizer.default
        try o.set(.momentum, to: 0.5)
        o.kind = .nesterov
        #expect(o.momentum == 0.5)
        o.kind = .adagrad
        #expect(o.epsilon == 1e-10)
        try o.set(.eps, to: 1e-6)
        o.kind = .adam
        #expect(o.epsilon == 1e-6 && o.value(of: .eps) == 1e-6)
        o.clearEpsilon()
        #expect(o.epsilon == 1e-8)
    }

    @Test func eachRuleListsTheSettingsItReads() {
        #expect(OptimizerKind.sgd.hyperParameters == [])
        #expect(OptimizerKind.momentum.hyperParameters == [.momentum])
        #expect(OptimizerKind.nesterov.hyperParameters == [.momentum])
        #expect(OptimizerKind.adagrad.hyperParameters == [.eps])
        #expect(OptimizerKind.rmsprop.hyperParameters == [.rho, .eps])
        #expect(OptimizerKind.adam.hyperParameters == [.beta1, .beta2, .eps])
        #expect(OptimizerKind(rawValue: "adam") == .adam && OptimizerKind(rawValue: "Adam") == nil)
    }

    @Test func aRuleReadsOnlyItsOwnSettings() throws {
        // Changing a setting the rule does not list leaves its updates bit for bit unchanged.
        for kind in OptimizerKind.allCases {
            let base = try Optimizer(kind: kind)
            for p in Optimizer.HyperParameter.allCases where !kind.hyperParameters.contains(p) {
                var other = base
                try other.set(p, to: 0.5)
                var a = OptimizerState.initial, b = OptimizerState.initial
                var x = 1.0, y = 1.0
                for g in [0.3, -1.2, 2.5, 0.0, -0.7] {
                    let ua = base.step(gradient: g, parameter: x, learningRate: 0.05, state: a)
                    let ub = other.step(gradient: g, parameter: y, learningRate: 0.05, state: b)
                    (x, a, y, b) = (ua.parameter, ua.state, ub.parameter, ub.state)
                }
                #expect(x.bitPattern == y.bitPattern && a == b, "\(kind) reads \(p)")
            }
        }
    }

    @Test func stateComparesBitForBit() {
        #expect(OptimizerState(v: 0, s: 0, m: 0, t: 0) == .initial)
        #expect(OptimizerState(v: -0.0, s: 0, m: 0, t: 0) != .initial)
        #expect(OptimizerState(v: .nan, s: 0, m: 0, t: 1) == OptimizerState(v: .nan, s: 0, m: 0, t: 1))
        #expect(OptimizerState(v: 0, s: 0, m: 0, t: 1) != .initial)
    }
}
