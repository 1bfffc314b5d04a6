/// Σx², Σxy and Σy² kept in double-double precision.
///
/// For ŷ = w·x the loss over all points is (Σy² − 2w·Σxy + w²·Σx²)/n. Evaluated in plain
/// doubles that difference cancels catastrophically once the fit is good; carrying about
/// 106 bits keeps it accurate to the last printed digit in all but contrived cases.
@usableFromInline
struct Moments: Sendable, Equatable {
    @usableFromInline var sxx = DoubleDouble(0)
    @usableFromInline var sxy = DoubleDouble(0)
    @usableFromInline var syy = DoubleDouble(0)

    /// No points: every sum zero.
    @usableFromInline
    init() {}

    /// - Complexity: O(n), once per data set.
    init(xs: [Double], ys: [Double]) {
        for i in 0..<min(xs.count, ys.count) {
            add(xs[i], ys[i])
        }
    }

    /// Adds one point's terms, in the order `init(xs:ys:)` adds them.
    @inlinable @inline(__always)
    mutating func add(_ x: Double, _ y: Double) {
        sxx = sxx + DoubleDouble.product(x, x)
        sxy = sxy + DoubleDouble.product(x, y)
        syy = syy + DoubleDouble.product(y, y)
    }

    /// Adds the sums of the points that follow (a later part of a file read in parts).
    mutating func add(_ later: Moments) {
        sxx = sxx + later.sxx
        sxy = sxy + later.sxy
        syy = syy + later.syy
    }

    func meanSquaredError(at w: Double, count: Int) -> Double {
        let ww = DoubleDouble.product(w, w)
        let total = syy - (sxy * DoubleDouble(2 * w)) + (sxx * ww)
        return max(0, total.value / Double(count))
    }

    var optimalWeight: Double {
        sxx.value == 0 ? .nan : (sxy / sxx).value
    }
}
