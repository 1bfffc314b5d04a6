#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a kernel needs to know about a model: its per-point terms.
///
/// The loss is the mean squared error over the points used. Each point contributes three
/// terms: t_w with ∂L/∂w = −2·mean(t_w), t_b with ∂L/∂b = −2·mean(t_b) (0 for models
/// without b), and the squared residual r². Kernels (`ModelKernel`) are generic over the
/// conforming type and specialised at compile time; the line model keeps its own
/// hand-tuned kernels (`GradientKernel`, `PairwiseSum`) and the trainer chooses them in
/// one place (`Trainer.runEpoch`, `Trainer.applyUpdate`).
public protocol Model {
    static var kind: ModelKind { get }
    /// (t_w, t_b, r²) at one point, each operation rounded on its own as numpy would.
    static func terms(x: Double, y: Double, _ p: Parameters) -> (w: Double, b: Double, square: Double)
    /// The same for eight points at once, lane k exactly `terms` of point k.
    static func terms8(x: SIMD8<Double>, y: SIMD8<Double>, _ p: Parameters)
        -> (w: SIMD8<Double>, b: SIMD8<Double>, square: SIMD8<Double>)
}

extension Model {
    /// Lane by lane through `terms` (a model with no vector form, such as sine).
    @inlinable @inline(__always)
    public static func terms8(x: SIMD8<Double>, y: SIMD8<Double>, _ p: Parameters)
        -> (w: SIMD8<Double>, b: SIMD8<Double>, square: SIMD8<Double>) {
        var tw = SIMD8<Double>(), tb = SIMD8<Double>(), sq = SIMD8<Double>()
        for k in 0..<8 {
            let t = terms(x: x[k], y: y[k], p)
            tw[k] = t.w
            tb[k] = t.b
            sq[k] = t.square
        }
        return (tw, tb, sq)
    }
}

/// ŷ = w·x: t_w = x·r, r = y − w·x (the lecture's arithmetic).
public enum LineModel: Model {
    public static var kind: ModelKind { .line }
    @inlinable @inline(__always)
    public static func terms(x: Double, y: Double, _ p: Parameters) -> (w: Double, b: Double, square: Double) {
        let r = y - p.w * x
        return (x * r, 0, r * r)
    }

    @inlinable @inline(__always)
    public static func terms8(x: SIMD8<Double>, y: SIMD8<Double>, _ p: Parameters)
        -> (w: SIMD8<Double>, b: SIMD8<Double>, square: SIMD8<Double>) {
        let r = y - SIMD8(repeating: p.w) * x
        return (x * r, SIMD8(), r * r)
    }
}

/// ŷ = w·x + b, written as numpy evaluates `y - (w * x + b)`: t_w = x·r, t_b = r.
public enum AffineModel: Model {
    public static var kind: ModelKind { .affine }
    @inlinable @inline(__always)
    public static func terms(x: Double, y: Double, _ p: Parameters) -> (w: Double, b: Double, square: Double) {
        let r = y - (p.w * x + p.b)
        return (x * r, r, r * r)
    }

    /// Lanewise the same roundings as `terms` (a vector multiply or add rounds each lane).
    @inlinable @inline(__always)
    public static func terms8(x: SIMD8<Double>, y: SIMD8<Double>, _ p: Parameters)
        -> (w: SIMD8<Double>, b: SIMD8<Double>, square: SIMD8<Double>) {
        let r = y - (SIMD8(repeating: p.w) * x + SIMD8(repeating: p.b))
        return (x * r, r, r * r)
    }
}

/// ŷ = sin(w·x): t_w = r·cos(w·x)·x. Uses the C library's sin and cos, so it is not bit
/// for bit what numpy computes.
public enum SineModel: Model {
    public static var kind: ModelKind { .sine }
    @inlinable @inline(__always)
    public static func terms(x: Double, y: Double, _ p: Parameters) -> (w: Double, b: Double, square: Double) {
        let a = p.w * x
        let r = y - sin(a)
        return ((r * cos(a)) * x, 0, r * r)
    }
}
