/// Why a run of updates ended.
public enum StopReason: Sendable, Equatable {
    /// Every requested update ran.
    case completed
    /// The cancellation check said stop; every finished update is kept.
    case interrupted
    /// An update produced a non-finite value; it was not applied.
    case diverged(Divergence)
}

/// The update that went non-finite, with what a student needs to see why.
public struct Divergence: Sendable, Equatable {
    /// The step number the update would have had.
    public var step: Int
    public var variant: Variant
    public var points: [Int]
    public var pointCount: Int
    public var learningRate: Double
    /// The last finite weight, which the session keeps (or the weight before the command,
    /// under `DivergencePolicy.rollback`).
    public var wBefore: Double
    public var gradient: Double
    public var wAfter: Double
    /// b before, ∂L/∂b and b after, for models with b (else 0).
    public var bBefore: Double = 0
    public var gradientB: Double = 0
    public var bAfter: Double = 0
    /// True when the command's updates were undone (`on-diverge rollback`).
    public var rolledBack: Bool
}

/// What a session does when an update goes non-finite.
public enum DivergencePolicy: String, CaseIterable, Sendable {
    /// Keep every update before the bad one (the default).
    case stop
    /// Undo the whole command, as if it never ran.
    case rollback
}

/// The result of `Trainer.step`.
public struct StepOutcome: Sendable, Equatable {
    /// The update, when it was applied.
    public var record: UpdateRecord?
    public var stop: StopReason
    /// Loss over all points after the update (or at the kept weight).
    public var loss: Double
}

/// The result of `Trainer.train` (an epoch is a train of one).
public struct TrainOutcome: Sendable, Equatable {
    /// How many epochs finished (a count, not the rows: a billion epochs keep no list).
    public var epochs: Int
    /// The last epoch that finished.
    public var lastEpoch: EpochRecord?
    /// Updates applied in all, including those of an unfinished last epoch.
    public var updates: Int
    public var stop: StopReason
    public var loss: Double
}
