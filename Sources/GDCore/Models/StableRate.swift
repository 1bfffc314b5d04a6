extension Dataset {
    /// The largest learning rate for which batch steps on this data cannot grow, where the
    /// model has one: nil for the sine model (its curvature changes with w) or when every
    /// x is 0.
    ///
    /// The loss is quadratic for the line and the affine model, so a batch step multiplies
    /// the distance to the minimum by I − α·H with H the Hessian; the steps shrink it when
    /// α < 2/λmax(H). Line: H = 2·mean(x²), so α < 1/mean(x²). Affine: H = 2·[[mean(x²),
    /// mean(x)], [mean(x), 1]], so α < 1/λmax of that 2×2 matrix.
    ///
    /// - Complexity: O(1) for the line (the moments), O(n) for the affine model.
    public func stableRateBound(_ model: ModelKind) -> Double? {
        guard !isEmpty else { return nil }
        let n = Double(count)
        let m2 = moments.sxx.value / n
        guard m2 > 0, m2.isFinite else { return nil }
        switch model {
        case .line:
            return 1 / m2
        case .affine:
            let m1 = xs.withUnsafeBufferPointer { x in PairwiseSum.sum(x) } / n
            let d = m2 - 1
            let largest = ((m2 + 1) + (d * d + 4 * m1 * m1).squareRoot()) / 2
            return 1 / largest
        case .sine:
            return nil
        }
    }
}
