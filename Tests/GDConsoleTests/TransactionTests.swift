import Testing
@testable import GDConsole
@testable import GDCore

/// A failing command changes nothing: after any sequence of good commands, the whole
/// session state before a bad one equals the state after it.
@Suite struct TransactionTests {
    static let good = [
        "step batch", "step sgd 3", "step minibatch 0 5 2", "epoch sgd", "epoch minibatch 3", "train batch 2",
        "train minibatch 2 2", "set lr 0.02", "set w 0.7", "set seed 9", "set batch 3", "set shuffle off",
        "set shuffle on", "set rng numpy", "set rng gd", "reset", "data 0 1, 1 3, 2 5, 3 7.5, 4 9", "load lecture",
        "gen 12 w=2 seed=5", "step sgd", "step minibatch", "set history-limit 4", "set on-diverge rollback",
    ]

    static let bad = [
        "step sgd 99", "step minibatch 1 1", "set lr -1", "set batch 99", "epoch minibatch 99", "train minibatch 99 1",
        "load /nonexistent.csv", "source /nonexistent.gd", "show nothing", "frob", "data 1", "gen 0", "set seed -4",
        "save history /nonexistent/dir/h.csv", "step sgd 1.5", "time frob",
        "record stop", "data 1 2, 3 nan", "plot fit to /nonexistent/dir/f.svg", "plot fit to f.png", "set plot fancy",
    ]

    @Test(arguments: 0..<40)
    func failingCommandLeavesTheSessionAsItWas(seed: Int) {
        var random = RandomStream(kind: .gd, seed: UInt64(seed))
        let interpreter = Interpreter(sink: BufferSink())
        for _ in 0..<random.index(below: 12) {
            let line = Self.good[random.index(below: Self.good.count)]
            let outcome = interpreter.run(line: line, file: nil, lineNumber: 1)
            #expect(outcome == .ok, "good command failed: \(line)")
        }
        for line in Self.bad {
            let before = interpreter.state
            let outcome = interpreter.run(line: line, file: nil, lineNumber: 1)
            guard case .failed(let error) = outcome else {
                Issue.record("'\(line)' should fail")
                continue
            }
            #expect(error.kind != .diverged)
            #expect(interpreter.state == before, "'\(line)' changed the session")
        }
    }

    @Test func divergenceUnderRollbackLeavesTheSessionAsItWas() {
        let interpreter = Interpreter(sink: BufferSink())
        _ = interpreter.run(line: "step sgd 2; set lr 1e10; set on-diverge rollback", file: nil, lineNumber: 1)
        let before = interpreter.state
        guard case .failed(let error) = interpreter.run(line: "train sgd 100", file: nil, lineNumber: 2) else {
            Issue.record("expected divergence")
            return
        }
        #expect(error.kind == .diverged)
        #expect(interpreter.state == before)
    }

    @Test func divergenceUnderStopKeepsTheGoodUpdates() {
        let interpreter = Interpreter(sink: BufferSink())
        _ = interpreter.run(line: "set lr 1e10", file: nil, lineNumber: 1)
        _ = interpreter.run(line: "train batch 100", file: nil, lineNumber: 2)
        let t = interpreter.state.trainer
        #expect(t.steps == 13)
        #expect(t.w.isFinite && t.loss.isFinite)
        #expect(t.history.updates.last?.wAfter == t.w)
    }
}
