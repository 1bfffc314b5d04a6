import GDCore

extension Interpreter {
    /// `time COMMAND`: runs it and prints the wall time and rates on stderr only.
    func time(_ command: Command, at site: CommandSite, directory: String?) throws(GDError) -> Flow {
        let started = environment.now()
        let before = (state.trainer.steps, state.trainer.data.count)
        // Only after success: a failed command's error is all there is to say.
        let flow = try execute(command, at: site, directory: directory)
        reportTime(since: started, before: before, command: command)
        return flow
    }

    func reportTime(since started: Double, before: (steps: Int, n: Int), command: Command) {
        let seconds = max(environment.now() - started, 1e-9)
        let updates = state.trainer.steps - before.steps
        let points = updates > 0 ? Interpreter.pointsTouched(by: command, updates: updates, n: state.trainer.data.count,
                                                             batch: state.trainer.batchSize, history: state.trainer.history) : 0
        transient(.timing(seconds: Interpreter.seconds(seconds), updates: updates,
                          updateRate: Interpreter.rate(Double(updates) / seconds),
                          points: points, pointRate: Interpreter.rate(Double(points) / seconds)))
    }

    /// Points read by the updates a command made.
    static func pointsTouched(by command: Command, updates: Int, n: Int, batch: Int, history: History) -> Int {
        switch command {
        case .step(.batch, _), .epoch(.batch, _), .train(.batch, _, _): return updates * n
        case .step(.sgd, _), .epoch(.sgd, _), .train(.sgd, _, _): return updates
        case .step(.minibatch, .listed(let list, _)): return list.count
        case .step(.minibatch, _): return batch
        case .epoch(.minibatch, let b), .train(.minibatch, let b, _):
            let size = max(1, min(b ?? batch, n))
            let perEpoch = (n + size - 1) / size
            return (updates / perEpoch) * n + (updates % perEpoch) * size
        default: return 0
        }
    }

    static func seconds(_ s: Double) -> String {
        s < 1e-3 ? "\(rounded(s * 1e6)) µs" : s < 1 ? "\(rounded(s * 1e3)) ms" : "\(rounded(s)) s"
    }

    static func rate(_ r: Double) -> String {
        r >= 1e9 ? "\(rounded(r / 1e9)) G" : r >= 1e6 ? "\(rounded(r / 1e6)) M" : r >= 1e3 ? "\(rounded(r / 1e3)) k" : rounded(r)
    }

    /// Three significant digits, for human-facing timings only.
    static func rounded(_ v: Double) -> String {
        let digits = v >= 100 ? 0 : v >= 10 ? 1 : 2
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let r = (v * scale).rounded() / scale
        return digits == 0 ? String(Int(r)) : NumberFormat.repr(r)
    }
}
