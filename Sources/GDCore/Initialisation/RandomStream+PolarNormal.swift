extension RandomStream {
    /// A standard normal deviate by Marsaglia's polar method, identical on every machine.
    ///
    /// Draws u, v = 2·unit() − 1 until 0 < s = u² + v² < 1, then returns u·√(−2·ln s / s)
    /// (the second deviate, v·√(…), is discarded so the stream's state stays a plain
    /// generator position). Chosen over Box–Muller (`normal()`, used by `gen`) because it
    /// needs no sine or cosine, and the one logarithm is `PortableLog`, built from IEEE basic
    /// operations: with √ correctly rounded too, the value depends only on the seed, not
    /// on the C library. 4/π ≈ 1.27 pairs are drawn on average.
    ///
    /// - Complexity: O(1) expected.
    public mutating func polarNormal() -> Double {
        while true {
            let u = 2 * unit() - 1
            let v = 2 * unit() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                return u * (-2 * PortableLog.log(s) / s).squareRoot()
            }
        }
    }
}
