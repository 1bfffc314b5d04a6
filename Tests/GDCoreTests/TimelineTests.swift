import Testing
@testable import GDCore

/// Properties of `undo` and `goto`: any sequence of commands can be taken back to step 0
/// exactly, N updates can be taken back exactly (the next random choice included), and
/// going forward again replays exactly.
@Suite struct TimelineTests {
    /// A random command, drawn from a generator of the test's own.
    enum Op: CustomStringConvertible {
        case step(Variant, Trainer.Selection)
        case train(Variant, batch: Int, epochs: Int)
        case setLearningRate(Double)
        case setShuffle(Bool)
        case setBatch(Int)

        var description: String {
            switch self {
            case .step(let v, let s): return "step \(v) \(s)"
            case .train(let v, let b, let e): return "train \(v) b=\(b) \(e)"
            case .setLearningRate(let lr): return "lr \(lr)"
            case .setShuffle(let on): return "shuffle \(on)"
            case .setBatch(let b): return "batch \(b)"
            }
        }

        static func random(_ r: inout RandomStream, n: Int) -> Op {
            let variants: [Variant] = [.batch, .sgd, .minibatch]
            let v = variants[r.index(below: 3)]
            switch r.index(below: 8) {
            case 0, 1:
                switch r.index(below: 3) {
                case 0: return .step(v, .all)
                case 1: return .step(v, .random(count: v == .sgd ? 1 : 1 + r.index(below: n)))
                default: return .step(v, .points([r.index(below: n)]))
                }
            case 2, 3, 4: return .train(v, batch: 1 + r.index(below: n), epochs: 1 + r.index(below: 3))
            case 5: return .setLearningRate([0.001, 0.01, 0.02][r.index(below: 3)])
            case 6: return .setShuffle(r.index(below: 2) == 0)
            default: return .setBatch(1 + r.index(below: n))
            }
        }
    }

    /// Applies `op`; returns the updates it made.
    @discardableResult
    static func apply(_ op: Op, to t: inout Trainer, _ ws: inout Workspace) -> Int {
        let before = t.steps
        switch op {
        case .step(let v, let s): _ = t.step(v, s, workspace: &ws)
        case .train(let v, let b, let e): _ = t.train(v, batchSize: b, epochs: e, workspace: &ws)
        case .setLearningRate(let lr): t.learningRate = lr
        case .setShuffle(let on): t.shuffles = on
        case .setBatch(let b): t.batchSize = b
        }
        return t.steps - before
    }

    static let kinds: [GeneratorKind] = [.gd, .numpy, .numpyGenerator]
    static let models: [ModelKind] = [.line, .affine, .sine]

    @Test(arguments: 0..<24)
    func undoAllEqualsAFreshReset(seed: Int) {
        let n = 5 + seed % 13
        var r = RandomStream(kind: .gd, seed: UInt64(1000 + seed))
        var t = Trainer(data: TrainerPropertyTests.data(n, seed: UInt64(seed)), w: 0.1, learningRate: 0.01,
                        random: RandomStream(kind: Self.kinds[seed % 3], seed: UInt64(seed)),
                        historyLimit: seed % 2 == 0 ? 6 : 100_000)
        t.setModel(Self.models[(seed / 3) % 3])
        var ws = Workspace()
        for _ in 0..<(3 + seed % 10) { Self.apply(Op.random(&r, n: n), to: &t, &ws) }
        var fresh = t
        fresh.reset()
        #expect(throws: Never.self) { try t.undo(nil, workspace: &ws) }
        #expect(t.snapshot == fresh.snapshot)
        #expect(t.history.updates.isEmpty && t.steps == 0)
        // The next shuffled epoch is the one a fresh session makes.
        t.shuffles = true
        fresh.shuffles = true
        _ = t.train(.sgd, epochs: 1, workspace: &ws)
        _ = fresh.train(.sgd, epochs: 1)
        #expect(t.snapshot == fresh.snapshot)
    }

    @Test(arguments: 0..<24)
    func undoNAfterNUpdatesEqualsTheStateBefore(seed: Int) {
        let n = 4 + seed % 11
        var r = RandomStream(kind: .gd, seed: UInt64(2000 + seed))
        var t = Trainer(data: TrainerPropertyTests.data(n, seed: UInt64(seed)), w: -0.3, learningRate: 0.01,
                        random: RandomStream(kind: Self.kinds[seed % 3], seed: UInt64(seed)),
                        historyLimit: seed % 3 == 0 ? 5 : 100_000)
        t.setModel(Self.models[(seed / 3) % 3])
        if t.model.hasBias { t.setBias(0.25) }
        var ws = Workspace()
        for _ in 0..<(seed % 6) { Self.apply(Op.random(&r, n: n), to: &t, &ws) }
        let before = t
        var made = 0
        var ops: [Op] = []
        for _ in 0..<(1 + seed % 5) {
            ops.append(Op.random(&r, n: n))
            made += Self.apply(ops[ops.count - 1], to: &t, &ws)
        }
        guard made > 0 else { return }
        let tip = t.snapshot
        #expect(throws: Never.self) { try t.undo(made, workspace: &ws) }
        #expect(t.snapshot == before.snapshot, "\(ops)")
        // The next random choices are those the session made the first time (with the
        // settings of now: undo takes back updates, not settings).
        var a = t, b = before
        (b.learningRate, b.shuffles, b.batchSize) = (t.learningRate, t.shuffles, t.batchSize)
        _ = a.train(.sgd, epochs: 1, workspace: &ws)
        _ = b.train(.sgd, epochs: 1)
        #expect(a.snapshot == b.snapshot)
        _ = a.step(.minibatch, .random(count: min(3, n)), workspace: &ws)
        _ = b.step(.minibatch, .random(count: min(3, n)))
        #expect(a.snapshot == b.snapshot)
        // Redo: back to the tip, exactly.
        #expect(throws: Never.self) { try t.go(to: tip.steps, workspace: &ws) }
        #expect(t.snapshot == tip)
    }

    @Test(arguments: 0..<12)
    func gotoAnyStepMatchesItsHistoryRow(seed: Int) {
        let n = 7 + seed
        var t = Trainer(data: TrainerPropertyTests.data(n, seed: UInt64(seed)), w: 0, learningRate: 0.01,
                        batchSize: 3, random: RandomStream(kind: Self.kinds[seed % 3], seed: UInt64(seed)))
        var ws = Workspace()
        _ = t.step(.sgd, .random(count: 1), workspace: &ws)
        _ = t.train(.sgd, epochs: 2, workspace: &ws)
        _ = t.train(.minibatch, epochs: 2, workspace: &ws)
        _ = t.train(.batch, epochs: 2, workspace: &ws)
        let rows = Array(t.history.updates)
        let latest = t.steps
        for target in [0, 1, 2, n, n + 1, latest - 1, latest, 3, latest / 2] where target <= latest {
            #expect(throws: Never.self) { try t.go(to: target, workspace: &ws) }
            #expect(t.steps == target)
            #expect(t.history.updates.count == target)
            #expect(t.w == (target == 0 ? 0 : rows[target - 1].wAfter))
            #expect(Array(t.history.updates) == Array(rows.prefix(target)))
        }
        #expect(throws: Trainer.TravelError.beyondLatest(latest)) { try t.go(to: latest + 1, workspace: &ws) }
    }

    @Test func aCopyOfTheStateSharesTheDataColumns() {
        let t = Trainer(data: TrainerPropertyTests.data(1000, seed: 1))
        let copies = [t, t, t]
        let base = t.data.xs.withUnsafeBufferPointer { $0.baseAddress }
        for c in copies { #expect(c.data.xs.withUnsafeBufferPointer { $0.baseAddress } == base) }
    }

    @Test func aNewUpdateForgetsTheFuture() {
        var t = Trainer()
        var ws = Workspace()
        _ = t.train(.sgd, epochs: 2, workspace: &ws)
        #expect(throws: Never.self) { try t.undo(8, workspace: &ws) }
        _ = t.step(.batch, .all, workspace: &ws)
        #expect(t.steps == 5)
        #expect(t.timeline.latestStep == 5)
        #expect(throws: Trainer.TravelError.beyondLatest(5)) { try t.go(to: 6, workspace: &ws) }
        // Step 3 is inside the cut epoch: reached by replaying it.
        let w3 = t.history.updates[2].wAfter
        #expect(throws: Never.self) { try t.go(to: 3, workspace: &ws) }
        #expect(t.w == w3)
    }

    @Test func rollbackBringsBackRowsThinnedDuringTheCommand() {
        var t = Trainer(learningRate: 0.01, divergencePolicy: .rollback, historyLimit: 8)
        _ = t.step(.sgd, .points([1]))
        _ = t.step(.sgd, .points([2]))
        _ = t.step(.sgd, .points([3]))
        let before = t.snapshot
        t.learningRate = 1e25
        let outcome = t.train(.batch, epochs: 200)
        guard case .diverged = outcome.stop else {
            Issue.record("expected divergence")
            return
        }
        #expect(t.snapshot == before)
        #expect(t.history.updates.map(\.step) == [1, 2, 3])
    }

    @Test func epochRowsObeyTheLimit() {
        var t = Trainer(learningRate: 0.01, historyLimit: 16)
        _ = t.train(.batch, epochs: 1000)
        #expect(t.history.epochs.count < 16)
        #expect(t.history.totalEpochs == 1000)
        #expect(t.history.epochs.allSatisfy { $0.epoch % t.history.epochStride == 0 })
    }

    @Test func theTimelineKeepsABoundedNumberOfCommands() {
        var t = Trainer(learningRate: 0.001)
        var ws = Workspace()
        for _ in 0..<(Timeline.entryLimit + 50) { _ = t.step(.sgd, .random(count: 1), workspace: &ws) }
        #expect(t.timeline.entries.count == Timeline.entryLimit)
        let oldest = t.timeline.oldestStep
        #expect(oldest == 50)
        #expect(throws: Trainer.TravelError.beforeOldest(oldest)) { try t.go(to: 10, workspace: &ws) }
        var fresh = t
        fresh.reset()
        #expect(throws: Never.self) { try t.go(to: 0, workspace: &ws) }
        #expect(t.snapshot == fresh.snapshot)
    }

    @Test func aCopyOfAChunkedLogSharesItsRows() {
        var log = RowLog<Int>()
        for i in 0..<5000 { log.append(i) }
        let copy = log
        log.append(5000)
        #expect(copy.count == 5000)
        #expect(log.count == 5001)
        #expect(Array(log.prefix(5000)) == Array(copy))
        log.keep { $0 % 2 == 0 }
        #expect(log.count == 2501)
        #expect(log[2500] == 5000)
    }
}
