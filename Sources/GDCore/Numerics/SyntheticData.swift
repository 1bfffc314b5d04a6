#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The points `gen` makes: x uniform in low..<high, y = weight·x plus Gaussian noise.
///
/// Point by point the draws are those `RandomStream.unit()` and `RandomStream.normal()`
/// make: one uniform for x, then (when the noise is not 0) Box–Muller's pair of uniforms,
/// the first redrawn while it is 0. A seeded data set is drawn from gd's own generator
/// directly, which is the same sequence as a `.gd` stream of that seed without the
/// per-draw dispatch over generator kinds, so the same seed gives the same points.
public enum SyntheticData {
    public struct Shape: Sendable, Equatable {
        public var count: Int
        public var weight: Double
        public var noise: Double
        public var low: Double
        public var high: Double
        /// The model y is drawn from, and its b (affine only).
        public var model: ModelKind = .line
        public var bias: Double = 0

        public init(count: Int, weight: Double, noise: Double, low: Double, high: Double) {
            self.count = count
            self.weight = weight
            self.noise = noise
            self.low = low
            self.high = high
        }
    }

    /// The largest |z| a Gaussian draw here can give. Every generator's uniform draws are
    /// multiples of 2⁻⁵³, so Box–Muller's first uniform is at least 2⁻⁵³ and
    /// |z| ≤ √(−2·ln 2⁻⁵³) ≈ 8.57.
    public static let largestNormal = (-2 * log(0x1p-53)).squareRoot()

    /// Bounds on |x| and |y| over every point `shape` can make, with a margin for the
    /// roundings of the draws; infinite when the parameters could make a non-finite
    /// point. `gen` refuses such parameters rather than make data `load` would refuse.
    ///
    /// - Returns: `span`, the width HI − LO; `x`, the bound on |x|; `y`, the bound on |y|.
    public static func bounds(of shape: Shape) -> (span: Double, x: Double, y: Double) {
        let margin = 1 + 0x1p-20  // far more than the few roundings in x and y
        let span = (shape.high - shape.low) * margin
        let x = max(abs(shape.low), abs(shape.high)) * margin
        let signal: Double
        switch shape.model {
        case .line: signal = abs(shape.weight) * x
        case .affine: signal = abs(shape.weight) * x + abs(shape.bias)
        case .sine: signal = (abs(shape.weight) * x).isFinite ? 1 : .infinity  // sin(±inf) is NaN
        }
        let y = (signal + shape.noise * largestNormal) * margin
        return (span, x, y)
    }

    /// Points drawn between two polls of `shouldStop`: rare enough to cost nothing,
    /// often enough that Ctrl-C answers within milliseconds.
    static let pollInterval = 1 << 16

    /// A data set drawn from a fresh `.gd` stream seeded with `seed`; nil when
    /// `shouldStop` (polled every `pollInterval` points) said to stop (Ctrl-C).
    public static func generate(_ shape: Shape, seed: UInt64, shouldStop: () -> Bool = { false }) -> Dataset? {
        var g = Xoshiro256(seed: seed)
        return generate(shape, from: &g, shouldStop: shouldStop) { $0.nextUnit() }
    }

    /// A data set drawn from `random`, which continues past the draws used; nil when
    /// stopped (the caller then keeps its own copy of the generator).
    public static func generate(_ shape: Shape, from random: inout RandomStream, shouldStop: () -> Bool = { false }) -> Dataset? {
        generate(shape, from: &random, shouldStop: shouldStop) { $0.unit() }
    }

    @inline(__always)
    static func generate<G>(_ shape: Shape, from g: inout G, shouldStop: () -> Bool, unit: (inout G) -> Double) -> Dataset? {
        let n = max(0, shape.count)
        let span = shape.high - shape.low
        let low = shape.low, weight = shape.weight, noise = shape.noise
        if shape.model != .line { return generateModel(shape, from: &g, shouldStop: shouldStop, unit: unit) }
        var ys: [Double] = []
        var stopped = false
        let xs: [Double] = LargeArray.make(count: n) { x in
            ys = LargeArray.make(count: n) { y in
                var start = 0
                while start < n {
                    if shouldStop() {
                        stopped = true
                        return
                    }
                    let end = min(n, start + pollInterval)
                    fill(start..<end, x, y)
                    start = end
                }
            }
        }
        return stopped ? nil : Dataset(xs: xs, ys: ys)

        /// Points `range`, each drawn as before (the draws do not depend on the chunking).
        @inline(__always)
        func fill(_ range: Range<Int>, _ x: UnsafeMutableBufferPointer<Double>, _ y: UnsafeMutableBufferPointer<Double>) {
                if noise == 0 {
                    for i in range {
                        let xi = low + span * unit(&g)
                        x[i] = xi
                        y[i] = weight * xi + 0
                    }
                    return
                }
                for i in range {
                    let xi = low + span * unit(&g)
                    // RandomStream.normal(), written out over the same draws.
                    var u1 = unit(&g)
                    while u1 <= 0 { u1 = unit(&g) }
                    let u2 = unit(&g)
                    let z = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
                    x[i] = xi
                    y[i] = weight * xi + noise * z
                }
        }
    }

    /// `generate` for the models other than the line: the same draws, y = ŷ(x) + noise.
    /// Polls `shouldStop` every `pollInterval` points, as the line's does; nil when stopped.
    static func generateModel<G>(_ shape: Shape, from g: inout G, shouldStop: () -> Bool, unit: (inout G) -> Double) -> Dataset? {
        let n = max(0, shape.count)
        let span = shape.high - shape.low
        let low = shape.low, noise = shape.noise, model = shape.model
        let p = Parameters(w: shape.weight, b: shape.bias)
        var ys: [Double] = []
        var stopped = false
        let xs: [Double] = LargeArray.make(count: n) { x in
            ys = LargeArray.make(count: n) { y in
                for i in 0..<n {
                    if i % pollInterval == 0, shouldStop() {
                        stopped = true
                        return
                    }
                    let xi = low + span * unit(&g)
                    var z = 0.0
                    if noise != 0 {
                        var u1 = unit(&g)
                        while u1 <= 0 { u1 = unit(&g) }
                        let u2 = unit(&g)
                        z = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
                    }
                    x[i] = xi
                    y[i] = model.predict(xi, p) + noise * z
                }
            }
        }
        return stopped ? nil : Dataset(xs: xs, ys: ys)
    }
}
