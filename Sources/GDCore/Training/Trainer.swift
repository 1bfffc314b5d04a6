/// The optimisation state of a session and the three ways of feeding it data.
///
/// A plain value: the console keeps one, and everything it needs to undo or compare is
/// in it (`snapshot`, `timeline`). Scratch buffers live apart, in a `Workspace` a pass
/// borrows, and the data columns are copy-on-write arrays, so copying a trainer copies
/// neither. It validates nothing a user typed (the console does, so messages can say
/// where); its preconditions say what it expects.
public struct Trainer: Sendable {
    public internal(set) var data: Dataset {
        didSet { evaluations = EvaluationCache() }
    }
    /// The last evaluations over all points of a non-line model (not state: `==` ignores it).
    var evaluations = EvaluationCache()
    /// False only in tests: the affine model and the line model under another rule or a
    /// schedule then take the generic loops, and every loss is summed afresh — the
    /// reference their fast paths are checked against bit for bit.
    var fastPaths = true
    /// The model fitted (`model line|affine|sine`).
    public internal(set) var model: ModelKind = .line
    /// The current weights.
    public internal(set) var parameters: Parameters
    /// Where `reset` returns to; `set w` and `set b` move both.
    public internal(set) var startParameters: Parameters
    /// The current weight w (every model has one).
    public internal(set) var w: Double {
        @inline(__always) get { parameters.w }
        @inline(__always) set { parameters.w = newValue }
    }
    /// The w `reset` returns to.
    public var startWeight: Double { startParameters.w }
    public var learningRate: Double
    /// The default mini-batch size (`set batch`).
    public var batchSize: Int
    /// Whether sgd and mini-batch epochs visit the points in a shuffled order.
    public var shuffles: Bool
    public var divergencePolicy: DivergencePolicy
    public internal(set) var random: RandomStream
    /// Updates since the last reset.
    public internal(set) var steps: Int = 0
    /// Epochs since the last reset.
    public internal(set) var epochs: Int = 0
    public internal(set) var history: History
    /// The commands since the last reset, for `undo` and `goto`.
    public internal(set) var timeline = Timeline()
    /// The update rule and its hyper-parameters (`set optimizer`, `set momentum`, …).
    public internal(set) var optimizer: Optimizer = .default
    /// How the learning rate changes with the update and epoch counts (`set schedule`).
    public var schedule: Schedule = .constant
    /// The optimiser's memory (v, s, m, t) of w and b since the last reset; snapshots hold it.
    public internal(set) var optimizerState: ParameterStates = .initial
    /// How the start weights were drawn (`init`), or nil when they were typed or are the default.
    public internal(set) var drawnStart: DrawnStart?

    public init(
        data: Dataset = .lecture, w: Double = Dataset.lectureWeight,
        learningRate: Double = Dataset.lectureLearningRate, batchSize: Int = 2,
        shuffles: Bool = true, random: RandomStream = RandomStream(kind: .gd, seed: 0),
        divergencePolicy: DivergencePolicy = .stop, historyLimit: Int = History.defaultLimit
    ) {
        self.data = data
        self.parameters = Parameters(w: w)
        self.startParameters = Parameters(w: w)
        self.learningRate = learningRate
        self.batchSize = batchSize
        self.shuffles = shuffles
        self.random = random
        self.divergencePolicy = divergencePolicy
        self.history = History(startWeight: w, limit: historyLimit)
    }

    /// Loss over all points at the current weights.
    public var loss: Double { loss(at: parameters) }

    /// Loss over all points at any weights, for the session's model.
    public func loss(at p: Parameters) -> Double {
        if model == .line { return data.loss(at: p.w) }
        if hasClosedFormLoss { return data.loss(at: p, model: model) }
        if fastPaths, let e = evaluations.lookup(model, p) { return e.lossUsed }
        return data.loss(at: p, model: model)
    }

    /// Back to the start weight with no history; the generator restarts from its seed so a
    /// reset session replays exactly.
    public mutating func reset() {
        parameters = startParameters
        steps = 0
        epochs = 0
        optimizerState = .initial
        history = History(startWeight: w, limit: history.limit)
        random = RandomStream(kind: random.kind, seed: random.seed)
        timeline = Timeline()
    }

    /// New data; like a fresh experiment it also resets.
    public mutating func replaceData(_ newData: Dataset) {
        data = newData
        reset()
    }

    /// Sets the current and the start weight; the history starts over from it.
    public mutating func setWeight(_ value: Double) {
        startParameters.w = value
        drawnStart = nil
        reset()
    }

    /// Sets the current and the start b; the history starts over from it.
    /// - Precondition: the model has b (the console checks).
    public mutating func setBias(_ value: Double) {
        startParameters.b = value
        drawnStart = nil
        reset()
    }

    /// Another model: the data and settings stay, the weights and history start over
    /// (b from 0 when the new model has one).
    public mutating func setModel(_ kind: ModelKind) {
        model = kind
        startParameters.b = 0
        reset()
    }

    /// A new generator or seed; the next random choice comes from its start.
    public mutating func setRandom(_ stream: RandomStream) {
        random = stream
    }

    public mutating func setHistoryLimit(_ limit: Int) {
        history.setLimit(limit)
    }
}

extension Trainer: Equatable {
    /// Equal when everything a user can observe is equal; reusable buffers do not count.
    public static func == (a: Trainer, b: Trainer) -> Bool {
        a.data == b.data && a.model == b.model && a.parameters.sameBits(as: b.parameters)
            && a.startParameters.sameBits(as: b.startParameters)
            && a.learningRate == b.learningRate && a.batchSize == b.batchSize
            && a.shuffles == b.shuffles && a.divergencePolicy == b.divergencePolicy
            && a.random == b.random && a.steps == b.steps && a.epochs == b.epochs
            && a.history == b.history && a.timeline == b.timeline
            && a.drawnStart == b.drawnStart && a.optimizer == b.optimizer && a.schedule == b.schedule && a.optimizerState == b.optimizerState
    }
}
