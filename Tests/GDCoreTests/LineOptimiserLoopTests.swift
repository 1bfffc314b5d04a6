import Testing
@testable import GDCore

/// The line model's optimiser loops (`Trainer+OptimiserEpoch`) make the generic pass's
/// updates, bit for bit.
///
/// Each case trains twice from the same state, once with the specialised loop and once
/// with `Trainer.fastPaths` off (the generic `runModelPass`), and compares every
/// kept row field by field as bit patterns, the weights, the optimiser's state, the
/// generator and the outcome. A small history limit sends almost every update through
/// the specialised loop's bare inner loop; the default keeps every row of these runs, so
/// every update also goes through its exact path. The data has points with x = 0 and
/// x = −0 (a zero term, which the bare loop hands to the exact path), and more than one
/// cancellation interval of points.
@Suite struct LineOptimiserLoopTests {
    static let data: Dataset = {
        var r = RandomStream(kind: .gd, seed: 5)
        var xs: [Double] = [], ys: [Double] = []
        for i in 0..<5_000 {
            let x = i % 97 == 0 ? 0.0 : (i % 89 == 0 ? -0.0 : r.unit() * 10 - 5)
            xs.append(x)
            ys.append(1.5 * x + r.normal())
        }
        return Dataset(xs: xs, ys: ys)
    }()

    /// The rules: every kind at PyTorch's defaults, plus Adam with betas whose bias
    /// corrections saturate within the run (so both sides of that branch run) and
    /// momentum 0.
    static let rules: [Optimizer] = {
        var list: [Optimizer] = OptimizerKind.allCases.map { kind in
            var o = Optimizer.default
            o.kind = kind
            return o
        }
        if let adam = try? Optimizer(kind: .adam, beta1: 0.5, beta2: 0.9, epsilon: 1e-6) { list.append(adam) }
        if let still = try? Optimizer(kind: .momentum, momentum: 0) { list.append(still) }
        return list
    }()

    static let schedules: [Schedule] = [.constant, .step(every: 1, gamma: 0.5), .invscaling(power: 0.25)]

    enum Run: CaseIterable {
        case sgdShuffled, sgdInOrder, miniBatch3, miniBatch32
        var variant: Variant { self == .sgdShuffled || self == .sgdInOrder ? .sgd : .minibatch }
        var batchSize: Int { self == .miniBatch3 ? 3 : (self == .miniBatch32 ? 32 : 1) }
        var shuffles: Bool { self != .sgdInOrder }
    }

    static func trainer(_ rule: Optimizer, _ schedule: Schedule, _ run: Run, limit: Int, lr: Double = 0.001) -> Trainer {
        var t = Trainer(data: data, w: 0.2, learningRate: lr, batchSize: run.batchSize, shuffles: run.shuffles,
                        random: RandomStream(kind: .gd, seed: 3), historyLimit: limit)
        t.setOptimizer(rule, clearing: true)
        t.schedule = schedule
        return t
    }

    /// Trains both ways; returns the two trainers and outcomes.
    static func both(
        _ start: Trainer, _ run: Run, epochs: Int, stopAfter calls: Int = .max
    ) -> (fast: Trainer, generic: Trainer, fastOutcome: TrainOutcome, genericOutcome: TrainOutcome) {
        var fast = start, generic = start
        generic.fastPaths = false
        var ws = Workspace(), wsGeneric = Workspace()
        var asked = 0, askedGeneric = 0
        let a = fast.train(run.variant, batchSize: run.batchSize, epochs: epochs, workspace: &ws,
                           shouldStop: { asked += 1; return asked > calls })
        let b = generic.train(run.variant, batchSize: run.batchSize, epochs: epochs, workspace: &wsGeneric,
                              shouldStop: { askedGeneric += 1; return askedGeneric > calls })
        #expect(asked == askedGeneric, "the cancellation check was polled a different number of times")
        return (fast, generic, a, b)
    }

    static func expectSameBits(_ a: Trainer, _ b: Trainer, _ label: String) {
        #expect(a.parameters.sameBits(as: b.parameters), "\(label): w \(a.w) vs \(b.w)")
        #expect(a.optimizerState == b.optimizerState, "\(label): state \(a.optimizerState) vs \(b.optimizerState)")
        #expect(a.random == b.random, "\(label): generator")
        #expect(a.steps == b.steps && a.epochs == b.epochs, "\(label): counts")
        #expect(a.history.totalUpdates == b.history.totalUpdates && a.history.stride == b.history.stride, "\(label)")
        #expect(a.history.updates.count == b.history.updates.count, "\(label): rows")
        for (r, s) in zip(a.history.updates, b.history.updates) {
            let same = r.step == s.step && r.epoch == s.epoch && r.variant == s.variant && r.points == s.points
                && r.pointCount == s.pointCount
                && [r.wBefore, r.wAfter, r.gradient, r.lossUsed, r.bBefore, r.bAfter, r.gradientB, r.effectiveRate,
                    r.effectiveRateB].map(\.bitPattern)
                == [s.wBefore, s.wAfter, s.gradient, s.lossUsed, s.bBefore, s.bAfter, s.gradientB, s.effectiveRate,
                    s.effectiveRateB].map(\.bitPattern)
            #expect(same, "\(label): row \(r.step): \(r) vs \(s)")
            if !same { break }
        }
        let equal = a == b  // everything else a user can observe (the timeline, the epoch rows)
        #expect(equal, "\(label): the trainers differ")
    }

    @Test(arguments: Run.allCases, [3, History.defaultLimit])
    func sameUpdatesAsTheGenericPass(run: Run, limit: Int) {
        for rule in Self.rules {
            for schedule in Self.schedules where !(rule.kind == .sgd && schedule == .constant) {
                let start = Self.trainer(rule, schedule, run, limit: limit)
                let r = Self.both(start, run, epochs: 2)
                let label = "\(rule.kind) μ \(rule.momentum) β \(rule.beta1),\(rule.beta2) \(schedule) \(run) limit \(limit)"
                #expect(r.fastOutcome == r.genericOutcome, "\(label): \(r.fastOutcome) vs \(r.genericOutcome)")
                #expect(r.fastOutcome.stop == .completed, "\(label)")
                Self.expectSameBits(r.fast, r.generic, "\(label)")
                // The run went through more than the first update of a cleared state.
                #expect(r.fast.optimizerState.w.t == r.fast.steps, "\(label)")
            }
        }
    }

    /// A rate that blows w up: both stop at the same update with the same report, and keep
    /// the same updates before it.
    @Test(arguments: Run.allCases)
    func sameDivergence(run: Run) {
        var diverged = 0
        defer { #expect(diverged >= 4, "sgd and the momentum rules at this rate must diverge") }
        for rule in Self.rules {
            let start = Self.trainer(rule, .constant, run, limit: 3, lr: rule.kind == .sgd ? 1 : 50)
            let r = Self.both(start, run, epochs: 3)
            let label = "\(rule.kind) \(run)"
            guard case .diverged = r.genericOutcome.stop else {
                // adagrad, rmsprop and adam move at most about α per update; skip those that stay finite.
                #expect(r.fastOutcome == r.genericOutcome, "\(label)")
                continue
            }
            diverged += 1
            #expect(r.fastOutcome == r.genericOutcome, "\(label): \(r.fastOutcome.stop) vs \(r.genericOutcome.stop)")
            Self.expectSameBits(r.fast, r.generic, "\(label)")
        }
    }

    /// Ctrl-C part way: the same updates are kept, the check polled as often.
    @Test(arguments: Run.allCases)
    func sameInterruption(run: Run) {
        for rule in Self.rules {
            // One check before the first epoch, then every cancellation interval of updates.
            let start = Self.trainer(rule, .invscaling(power: 0.5), run, limit: 3)
            let r = Self.both(start, run, epochs: 3, stopAfter: 1)
            let label = "\(rule.kind) \(run)"
            // sgd is stopped within its first epoch (5,000 updates); mini-batch makes fewer
            // updates than an interval, so it is stopped before its second.
            #expect(r.fastOutcome.stop == .interrupted, "\(label)")
            let perEpoch = (Self.data.count + run.batchSize - 1) / run.batchSize
            #expect(r.fast.steps == (run.variant == .sgd ? Trainer.cancellationInterval : perEpoch), "\(label)")
            #expect(r.fastOutcome == r.genericOutcome, "\(label)")
            Self.expectSameBits(r.fast, r.generic, "\(label)")
        }
    }

    /// A zero term (x = 0) makes the generic gradient −2·(0 + term) = −0 whatever the sign
    /// of the term; with μ = 0 (or β₁ = 0) that sign reaches the state: v = 0·v + g is −0
    /// only when both are −0. Here the last update is not kept (limit 2, odd step), v
    /// before it is negative and the term is −0 (x = 0, r < 0), so a loop that used −2·term
    /// would end on v = +0 instead of −0.
    @Test(arguments: [true, false])
    func aZeroTermKeepsTheGenericSignOfZero(adam: Bool) throws {
        let xs = [Double](repeating: 1, count: 40) + [0]
        let ys = [Double](repeating: 10, count: 40) + [-1]
        let rule = adam ? try Optimizer(kind: .adam, beta1: 0) : try Optimizer(kind: .momentum, momentum: 0)
        var t = Trainer(data: Dataset(xs: xs, ys: ys), w: 0, learningRate: 0.001, shuffles: false, historyLimit: 2)
        t.setOptimizer(rule, clearing: true)
        let r = Self.both(t, .sgdInOrder, epochs: 1)
        #expect(!r.fast.history.keeps(step: 41))
        let state = r.generic.optimizerState.w
        #expect((adam ? state.m : state.v).bitPattern == (-0.0).bitPattern)
        Self.expectSameBits(r.fast, r.generic, "zero term")
    }

    /// The specialised loop is the one that runs: `fastPaths` is the only difference, and
    /// the two passes leave different gather columns behind in a shuffled sgd epoch (the fast
    /// loop gathers a cancellation interval at a time, the generic pass one batch of 1).
    @Test func theFastLoopRuns() {
        var t = Self.trainer(Self.rules[5], .constant, .sgdShuffled, limit: 3)
        var ws = Workspace()
        _ = t.train(.sgd, epochs: 1, workspace: &ws)
        #expect(ws.gatherX.count == Trainer.cancellationInterval)
        var g = Self.trainer(Self.rules[5], .constant, .sgdShuffled, limit: 3)
        g.fastPaths = false
        var wsGeneric = Workspace()
        _ = g.train(.sgd, epochs: 1, workspace: &wsGeneric)
        #expect(wsGeneric.gatherX.count == 1)
    }
}
