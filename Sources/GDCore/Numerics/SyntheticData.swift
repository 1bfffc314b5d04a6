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

    /// A data set drawn from a fresh `.gd` stream seeded with `seed`.
    public static func generate(_ shape: Shape, seed: UInt64) -> Dataset {
        var g = Xoshiro256(seed: seed)
        return generate(shape, from: &g) { $0.nextUnit() }
    }

    /// A data set drawn from `random`, which continues past the draws used.
    public static func generate(_ shape: Shape, from random: inout RandomStream) -> Dataset {
        generate(shape, from: &random) { $0.unit() }
    }

    @inline(__always)
    static func generate<G>(_ shape: Shape, from g: inout G, unit: (inout G) -> Double) -> Dataset {
        let n = max(0, shape.count)
        let span = shape.high - shape.low
        let low = shape.low, weight = shape.weight, noise = shape.noise
        if shape.model != .line { return generateModel(shape, from: &g, unit: unit) }
        var ys: [Double] = []
        let xs: [Double] = LargeArray.make(count: n) { x in
            ys = LargeArray.make(count: n) { y in
                if noise == 0 {
                    for i in 0..<n {
                        let xi = low + span * unit(&g)
                        x[i] = xi
                        y[i] = weight * xi + 0
                    }
                    return
                }
                for i in 0..<n {
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
        return Dataset(xs: xs, ys: ys)
    }

    /// `generate` for the models other than the line: the same draws, y = ŷ(x) + noise.
    static func generateModel<G>(_ shape: Shape, from g: inout G, unit: (inout G) -> Double) -> Dataset {
        let n = max(0, shape.count)
        let span = shape.high - shape.low
        let low = shape.low, noise = shape.noise, model = shape.model
        let p = Parameters(w: shape.weight, b: shape.bias)
        var ys: [Double] = []
        let xs: [Double] = LargeArray.make(count: n) { x in
            ys = LargeArray.make(count: n) { y in
                for i in 0..<n {
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
        return Dataset(xs: xs, ys: ys)
    }
}
