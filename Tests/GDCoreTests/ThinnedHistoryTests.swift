import Testing
@testable import GDCore

/// Thinning the history must not change a single update.
///
/// Once the history is thinned, sgd runs the updates it does not keep in a separate bare
/// loop (`Trainer.runStochasticPass`, the `negTwoLR` loop), and mini-batch skips their
/// rows. Whatever the limit, every update is the same: history-limit 2 (thinned at once),
/// the default (thinned past 100,000 updates) and an unlimited history (never thinned,
/// so the bare loop never runs) must end on the same w, bit for bit.
@Suite struct ThinnedHistoryTests {
    static func data(_ n: Int, seed: UInt64) -> Dataset { TrainerPropertyTests.data(n, seed: seed) }

    /// The final w and the loss of `epochs` epochs under each history limit.
    static func finalWeights(
        _ variant: Variant, data: Dataset, epochs: Int, shuffles: Bool, batchSize: Int = 1,
        kind: GeneratorKind = .gd
    ) -> [Double] {
        [2, History.defaultLimit, Int.max].map { limit in
            var t = Trainer(data: data, w: 0.2, learningRate: 0.001, batchSize: batchSize,
                            shuffles: shuffles, random: RandomStream(kind: kind, seed: 11),
                            historyLimit: limit)
            let outcome = t.train(variant, epochs: epochs)
            #expect(outcome.stop == .completed)
            #expect(t.steps == t.history.totalUpdates)
            return t.w
        }
    }

    /// The issue's case: lecture data, in order, 18 updates with at most 2 rows kept.
    @Test func lectureSgdInOrderWithTwoRows() {
        var thin = Trainer(data: .lecture, w: 0.2, learningRate: 0.01, shuffles: false, historyLimit: 2)
        var full = Trainer(data: .lecture, w: 0.2, learningRate: 0.01, shuffles: false)
        _ = thin.train(.sgd, epochs: 3)
        _ = full.train(.sgd, epochs: 3)
        #expect(thin.history.isThinned)
        #expect(!full.history.isThinned)
        #expect(thin.w.bitPattern == full.w.bitPattern)
        #expect(thin.w == 0.9727345463861259)  // the issue: −5.7159 with the bare loop's sign flipped
    }

    /// 120,000 sgd updates: past the default limit too, so all three take the bare loop
    /// except the unlimited one.
    @Test(arguments: [false, true])
    func sgdPastTheDefaultLimit(shuffles: Bool) {
        let ws = Self.finalWeights(.sgd, data: Self.data(6_000, seed: 1), epochs: 20, shuffles: shuffles)
        #expect(Set(ws.map(\.bitPattern)).count == 1, "\(ws)")
    }

    @Test(arguments: [GeneratorKind.numpy, .numpyGenerator])
    func shuffledSgdWithNumpysOrders(kind: GeneratorKind) {
        let ws = Self.finalWeights(.sgd, data: Self.data(1_000, seed: 2), epochs: 3, shuffles: true, kind: kind)
        #expect(Set(ws.map(\.bitPattern)).count == 1, "\(ws)")
    }

    @Test(arguments: [1, 3, 64])
    func miniBatchUnderEveryLimit(batchSize: Int) {
        let ws = Self.finalWeights(.minibatch, data: Self.data(2_000, seed: 3), epochs: 4,
                                   shuffles: true, batchSize: batchSize)
        #expect(Set(ws.map(\.bitPattern)).count == 1, "\(ws)")
    }

    /// When −2·lr overflows (lr above about 9e307) the bare loop runs the plain formula
    /// lr·(−2·(x·r)) instead; with points near 1e-155 such an lr still makes steps of a
    /// few tenths, so that loop is reachable and must agree with the kept updates too.
    @Test func hugeLearningRateTakesThePlainFormula() {
        let data = Dataset(xs: [3e-155, 2e-155, 2.5e-155], ys: [3e-155, 4e-155, 1e-155])
        let ws = [2, Int.max].map { limit -> Double in
            var t = Trainer(data: data, w: 0.2, learningRate: 1e308, shuffles: false, historyLimit: limit)
            #expect(t.train(.sgd, epochs: 4).stop == .completed)
            return t.w
        }
        #expect(ws[0] != 0.2 && ws[0].isFinite)
        #expect(ws[0].bitPattern == ws[1].bitPattern, "\(ws)")
    }

    /// A run that diverges inside the bare loop stops at the same update, on the same last
    /// finite weight, as one that keeps every row.
    @Test func divergenceInsideTheBareLoop() {
        let outcomes = [2, Int.max].map { limit -> (Double, Int, Int) in
            var t = Trainer(data: Self.data(500, seed: 4), w: 0.2, learningRate: 0.3, historyLimit: limit)
            let outcome = t.train(.sgd, epochs: 5)
            guard case .diverged(let d) = outcome.stop else {
                Issue.record("expected divergence, got \(outcome.stop)")
                return (t.w, t.steps, 0)
            }
            #expect(t.w.isFinite)
            #expect(t.w == d.wBefore)
            return (t.w, t.steps, d.step)
        }
        #expect(outcomes[0].0.bitPattern == outcomes[1].0.bitPattern)
        #expect(outcomes[0].1 == outcomes[1].1)
        #expect(outcomes[0].2 == outcomes[1].2)
    }

    /// No test made a mini-batch diverge: with the check gone, `train minibatch` printed
    /// nan and exited 0.
    @Test(arguments: [2, 4, 5])
    func miniBatchDivergenceKeepsTheLastFiniteWeight(batchSize: Int) {
        var t = Trainer(data: .lecture, w: 0.2, learningRate: 1e10, batchSize: batchSize)
        let outcome = t.train(.minibatch, epochs: 60)
        guard case .diverged(let d) = outcome.stop else {
            Issue.record("expected divergence, got \(outcome.stop)")
            return
        }
        #expect(d.variant == .minibatch)
        #expect(t.w.isFinite && t.loss.isFinite)
        #expect(t.w == d.wBefore)
        #expect(t.steps == d.step - 1)
        #expect(t.history.updates.last?.wAfter == t.w)
    }
}

/// `history-limit N` keeps N rows: exactly N updates are all kept, the (N+1)-th thins to
/// every second one, and the rows never number more than N after an append (README: "keeps
/// every update up to `history-limit` rows"). It used to thin on reaching N, keeping N − 1.
@Suite struct HistoryLimitTests {
    static func row(_ step: Int) -> UpdateRecord {
        UpdateRecord(step: step, epoch: 1, point: 0, wBefore: 0, wAfter: 0, gradient: 0, lossUsed: 0)
    }

    @Test(arguments: [2, 3, 10, 1000])
    func limitRowsAreAllKept(limit: Int) {
        var h = History(startWeight: 0, limit: limit)
        for step in 1...limit { h.append(Self.row(step)) }
        #expect(!h.isThinned)
        #expect(h.updates.map(\.step) == Array(1...limit))
        h.append(Self.row(limit + 1))
        #expect(h.stride == 2)
        #expect(h.updates.map(\.step) == Array(stride(from: 2, through: limit + 1, by: 2)))
        for step in (limit + 2)...(limit * 9) {
            h.append(Self.row(step))
            #expect(h.updates.count <= limit)
        }
    }

    @Test func lowerLimitThinsUntilTheRowsFit() {
        var h = History(startWeight: 0, limit: 100)
        for step in 1...10 { h.append(Self.row(step)) }
        h.setLimit(10)
        #expect(!h.isThinned)
        h.setLimit(5)
        #expect(h.updates.map(\.step) == [2, 4, 6, 8, 10])
    }

    @Test func epochRowsObeyTheSameLimit() {
        var h = History(startWeight: 0, limit: 4)
        for epoch in 1...4 {
            h.append(EpochRecord(epoch: epoch, variant: .batch, batchSize: 6, updates: 1, firstStep: epoch,
                                 wBefore: 0, wAfter: 0, loss: 0))
        }
        #expect(!h.isEpochTableThinned)
        h.append(EpochRecord(epoch: 5, variant: .batch, batchSize: 6, updates: 1, firstStep: 5, wBefore: 0, wAfter: 0, loss: 0))
        #expect(h.epochs.map(\.epoch) == [2, 4])
    }
}
