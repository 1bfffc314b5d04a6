/// The optimisation state of a session and the three ways of feeding it data.
///
/// A plain value: the console keeps one, and everything it needs to undo or compare is
/// in it (`snapshot`, `timeline`). Scratch buffers live apart, in a `Workspace` a pass
/// borrows, and the data columns are copy-on-write arrays, so copying a trainer copies
/// neither. It validates nothing a user typed (the console does, so messages can say
/// where); its preconditions say what it expects.
public struct Trainer: Sendable {
    public internal(set) var data: Dataset
    /// The current weight.
    public internal(set) var w: Double
    /// Where `reset` returns to; `set w` moves both.
    public internal(set) var startWeight: Double
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

    public init(
        data: Dataset = .lecture, w: Double = Dataset.lectureWeight,
        learningRate: Double = Dataset.lectureLearningRate, batchSize: Int = 2,
        shuffles: Bool = true, random: RandomStream = RandomStream(kind: .gd, seed: 0),
        divergencePolicy: DivergencePolicy = .stop, historyLimit: Int = History.defaultLimit
    ) {
        self.data = data
        self.w = w
        self.startWeight = w
        self.learningRate = learningRate
        self.batchSize = batchSize
        self.shuffles = shuffles
        self.random = random
        self.divergencePolicy = divergencePolicy
        self.history = History(startWeight: w, limit: historyLimit)
    }

    /// Loss over all points at the current weight.
    public var loss: Double { data.loss(at: w) }

    /// Back to the start weight with no history; the generator restarts from its seed so a
    /// reset session replays exactly.
    public mutating func reset() {
        w = startWeight
        steps = 0
        epochs = 0
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
        startWeight = value
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
        a.data == b.data && a.w.bitPattern == b.w.bitPattern
            && a.startWeight.bitPattern == b.startWeight.bitPattern
            && a.learningRate == b.learningRate && a.batchSize == b.batchSize
            && a.shuffles == b.shuffles && a.divergencePolicy == b.divergencePolicy
            && a.random == b.random && a.steps == b.steps && a.epochs == b.epochs
            && a.history == b.history && a.timeline == b.timeline
    }
}
