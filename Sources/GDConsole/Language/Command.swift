import GDCore

/// A parsed, typed command: what the interpreter's one exhaustive `switch` acts on.
public indirect enum Command: Sendable, Equatable {
    case load(DataSource)
    case data([Point])
    case generate(GenerateRequest)
    case set(Setting)
    case step(Variant, StepPoints)
    case epoch(Variant, batchSize: Int?)
    case train(Variant, batchSize: Int?, epochs: Int)
    case show(ShowTopic)
    case plot(PlotRequest)
    /// `explain [STEP | next VARIANT [I ...]]`.
    case explain(ExplainRequest)
    /// `compare [EPOCHS] [to FILE.svg [force]]`.
    case compare(epochs: Int, file: String?, force: Bool)
    /// `sweep FROM TO COUNT …`.
    case sweep(SweepRequest)
    /// `show best [LO..HI]`.
    case best(low: Double, high: Double)
    /// `show loss at W [B]`.
    case lossAt(w: Double, b: Double?)
    /// `show schedule N`: the rates of the first N updates or epochs, without training.
    case showSchedule(count: Int)
    case reset
    /// `init FORM`: draw the start weights.
    case initialise(Initializer)
    /// `model` alone (nil) names the model; `model NAME` changes it.
    case model(ModelKind?)
    case undo(UndoCount)
    case goto(step: Int)
    case save(SaveTarget, path: String, force: Bool)
    case source(path: String)
    /// `help`, `help COMMAND`, or `help set SETTING` (`setting` its canonical name).
    case help(topic: String?, setting: String? = nil)
    case echo(String)
    case time(Command)
    case record(path: String?, mode: RecordMode = .create)
    case quit

    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double
    }
}

/// What `record FILE` does when FILE already exists as a regular file.
public enum RecordMode: Sendable, Equatable {
    /// Refuse: a transcript or notes file is never lost to a typo.
    case create
    /// `record FILE overwrite`: start the file over.
    case overwrite
    /// `record FILE append`: add to its end.
    case append
}

/// How far `undo` goes back.
public enum UndoCount: Sendable, Equatable {
    /// The last N updates.
    case updates(Int)
    /// Back to step 0.
    case all
}

/// Which points a `step` uses, with where each listed one was written.
public enum StepPoints: Sendable, Equatable {
    /// Every point (`step batch`).
    case all
    /// These positions, in order (distinct), and the location of each.
    case listed([Int], at: [SourceLocation])
    /// Drawn from the session's generator: one for sgd, `set batch` for a mini-batch.
    case random
}

/// Where `load` takes its points from.
public enum DataSource: Sendable, Equatable {
    case lecture
    /// No points, as `gd --empty` starts: how a transcript of such a session begins.
    case none
    case file(path: String, x: ColumnSelector, y: ColumnSelector)
    /// Two 1-D `.npy` files, one per column.
    case npyPair(xPath: String, yPath: String)
}

/// `gen N [w=W] [noise=S] [x=LO..HI] [seed=K]`.
public struct GenerateRequest: Sendable, Equatable {
    public var count: Int
    public var weight: Double = 1
    public var bias: Double = 0
    public var model: ModelKind = .line
    public var noise: Double = 0.1
    public var low: Double = 0
    public var high: Double = 1
    /// nil: the session's generator continues.
    public var seed: UInt64?
}

/// The settings `set` changes.
public enum Setting: Sendable, Equatable {
    case learningRate(Double)
    case weight(Double)
    case bias(Double)
    case seed(UInt64)
    case batch(Int)
    case shuffle(Bool)
    case rng(GeneratorKind)
    case onDiverge(DivergencePolicy)
    case historyLimit(Int)
    case timer(Bool)
    /// Significant digits for display; nil for full.
    case digits(Int?)
    case plot(PlotStyle)
    case language(Language)
    /// Threads a sweep runs on; nil for every core.
    case threads(Int?)
    case optimizer(OptimizerKind)
    /// `set momentum|beta1|beta2|rho|eps V` (already range-checked).
    case hyperParameter(Optimizer.HyperParameter, Double)
    case schedule(Schedule)
}

/// What `show` prints.
public enum ShowTopic: String, Sendable, Equatable, CaseIterable {
    case summary
    case w
    case b
    case loss
    case data
    case history
    case epochs
    case settings
    case wHistory = "w_history"
    case mseHistory = "mse_history"
    case optimizer
}

/// What `save` writes.
public enum SaveTarget: String, Sendable, Equatable, CaseIterable {
    case history
    case data
    /// `save report FILE.html`.
    case report
}
