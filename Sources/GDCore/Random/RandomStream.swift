#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which generator orders the data: gd's own, or one of numpy's, reproduced exactly.
public enum GeneratorKind: String, CaseIterable, Sendable {
    /// xoshiro256** seeded by SplitMix64: fast, the default.
    case gd
    /// numpy's legacy `np.random.seed(S)` + `np.random.shuffle` (MT19937).
    case numpy
    /// numpy's `np.random.default_rng(S)` + `permutation` (PCG64 through SeedSequence).
    case numpyGenerator = "numpy-generator"

    /// The largest seed the generator accepts (numpy's legacy seed is 32 bits).
    public var maximumSeed: UInt64 {
        self == .numpy ? UInt64(UInt32.max) : UInt64.max
    }
}

/// The seeded source of every random choice a session makes: epoch orders, random points.
///
/// One value type over three generators, so a session can be copied, compared and
/// restored, and so switching `rng` never changes how the rest of the code asks for order.
public struct RandomStream: Sendable, Equatable {
    public let kind: GeneratorKind
    public let seed: UInt64
    private var state: State

    private enum State: Sendable, Equatable {
        case gd(Xoshiro256)
        case numpy(MT19937)
        case numpyGenerator(NumpyGenerator)
    }

    /// - Precondition: `seed <= kind.maximumSeed` (the console validates it).
    public init(kind: GeneratorKind, seed: UInt64) {
        self.kind = kind
        self.seed = seed
        switch kind {
        case .gd: state = .gd(Xoshiro256(seed: seed))
        case .numpy: state = .numpy(MT19937(seed: UInt32(truncatingIfNeeded: seed)))
        case .numpyGenerator: state = .numpyGenerator(NumpyGenerator(seed: seed))
        }
    }

    /// Shuffles in place, top-down Fisher–Yates, each generator with its own bounded draw
    /// (numpy's bitmask rejection for the numpy kinds, Lemire's method for gd's).
    ///
    /// - Complexity: O(n).
    public mutating func shuffle<T>(_ buffer: UnsafeMutableBufferPointer<T>) {
        switch state {
        case .gd(var g):
            var i = buffer.count - 1
            while i > 0 {
                let j = Int(g.next(below: UInt64(i + 1)))
                buffer.swapAt(i, j)
                i -= 1
            }
            state = .gd(g)
        case .numpy(var g):
            g.shuffle(buffer)
            state = .numpy(g)
        case .numpyGenerator(var g):
            g.shuffle(buffer)
            state = .numpyGenerator(g)
        }
    }

    /// A fresh permutation of 0..<n, as the reference code makes one every epoch
    /// (`indices = np.arange(n); np.random.shuffle(indices)`).
    public mutating func permutation(_ n: Int) -> [Int] {
        var order = Array(0..<max(0, n))
        order.withUnsafeMutableBufferPointer { shuffle($0) }
        return order
    }

    /// A uniform index in 0..<n (n ≥ 1).
    public mutating func index(below n: Int) -> Int {
        guard n > 1 else { return 0 }
        switch state {
        case .gd(var g):
            let r = Int(g.next(below: UInt64(n)))
            state = .gd(g)
            return r
        case .numpy(var g):
            let r = Int(g.bounded(UInt64(n - 1)))
            state = .numpy(g)
            return r
        case .numpyGenerator(var g):
            let r = Int(g.bounded(UInt64(n - 1)))
            state = .numpyGenerator(g)
            return r
        }
    }

    /// k distinct indices from 0..<n in random order (a partial Fisher–Yates).
    ///
    /// - Complexity: O(n) for the index table; fine for the sizes `step minibatch` uses.
    public mutating func sample(_ k: Int, from n: Int) -> [Int] {
        let k = min(max(k, 0), n)
        var pool = Array(0..<n)
        for i in 0..<k {
            let j = i + index(below: n - i)
            pool.swapAt(i, j)
        }
        return Array(pool.prefix(k))
    }

    /// A standard normal deviate (Box–Muller on gd's own stream), for `gen`.
    public mutating func normal() -> Double {
        var u1 = unit()
        while u1 <= 0 { u1 = unit() }
        let u2 = unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// A uniform double in [0, 1).
    public mutating func unit() -> Double {
        switch state {
        case .gd(var g):
            let r = g.nextUnit()
            state = .gd(g)
            return r
        case .numpy(var g):
            // numpy's legacy random_sample: (a >> 5, b >> 6) → 53 bits.
            let a = Double(g.next32() >> 5), b = Double(g.next32() >> 6)
            state = .numpy(g)
            return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
        case .numpyGenerator(var g):
            let r = Double(g.next64() >> 11) * 0x1.0p-53
            state = .numpyGenerator(g)
            return r
        }
    }
}
