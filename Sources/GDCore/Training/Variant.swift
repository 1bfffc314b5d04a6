/// How many points feed one update.
public enum Variant: String, CaseIterable, Sendable, Equatable {
    /// Every point for one update (배치 경사하강법).
    case batch
    /// One point per update (확률적 경사하강법).
    case sgd
    /// A few points per update (미니배치 경사하강법).
    case minibatch
}
