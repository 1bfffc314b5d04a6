import GDCore

extension Interpreter {
    /// b exists only for the affine model.
    func requireBias(at location: SourceLocation) throws(GDError) {
        let model = state.trainer.model
        guard model.hasBias else {
            throw GDError(.unknownChoice, .noBias(model: model.rawValue), at: location)
        }
    }

    /// `model` and `model NAME`.
    func model(_ kind: ModelKind?) {
        if let kind {
            state.trainer.setModel(kind)
        }
        out(.currentModel(state.trainer.model.rawValue, summary: Help.modelSummary(state.trainer.model, state.language)))
    }

    func apply(_ setting: Setting, at site: CommandSite) throws(GDError) {
        var trainer = state.trainer
        switch setting {
        case .learningRate(let v):
            trainer.learningRate = v
        case .weight(let v):
            trainer.setWeight(v)
        case .bias(let v):
            try requireBias(at: site.location)
            trainer.setBias(v)
        case .seed(let seed):
            let kind = trainer.random.kind
            guard seed <= kind.maximumSeed else {
                throw GDError(.outOfRange, .seedTooLarge(String(seed), rng: kind.rawValue, maximum: String(kind.maximumSeed)), at: site["SEED"])
            }
            trainer.setRandom(RandomStream(kind: kind, seed: seed))
        case .batch(let b):
            if !trainer.data.isEmpty { try checkBatchSize(b, at: site["B"]) }
            trainer.batchSize = b
        case .shuffle(let on):
            trainer.shuffles = on
        case .rng(let kind):
            let seed = trainer.random.seed
            guard seed <= kind.maximumSeed else {
                throw GDError(.outOfRange, .seedTooLargeForRng(String(seed), rng: kind.rawValue, maximum: String(kind.maximumSeed)), at: site.location)
            }
            trainer.setRandom(RandomStream(kind: kind, seed: seed))
        case .onDiverge(let policy):
            trainer.divergencePolicy = policy
        case .historyLimit(let n):
            let need = MemoryLimit.product(n, Interpreter.historyRowBytes)
            guard environment.memory.allows(need) else {
                throw GDError(.outOfRange, .memory(.history(n, rowBytes: Interpreter.historyRowBytes), environment.memory.refusalParts(need: need)), at: site["N"])
            }
            trainer.setHistoryLimit(n)
        case .timer(let on):
            state.timer = on
        case .digits(let n):
            state.numbers = NumberStyle(digits: n)
        case .plot(let style):
            state.plotStyle = style
        case .language(let language):
            state.language = language
        case .threads(let n):
            state.threads = n
        case .optimizer(let kind):
            var rule = trainer.optimizer
            rule.kind = kind
            trainer.setOptimizer(rule, clearing: true)
        case .hyperParameter(let h, let v):
            var rule = trainer.optimizer
            do { try rule.set(h, to: v) } catch { throw GDError(.outOfRange, .hyperParameterOutOfRange(h.rawValue), at: site["V"]) }
            trainer.setOptimizer(rule, clearing: false)
        case .schedule(let schedule):
            trainer.schedule = schedule
        }
        state.trainer = trainer
    }

    /// The most one history row can take: the record itself, and the array of up to
    /// `UpdateRecord.pointListLimit` point indexes a mini-batch row keeps (with its 32-byte
    /// header). `set history-limit` refuses a limit whose full history would not fit.
    static let historyRowBytes = MemoryLayout<UpdateRecord>.stride + 32 + UpdateRecord.pointListLimit * MemoryLayout<Int>.stride
}
