/// An unevaluated sum hi + lo of two doubles, about 106 bits of precision.
///
/// Only what the closed-form loss needs: error-free sums and products (Knuth's TwoSum,
/// Dekker's split product, no fused multiply-add so it runs the same on every target).
@usableFromInline
struct DoubleDouble: Sendable, Equatable {
    @usableFromInline var hi: Double
    @usableFromInline var lo: Double

    static let zero = DoubleDouble(0)

    @inlinable
    init(_ value: Double) {
        hi = value
        lo = 0
    }

    @inlinable
    init(hi: Double, lo: Double) {
        self.hi = hi
        self.lo = lo
    }

    var value: Double { hi + lo }

    @inlinable @inline(__always)
    static func twoSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        let bb = s - a
        let err = (a - (s - bb)) + (b - bb)
        return DoubleDouble(hi: s, lo: err)
    }

    @inlinable @inline(__always)
    static func split(_ a: Double) -> (Double, Double) {
        let c = 134_217_729.0 * a  // 2^27 + 1
        let big = c - a
        let hi = c - big
        return (hi, a - hi)
    }

    /// a·b exactly, as hi + lo (Dekker).
    @inlinable @inline(__always)
    static func product(_ a: Double, _ b: Double) -> DoubleDouble {
        let p = a * b
        guard p.isFinite else { return DoubleDouble(p) }
        let (ah, al) = split(a)
        let (bh, bl) = split(b)
        let err = ((ah * bh - p) + ah * bl + al * bh) + al * bl
        return DoubleDouble(hi: p, lo: err)
    }

    @inlinable @inline(__always)
    static func + (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let s = twoSum(a.hi, b.hi)
        let t = twoSum(a.lo, b.lo)
        var r = twoSum(s.hi, s.lo + t.hi)
        r = twoSum(r.hi, r.lo + t.lo)
        return r
    }

    /// a + b for a plain double b: one TwoSum and a fast renormalisation, about a third of
    /// the work of `+` on two double-doubles (b has no low part to add). The running sums
    /// Σx and Σy use it, so that keeping them costs a reader little more than before.
    @inlinable @inline(__always)
    static func + (a: DoubleDouble, b: Double) -> DoubleDouble {
        let s = twoSum(a.hi, b)
        let lo = s.lo + a.lo
        let hi = s.hi + lo
        return DoubleDouble(hi: hi, lo: lo - (hi - s.hi))
    }

    static prefix func - (a: DoubleDouble) -> DoubleDouble {
        DoubleDouble(hi: -a.hi, lo: -a.lo)
    }

    static func - (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        a + (-b)
    }

    static func * (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let p = product(a.hi, b.hi)
        let cross = a.hi * b.lo + a.lo * b.hi
        return twoSum(p.hi, p.lo + cross)
    }

    static func / (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let q1 = a.hi / b.hi
        let r = a - b * DoubleDouble(q1)
        let q2 = r.hi / b.hi
        return twoSum(q1, q2)
    }
}
