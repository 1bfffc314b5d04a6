#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which model the session fits: the one word a user types (`model affine`).
public enum ModelKind: String, CaseIterable, Sendable, Equatable {
    /// ŷ = w·x, the lecture's model (a single minimum).
    case line
    /// ŷ = w·x + b.
    case affine
    /// ŷ = sin(w·x): a loss with many local minima.
    case sine

    /// Whether the model has a bias b.
    public var hasBias: Bool { self == .affine }

    /// ŷ at x.
    @inlinable
    public func predict(_ x: Double, _ p: Parameters) -> Double {
        switch self {
        case .line: return p.w * x
        case .affine: return p.w * x + p.b
        case .sine: return sin(p.w * x)
        }
    }
}
