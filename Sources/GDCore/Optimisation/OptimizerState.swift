/// What an optimiser remembers about one parameter between updates: a plain value.
///
/// optax's shape: the caller keeps the state and passes it to every step, so a snapshot
/// for `undo`/`goto` is just a copy of these four numbers per parameter (PyTorch's
/// `state_dict()` holds the same buffers). Each rule reads only its own fields; the others
/// stay 0.
public struct OptimizerState: Sendable {
    /// The momentum buffer (momentum, nesterov): v ← μ·v + g, v = g on the first update.
    public var v: Double
    /// The running sum (adagrad) or average (rmsprop, adam) of g².
    public var s: Double
    /// Adam's running average of g (the first moment).
    public var m: Double
    /// The number of updates made with this state since it was cleared; the next update is t + 1.
    public var t: Int

    /// The state before any update: everything 0 (PyTorch's zero-initialised buffers).
    public static let initial = OptimizerState(v: 0, s: 0, m: 0, t: 0)

    @inlinable
    public init(v: Double, s: Double, m: Double, t: Int) {
        self.v = v
        self.s = s
        self.m = m
        self.t = t
    }
}

extension OptimizerState: Equatable {
    /// Equal bit for bit, so a restored snapshot compares equal to the one taken and
    /// −0 and +0 (or two NaNs with different payloads) do not.
    public static func == (a: Self, b: Self) -> Bool {
        a.v.bitPattern == b.v.bitPattern && a.s.bitPattern == b.s.bitPattern
            && a.m.bitPattern == b.m.bitPattern && a.t == b.t
    }
}
