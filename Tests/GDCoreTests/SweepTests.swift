#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import GDCore

/// `sweep`'s core: basins of L(w), runs that end where batch descent must, and results
/// that do not depend on the number of threads.
@Suite struct SweepTests {
    /// One point (1, 0.5): L(w) = (0.5 − sin w)², minima where sin w = 0.5 (w = π/6 and 5π/6
    /// in −1..3), the ridge between them at π/2, L highest at the range's ends.
    static let onePoint = Dataset(xs: [1], ys: [0.5])

    @Test func basinsOfALossWithKnownMinima() {
        let basins = Basins(.sine, Self.onePoint, in: -1...3)
        #expect(basins.minima.count == 2)
        #expect(abs(basins.minima[0].parameters.w - Double.pi / 6) < 1e-9)
        #expect(abs(basins.minima[1].parameters.w - 5 * Double.pi / 6) < 1e-9)
        #expect(basins.minima.filter(\.isGlobal).count == 1)
        #expect(abs(basins.ridges[1] - Double.pi / 2) < 4.0 / 256)
        #expect(basins.classify(-0.9) == .minimum(0))
        #expect(basins.classify(0.3) == .minimum(0))
        #expect(basins.classify(1.5) == .minimum(0))
        #expect(basins.classify(1.65) == .minimum(1))
        #expect(basins.classify(2.9) == .minimum(1))
        #expect(basins.classify(3.5) == .outside)
        #expect(basins.classify(-1.5) == .outside)
        #expect(basins.classify(.nan) == .diverged)
        #expect(basins.classify(.infinity) == .diverged)
        #expect(basins.classify(0.5, diverged: true) == .diverged)
    }

    /// A minimum near the edge whose ridge lies inside the range: past that ridge is outside.
    @Test func pastTheOuterRidgeIsOutside() {
        // In −3..1 the minimum π/6 is located; −π/2 (the top of L) is the ridge below it,
        // and beyond it w falls towards −7π/6, which was not located.
        let basins = Basins(.sine, Self.onePoint, in: -3...1)
        #expect(basins.minima.count == 1)
        #expect(abs(basins.ridges[0] + Double.pi / 2) < 4.0 / 256)
        #expect(basins.classify(-1) == .minimum(0))
        #expect(basins.classify(-2.5) == .outside)
    }

    @Test func convexLossesHaveOneGlobalBasin() {
        let basins = Basins(.line, .lecture, in: -5...5)
        #expect(basins.isConvex)
        #expect(basins.classify(4.9) == .minimum(0))
        #expect(basins.classify(1000) == .outside)
        // The range is widened to take in the minimum, so a run that settled there counts.
        let far = Basins(.line, .lecture, in: 2...3)
        #expect(far.classify(far.minima[0].parameters.w) == .minimum(0))
        #expect(basins.isGlobal(.minimum(0)))
        #expect(basins.classify(.nan) == .diverged)
    }

    static var sineData: Dataset {
        var shape = SyntheticData.Shape(count: 50, weight: 1.3, noise: 0.1, low: 0, high: 5)
        shape.model = .sine
        return SyntheticData.generate(shape, seed: 1) ?? .lecture
    }

    static var sineTrainer: Trainer {
        var t = Trainer(data: sineData, learningRate: 0.01)
        t.setModel(.sine)
        return t
    }

    /// Batch descent with a small step from just inside a basin ends at its minimum.
    @Test func batchFromInsideABasinEndsAtItsMinimum() {
        let t = Self.sineTrainer
        let basins = Basins(.sine, t.data, in: -6...6)
        #expect(basins.minima.count >= 3)
        for (i, m) in basins.minima.enumerated() {
            for offset in [-0.03, 0.03] {
                var workspace = SweepWorkspace(t.data, batch: t.batchSize)
                let (run, stopped) = Sweep.run(t, .batch, start: m.parameters.w + offset, seed: 0, epochs: 400,
                                               basins: basins, workspace: &workspace, shouldStop: { false })
                #expect(!stopped)
                #expect(run.basin == .minimum(i), "minimum \(i) at \(m.parameters.w), start offset \(offset)")
                #expect(abs(run.finalW - m.parameters.w) < 1e-3, "ended at \(run.finalW), minimum \(m.parameters.w)")
            }
        }
    }

    @Test func resultsAreTheSameOnAnyNumberOfThreads() throws {
        var t = Self.sineTrainer
        t.learningRate = 0.1
        let basins = Basins(.sine, t.data, in: -6...6)
        var plan = SweepPlan(from: -5, to: 5, count: 9, epochs: 5, runs: 3, threads: 1)
        let never: @Sendable () -> Bool = { false }
        let one = try #require(Sweep.run(t, plan, basins: basins, shouldStop: never))
        plan.threads = 2
        let two = try #require(Sweep.run(t, plan, basins: basins, shouldStop: never))
        plan.threads = 5
        let five = try #require(Sweep.run(t, plan, basins: basins, shouldStop: never))
        #expect(one.count == 9 + 2 * 9 * 3)
        #expect(one == two)
        #expect(one == five)
        // The random variants' runs from one start differ from each other (their own seeds).
        let sgdFromFirst = one.filter { $0.variant == .sgd && $0.start == -5 }.map(\.finalW)
        #expect(Set(sgdFromFirst).count == 3)
    }

    @Test func aStopRequestEndsTheSweepWithNothing() {
        let t = Self.sineTrainer
        let plan = SweepPlan(from: -5, to: 5, count: 4, epochs: 5, threads: 2)
        #expect(Sweep.run(t, plan, basins: Basins(.sine, t.data, in: -6...6), shouldStop: { true }) == nil)
    }

    @Test func startsAreEvenlySpacedWithBothEnds() {
        #expect(SweepPlan(from: -5, to: 5, count: 5).starts == [-5, -2.5, 0, 2.5, 5])
        #expect(SweepPlan(from: 0.1, to: 0.7, count: 7).starts.last == 0.7)
        #expect(SweepPlan(from: 2, to: 3, count: 1).starts == [2])
    }

    @Test func numpySeedsStayWithin32Bits() {
        for run in 1...50 {
            #expect(Sweep.seed(session: 7, variant: 1, start: run, run: run, kind: .numpy) <= UInt64(UInt32.max))
        }
    }
}
