import Testing
@testable import GDCore

/// Properties that must hold for any data, seed and setting.
@Suite struct TrainerPropertyTests {
    static func data(_ n: Int, seed: UInt64) -> Dataset {
        var r = RandomStream(kind: .gd, seed: seed)
        var xs: [Double] = [], ys: [Double] = []
        for _ in 0..<n {
            let x = r.unit() * 10 - 5
            xs.append(x)
            ys.append(1.5 * x + r.normal())
        }
        return Dataset(xs: xs, ys: ys)
    }

    @Test(arguments: [1, 2, 6, 9, 100, 1000])
    func miniBatchOfAllPointsEqualsBatchStep(n: Int) {
        let d = Self.data(n, seed: UInt64(n))
        var a = Trainer(data: d, w: 0.3, learningRate: 0.01)
        var b = a
        _ = a.step(.batch, .all)
        _ = b.step(.minibatch, .points(Array(0..<n)))
        #expect(a.w == b.w)
        var c = Trainer(data: d, w: 0.3, learningRate: 0.01)
        c.shuffles = false
        _ = c.train(.minibatch, batchSize: n, epochs: 1)
        #expect(c.w == a.w)
    }

    @Test(arguments: [(6, 0 as UInt64), (7, 1), (100, 42), (513, 7)])
    func sgdEpochVisitsEveryPointOnce(n: Int, seed: UInt64) {
        var t = Trainer(data: Self.data(n, seed: seed), w: 0, learningRate: 0.001)
        t.setRandom(RandomStream(kind: .gd, seed: seed))
        _ = t.train(.sgd, epochs: 1)
        let visited = t.history.updates.flatMap(\.points)
        #expect(visited.count == n)
        #expect(Set(visited).count == n)
    }

    @Test(arguments: [GeneratorKind.gd, .numpy, .numpyGenerator])
    func unshuffledEpochIgnoresTheSeed(kind: GeneratorKind) {
        let d = Self.data(50, seed: 5)
        var ws: [Double] = []
        for seed in [0, 1, 99] as [UInt64] {
            var t = Trainer(data: d, w: 0.1, learningRate: 0.01, batchSize: 7, shuffles: false, random: RandomStream(kind: kind, seed: seed))
            _ = t.train(.minibatch, epochs: 2)
            _ = t.train(.sgd, epochs: 1)
            ws.append(t.w)
        }
        #expect(Set(ws).count == 1)
    }

    @Test func historyEndsAtTheSessionWeight() {
        var t = Trainer(data: Self.data(40, seed: 9), w: 0, learningRate: 0.01, batchSize: 3)
        _ = t.step(.sgd, .points([3]))
        _ = t.train(.minibatch, epochs: 2)
        _ = t.train(.sgd, epochs: 1)
        _ = t.step(.batch, .all)
        #expect(t.history.updates.last?.wAfter == t.w)
        #expect(t.history.totalUpdates == t.steps)
        #expect(t.steps == 1 + 2 * 14 + 40 + 1)
    }

    @Test func miniBatchEpochMakesCeilingOfNOverBUpdates() {
        var t = Trainer(data: Self.data(10, seed: 1), w: 0, learningRate: 0.01)
        let outcome = t.train(.minibatch, batchSize: 4, epochs: 1)
        #expect(outcome.lastEpoch?.updates == 3)
        #expect(t.history.updates.map(\.pointCount) == [4, 4, 2])
    }

    @Test func divergenceStopsAndKeepsTheLastFiniteWeight() {
        var t = Trainer(data: .lecture, w: 0.2, learningRate: 1e6)
        let outcome = t.train(.batch, epochs: 1000)
        guard case .diverged(let d) = outcome.stop else {
            Issue.record("expected divergence, got \(outcome.stop)")
            return
        }
        #expect(t.w.isFinite)
        #expect(t.w == d.wBefore)
        #expect(!d.wAfter.isFinite || !d.gradient.isFinite || abs(d.wAfter) > Dataset.lecture.safeWeightBound)
        #expect(t.steps == d.step - 1)
    }

    @Test func rollbackUndoesTheWholeCommand() {
        var t = Trainer(data: .lecture, w: 0.2, learningRate: 1e6, divergencePolicy: .rollback)
        _ = t.step(.sgd, .points([1]))
        let before = t
        let outcome = t.train(.sgd, epochs: 1000)
        guard case .diverged(let d) = outcome.stop else {
            Issue.record("expected divergence")
            return
        }
        #expect(d.rolledBack)
        #expect(t == before)
    }

    @Test func interruptionKeepsFinishedUpdates() {
        var t = Trainer(data: Self.data(20, seed: 2), w: 0, learningRate: 0.001)
        var polls = 0
        let outcome = t.train(.minibatch, batchSize: 2, epochs: 5, shouldStop: {
            polls += 1
            return polls > 13
        })
        #expect(outcome.stop == .interrupted)
        #expect(t.steps == outcome.updates)
        #expect(t.steps > 0 && t.steps < 50)
        #expect(t.history.updates.last?.wAfter == t.w)
    }

    @Test func historyThinsPastItsLimit() {
        var t = Trainer(data: Self.data(1000, seed: 3), w: 0, learningRate: 0.0001, historyLimit: 64)
        _ = t.train(.sgd, epochs: 3)
        #expect(t.history.totalUpdates == 3000)
        #expect(t.history.updates.count < 64)
        #expect(t.history.isThinned)
        #expect(t.history.updates.allSatisfy { $0.step % t.history.stride == 0 })
        #expect(t.history.epochs.count == 3)
    }

    @Test func resetReplaysExactly() {
        var t = Trainer(data: Self.data(30, seed: 4), w: 0.5, learningRate: 0.01)
        _ = t.train(.sgd, epochs: 2)
        let first = t.w
        t.reset()
        _ = t.train(.sgd, epochs: 2)
        #expect(t.w == first)
    }
}
