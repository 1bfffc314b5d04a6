import GDCore

extension Interpreter {
    /// `show optimizer`: the rule in symbols, the settings it reads, the schedule, and what
    /// it remembers of each parameter (the state the next update starts from).
    func showOptimizer() {
        let t = state.trainer
        let rule = t.optimizer
        let number = state.numbers.text
        out(.line(.optimizerRule(rule.kind)))
        let settings = rule.kind.hyperParameters.map { "\($0.rawValue) = \(number(rule.value(of: $0)))" }
        if !settings.isEmpty { out(.line(.optimizerSettings(settings.joined(separator: ", ")))) }
        out(.line(.optimizerRate(lr: number(t.learningRate), schedule: state.numbers.scheduleText(t.schedule))))
        var names = [("w", t.optimizerState.w)]
        if t.model.hasBias { names.append(("b", t.optimizerState.b)) }
        for (name, s) in names {
            out(.line(.optimizerState(name: name, state: stateText(s, kind: rule.kind))))
        }
    }

    /// The parts of the state the rule uses: t always, v for momentum and nesterov, s for
    /// adagrad and rmsprop, m and s for adam.
    func stateText(_ s: OptimizerState, kind: OptimizerKind) -> String {
        let number = state.numbers.text
        var parts = ["t = \(s.t)"]
        switch kind {
        case .sgd: break
        case .momentum, .nesterov: parts.append("v = \(number(s.v))")
        case .adagrad, .rmsprop: parts.append("s = \(number(s.s))")
        case .adam: parts += ["m = \(number(s.m))", "s = \(number(s.s))"]
        }
        return parts.joined(separator: ", ")
    }

    /// `show schedule N`: the rate the schedule gives, from the current lr, for updates
    /// 1…N (invscaling) or after 0…N−1 finished epochs (step, exponential); constant
    /// prints its one rate.
    func showSchedule(_ count: Int) {
        let t = state.trainer
        let s = t.schedule
        let number = state.numbers.text
        switch s.clock {
        case .none:
            out(.line(.constantSchedule(lr: number(t.learningRate))))
        case .update:
            table(header: [.update, .lr], count: count, what: .rates, saveHint: nil) { i in
                [.text(String(i + 1)), .number(s.rate(base: t.learningRate, update: i + 1, epochs: 0))]
            }
        case .epoch:
            table(header: [.epoch, .lr], count: count, what: .rates, saveHint: nil) { i in
                [.text(String(i + 1)), .number(s.rate(base: t.learningRate, update: 1, epochs: i))]
            }
        }
    }
}

extension Interpreter {
    /// `w = 0.83 (xavier uniform, seed 0)`: the start weight and how `init` drew it;
    /// `start` says "start w = …" (the weight has moved since).
    func startLine(start: Bool) -> Message {
        let t = state.trainer
        let w = state.numbers.text(t.startWeight)
        guard let drawn = t.drawnStart else { return .weight(w) }
        let form: String
        switch drawn.initializer {
        case .xavier(let d): form = "xavier \(d.rawValue)"
        case .he(let d): form = "he \(d.rawValue)"
        case .uniform(let low, let high): form = "uniform \(state.numbers.text(low)) \(state.numbers.text(high))"
        case .normal(let mean, let std): form = "normal \(state.numbers.text(mean)) \(state.numbers.text(std))"
        }
        let rng = drawn.generator == .gd ? nil : drawn.generator.rawValue
        return .line(.drawnStart(w: w, form: form, rng: rng, seed: String(drawn.seed), start: start))
    }
}
