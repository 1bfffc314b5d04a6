import GDCore

extension Interpreter {
    /// b exists only for the affine model.
    func requireBias(at location: SourceLocation) throws(GDError) {
        let model = state.trainer.model
        guard model.hasBias else {
            throw GDError(.unknownChoice, "the \(model.rawValue) model has no b; 'model affine' has one", at: location)
        }
    }

    /// `model` and `model NAME`.
    func model(_ kind: ModelKind?) {
        if let kind {
            state.trainer.setModel(kind)
        }
        out("model = \(state.trainer.model.rawValue): \(state.trainer.model.summary)")
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
                throw GDError(.outOfRange, "seed \(seed) is too large for rng \(kind.rawValue); use 0 to \(kind.maximumSeed)", at: site["SEED"])
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
                throw GDError(.outOfRange, "the seed \(seed) is too large for rng \(kind.rawValue) (at most \(kind.maximumSeed)); set a smaller seed first", at: site.location)
            }
            trainer.setRandom(RandomStream(kind: kind, seed: seed))
        case .onDiverge(let policy):
            trainer.divergencePolicy = policy
        case .historyLimit(let n):
            trainer.setHistoryLimit(n)
        case .timer(let on):
            state.timer = on
        }
        state.trainer = trainer
    }
}
