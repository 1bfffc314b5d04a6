/// Σx², Σxy, Σy², Σx and Σy kept in double-double precision.
///
/// For ŷ = w·x the loss over all points is (Σy² − 2w·Σxy + w²·Σx²)/n, and for ŷ = w·x + b
/// it is (Σy² − 2w·Σxy − 2b·Σy + w²·Σx² + 2wb·Σx + n·b²)/n. Evaluated in plain doubles
/// those differences cancel catastrophically once the fit is good; carrying about 106 bits
/// keeps them accurate to the last printed digit in all but contrived cases.
@usableFromInline
struct Moments: Sendable, Equatable {
    @usableFromInline var sxx = DoubleDouble(0)
    @usableFromInline var sxy = DoubleDouble(0)
    @usableFromInline var syy = DoubleDouble(0)
    /// Σx and Σy, for the affine model's closed form; added after the others so that
    /// Σx², Σxy and Σy² keep their bits.
    @usableFromInline var sx = DoubleDouble(0)
    @usableFromInline var sy = DoubleDouble(0)

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
        sx = sx + x
        sy = sy + y
    }

    /// Adds the sums of the points that follow (a later part of a file read in parts).
    mutating func add(_ later: Moments) {
        sxx = sxx + later.sxx
        sxy = sxy + later.sxy
        syy = syy + later.syy
        sx = sx + later.sx
        sy = sy + later.sy
    }

    func meanSquaredError(at w: Double, count: Int) -> Double {
        let ww = DoubleDouble.product(w, w)
        let total = syy - (sxy * DoubleDouble(2 * w)) + (sxx * ww)
        return max(0, total.value / Double(count))
    }

    /// The affine model's loss at (w, b): every term formed exactly or in double-double
    /// (2w, 2b and n are exact doubles; w², wb and b² are exact products), summed in
    /// double-double, rounded once to a double and then divided by n, as the line's is.
    func meanSquaredError(at w: Double, _ b: Double, count: Int) -> Double {
        let n = Double(count)
        let wb = DoubleDouble.product(w, b)
        var total = syy - (sxy * DoubleDouble(2 * w)) - (sy * DoubleDouble(2 * b))
        total = total + (sxx * DoubleDouble.product(w, w))
        total = total + (sx * DoubleDouble(hi: 2 * wb.hi, lo: 2 * wb.lo))
        total = total + (DoubleDouble.product(b, b) * DoubleDouble(n))
        return max(0, total.value / n)
    }

    var optimalWeight: Double {
        sxx.value == 0 ? .nan : (sxy / sxx).value
    }
}
