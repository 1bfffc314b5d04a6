/// Σx², Σxy and Σy² kept in double-double precision.
///
/// For ŷ = w·x the loss over all points is (Σy² − 2w·Σxy + w²·Σx²)/n. Evaluated in plain
/// doubles that difference cancels catastrophically once the fit is good; carrying about
/// 106 bits keeps it accurate to the last printed digit in all but contrived cases.
struct Moments: Sendable, Equatable {
    var sxx = DoubleDouble.zero
    var sxy = DoubleDouble.zero
    var syy = DoubleDouble.zero

    /// - Complexity: O(n), once per data set.
    init(xs: [Double], ys: [Double]) {
        for i in 0..<min(xs.count, ys.count) {
            let x = xs[i], y = ys[i]
            sxx = sxx + DoubleDouble.product(x, x)
            sxy = sxy + DoubleDouble.product(x, y)
            syy = syy + DoubleDouble.product(y, y)
        }
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
