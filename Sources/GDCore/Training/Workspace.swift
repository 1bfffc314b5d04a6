/// Scratch space a pass borrows: reusable buffers that hold no state between commands.
///
/// Kept apart from `Trainer` so that the optimisation state is a plain value, cheap to copy
/// (a snapshot, a session held for comparison), and so that a copy never drags along a
/// 160 MB shuffled copy of the data. The console keeps one per session and lends it to
/// every pass; what is in it after a pass means nothing.
public struct Workspace: Sendable {
    /// 0…n−1, shuffled in place by shuffled epochs; reused so a pass over ten million
    /// points allocates nothing.
    var order: [Int] = []
    /// The points as (x, y) pairs, shuffled in place by shuffled mini-batch epochs.
    var pairs: [SIMD2<Double>] = []
    /// Contiguous columns that shuffled chunks and listed points are gathered into.
    var gatherX: [Double] = []
    var gatherY: [Double] = []

    public init() {}

    /// Drops every buffer (after the data changed size, say).
    public mutating func release() {
        self = Workspace()
    }
}
