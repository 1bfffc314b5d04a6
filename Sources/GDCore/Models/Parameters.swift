/// The weights a model has: w always, b for the affine model (0 and unused otherwise).
public struct Parameters: Sendable, Equatable, Hashable {
    public var w: Double
    public var b: Double

    @inlinable
    public init(w: Double, b: Double = 0) {
        self.w = w
        self.b = b
    }

    /// Equal bit for bit (so −0 ≠ +0 and NaN == NaN): what "the state is unchanged" means.
    public func sameBits(as other: Parameters) -> Bool {
        w.bitPattern == other.w.bitPattern && b.bitPattern == other.b.bitPattern
    }

    public var isFinite: Bool { w.isFinite && b.isFinite }
}
