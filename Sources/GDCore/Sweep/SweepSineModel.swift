#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSinCos

/// ŷ = sin(w·x) for the sweep's lean loop: `SineModel`'s terms, with sin(w·x) and cos(w·x)
/// from one call of glibc's `sincos` instead of two.
///
/// The two sides share one argument reduction, which is most of their work. glibc's sincos
/// runs the same code paths as its sin and cos, and gives the same bits: `SinCosTests`
/// checks it on a million arguments (every range the reduction treats differently, and
/// the special values) before the sweep relies on it, and `SweepLeanTests` checks whole
/// sine runs against `Trainer.train`. Where there is no sincos it calls sin and cos.
enum SweepSineModel: Model {
    static var kind: ModelKind { .sine }

    @inline(__always)
    static func terms(x: Double, y: Double, _ p: Parameters) -> (w: Double, b: Double, square: Double) {
        let a = p.w * x
        let (s, c) = sineCosine(a)
        let r = y - s
        return ((r * c) * x, 0, r * r)
    }

    /// Whether sin and cos come from `sincos` (glibc) rather than two calls.
    static var usesSincos: Bool {
        var s = 0.0, c = 0.0
        return gd_sincos(0.5, &s, &c) != 0
    }

    /// (sin a, cos a), the C library's.
    @inline(__always)
    static func sineCosine(_ a: Double) -> (Double, Double) {
        var s = 0.0, c = 0.0
        guard gd_sincos(a, &s, &c) != 0 else { return (sin(a), cos(a)) }
        return (s, c)
    }
}
