import GDCore
import Testing
@testable import GDConsole

/// `show history`, `save history` and `plot loss` read the loss after an update from the
/// epoch that ended there instead of a pass over the data, and print the same bits.
struct UpdateLossTests {
    /// A session after `commands`, on 2,000 points of a sine model (its loss is a pass).
    func session(_ commands: [String]) -> Interpreter {
        let interpreter = Interpreter(sink: BufferSink())
        for (n, line) in (["gen 2000 model=sine seed=4", "model sine", "set lr 0.001"] + commands).enumerated() {
            #expect(interpreter.run(line: line, file: nil, lineNumber: n + 1, directory: nil) == .ok, "\(line)")
        }
        return interpreter
    }

    /// Every update of `train batch` ends an epoch: no pass over the data at all.
    @Test func batchEpochsNeedNoPass() {
        let t = session(["train batch 30"]).state.trainer
        var passes = 0
        let loss = UpdateLoss(t) { passes += 1; return t.loss(at: $0) }
        for r in t.history.updates {
            #expect(loss.after(r).bitPattern == t.loss(at: r.after).bitPattern, "step \(r.step)")
        }
        #expect(t.history.updates.count == 30)
        #expect(passes == 0)
    }

    /// sgd and mini-batch: the last update of each epoch is known, the others computed;
    /// lone steps are computed.
    @Test(arguments: ["train sgd 3", "train minibatch 64 2", "step batch"])
    func onlyEpochEndsAreKnown(_ command: String) {
        let t = session([command, "step sgd 5"]).state.trainer
        var passes = 0
        let loss = UpdateLoss(t) { passes += 1; return t.loss(at: $0) }
        for r in t.history.updates {
            #expect(loss.after(r).bitPattern == t.loss(at: r.after).bitPattern, "step \(r.step)")
        }
        let epochEnds = t.history.epochs.count
        #expect(passes == t.history.updates.count - epochEnds)
    }
}
