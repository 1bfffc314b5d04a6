import Testing
@testable import GDCore

/// The sweep's lean loop (`Sweep.lean`) against what it replaces: `Trainer.train` from the
/// same start with the same derived seed. Every final weight must be the same bit for bit,
/// and the classification (diverged, left the range, which minimum) the same.
@Suite struct SweepLeanTests {
    /// Data for a model: 45 points, so that mini-batches of 4 leave a shorter last slice and
    /// a batch of 20 takes the line model's shuffled-pairs path (more than 16 points).
    static func data(_ model: ModelKind) -> Dataset {
        var shape = SyntheticData.Shape(count: 45, weight: 1.3, noise: 0.1, low: 0, high: 5)
        shape.model = model == .sine ? .sine : .line
        return SyntheticData.generate(shape, seed: 3) ?? .lecture
    }

    /// What `sweep` computed before the lean loop: a copy of the session trained from the start.
    static func reference(_ t: Trainer, _ variant: Variant, start: Double, seed: UInt64, epochs: Int)
        -> (end: Sweep.LeanEnd, loss: Double) {
        var c = t
        c.setRandom(RandomStream(kind: t.random.kind, seed: seed))
        c.setWeight(start)
        c.setHistoryLimit(2)
        let outcome = c.train(variant, epochs: epochs)
        var diverged = false
        if case .diverged = outcome.stop { diverged = true }
        return (Sweep.LeanEnd(parameters: c.parameters, diverged: diverged), c.loss)
    }

    static let optimizers: [(Optimizer, Schedule)] = {
        let momentum = (try? Optimizer(kind: .momentum)) ?? .default
        let adam = (try? Optimizer(kind: .adam)) ?? .default
        let rmsprop = (try? Optimizer(kind: .rmsprop)) ?? .default
        return [(.default, .constant), (momentum, .constant), (adam, .constant), (rmsprop, .constant),
                (.default, .invscaling(power: 0.5)), (adam, .step(every: 2, gamma: 0.5))]
    }()

    /// Every model × variant × optimiser (and schedule) × shuffle on/off × generator kind,
    /// at a learning rate that converges and at one that diverges (both on-diverge policies),
    /// from starts on both sides of the minimum.
    @Test(arguments: [ModelKind.line, .affine, .sine])
    func leanRunsEndWhereTrainEnds(model: ModelKind) {
        var compared = 0, diverged = 0
        let data = Self.data(model)
        for (optimizer, schedule) in Self.optimizers {
            for shuffles in [true, false] {
                for (lr, policy) in [(0.01, DivergencePolicy.stop), (0.3, .stop), (0.3, .rollback), (2.5, .stop)] {
                    for (batch, kind) in [(4, GeneratorKind.gd), (20, .numpy), (2, .numpyGenerator)] {
                        var t = Trainer(data: data, learningRate: lr, batchSize: batch, shuffles: shuffles,
                                        random: RandomStream(kind: kind, seed: 7), divergencePolicy: policy)
                        t.setModel(model)
                        if model == .affine { t.setBias(0.25) }
                        t.setOptimizer(optimizer, clearing: true)
                        t.schedule = schedule
                        let basins = Basins(model, data, b: t.startParameters.b, in: -6...6)
                        var workspace = SweepWorkspace()
                        for variant in SweepPlan.variants {
                            var group: [(start: Double, seed: UInt64)] = [], wanted: [Sweep.LeanEnd] = []
                            for (k, start) in [-4.5, 0.7, 3.1].enumerated() {
                                let seed = Sweep.seed(session: 7, variant: 1, start: k, run: 1, kind: kind)
                                let want = Self.reference(t, variant, start: start, seed: seed, epochs: 6)
                                group.append((start, seed))
                                wanted.append(want.end)
                                let got = Sweep.lean(t, variant, start: start, seed: seed, epochs: 6,
                                                     workspace: &workspace, shouldStop: { false })
                                #expect(got == want.end, """
                                    \(model) \(variant) \(optimizer.kind) \(schedule) shuffles \(shuffles) lr \(lr) \(policy) \
                                    B \(batch) \(kind) from \(start): lean \(String(describing: got)), train \(want.end)
                                    """)
                                let (run, stopped) = Sweep.run(t, variant, start: start, seed: seed, epochs: 6, basins: basins,
                                                               workspace: &workspace, shouldStop: { false })
                                #expect(!stopped)
                                #expect(run.finalLoss.bitPattern == want.loss.bitPattern)
                                #expect(run.basin == basins.classify(want.end.parameters.w,
                                                                     diverged: want.end.diverged || !want.loss.isFinite))
                                compared += 1
                                if want.end.diverged { diverged += 1 }
                            }
                            // The same runs in lockstep lanes end where each ends alone.
                            let lanes = Sweep.lean(t, variant, runs: group, epochs: 6, workspace: &workspace, shouldStop: { false })
                            #expect(lanes == wanted, "\(model) \(variant) \(optimizer.kind) lr \(lr) \(kind): lanes")
                        }
                    }
                }
            }
        }
        #expect(compared == Self.optimizers.count * 2 * 4 * 3 * 3 * 3)
        // The comparison covers diverging runs too (the sine loss cannot diverge).
        if model != .sine { #expect(diverged > 0) }
    }

    /// More runs than lanes go in several groups, each run ending where it ends alone.
    @Test func moreRunsThanLanes() throws {
        var t = Trainer(data: Self.data(.sine), learningRate: 0.1, batchSize: 3)
        t.setModel(.sine)
        var workspace = SweepWorkspace()
        let runs = (0..<(2 * Sweep.laneLimit + 1)).map { (start: -4 + Double($0), seed: UInt64(100 + $0)) }
        for variant in SweepPlan.variants {
            let together = try #require(Sweep.lean(t, variant, runs: runs, epochs: 4, workspace: &workspace, shouldStop: { false }))
            let alone = runs.map { Self.reference(t, variant, start: $0.start, seed: $0.seed, epochs: 4).end }
            #expect(together == alone)
        }
    }

    /// Past `SweepWorkspace.copyLimit` points a worker shares the data and runs one lane at
    /// a time; the ends are still `train`'s.
    @Test(arguments: [ModelKind.line, .sine])
    func largeDataRunsOneLaneAtATime(model: ModelKind) throws {
        var shape = SyntheticData.Shape(count: SweepWorkspace.copyLimit + 11, weight: 1.3, noise: 0.1, low: 0, high: 5)
        shape.model = model
        let data = try #require(SyntheticData.generate(shape, seed: 5))
        var t = Trainer(data: data, learningRate: 0.001, batchSize: 7)
        t.setModel(model)
        var workspace = SweepWorkspace(data, batch: 7)
        #expect(workspace.laneCount == 1)
        let runs: [(start: Double, seed: UInt64)] = [(0.5, 1), (2.5, 2)]
        for variant in SweepPlan.variants {
            let together = try #require(Sweep.lean(t, variant, runs: runs, epochs: 1, workspace: &workspace, shouldStop: { false }))
            let alone = runs.map { Self.reference(t, variant, start: $0.start, seed: $0.seed, epochs: 1).end }
            #expect(together == alone)
        }
    }

    /// A stop request ends a lean run with nothing.
    @Test func aStopRequestEndsALeanRun() {
        var workspace = SweepWorkspace()
        let t = Trainer()
        #expect(Sweep.lean(t, .sgd, start: 0, seed: 1, epochs: 3, workspace: &workspace, shouldStop: { true }) == nil)
    }
}
