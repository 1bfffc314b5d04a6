/// What a `Dataset` needs to know about its columns besides the values: the moments
/// (Σx², Σxy, Σy² in double-double) and the largest |x| and |y|.
///
/// A reader fills it while it reads the values, so building the data set costs no second
/// pass over ten million points. A file read in parts gets one summary per part, each
/// started from zero, and joins them in file order (`append`); the moments then depend on
/// where the parts begin, which is why a reader must choose its parts from the file alone
/// and never from the number of cores: the same file gives the same bits on every machine.
///
/// The three double-double sums run side by side in the lanes of two `SIMD4<Double>`
/// (high and low parts; lane 3 stays zero): lane by lane the very operations of
/// `DoubleDouble.product` and `+`, so the sums are bit for bit those of `Moments`, in a
/// third of the instructions.
public struct ColumnSummary: Sendable, Equatable {
    /// Σx², Σxy, Σy², 0: the high and the low parts.
    @usableFromInline var hi = SIMD4<Double>()
    @usableFromInline var lo = SIMD4<Double>()
    @usableFromInline var maxAbsX = 0.0
    @usableFromInline var maxAbsY = 0.0

    /// No points yet.
    public init() {}

    /// The summary `Dataset(xs:ys:)` computes: the points added in order.
    ///
    /// - Complexity: O(n).
    public init(xs: [Double], ys: [Double]) {
        for i in 0..<min(xs.count, ys.count) {
            add(xs[i], ys[i])
        }
    }

    /// The sums as `Moments` keeps them.
    var moments: Moments {
        var m = Moments()
        m.sxx = DoubleDouble(hi: hi[0], lo: lo[0])
        m.sxy = DoubleDouble(hi: hi[1], lo: lo[1])
        m.syy = DoubleDouble(hi: hi[2], lo: lo[2])
        return m
    }

    /// Adds the next point.
    @inlinable @inline(__always)
    public mutating func add(_ x: Double, _ y: Double) {
        let a = SIMD4<Double>(x, x, y, 0)
        let b = SIMD4<Double>(x, y, y, 0)
        // DoubleDouble.product, lane by lane: Dekker's split and exact error...
        let p = a * b
        let (ah, al) = Self.split(a)
        let (bh, bl) = Self.split(b)
        var err = ((ah * bh - p) + ah * bl + al * bh) + al * bl
        // ...and a non-finite product kept as it is, with a zero low part.
        err.replace(with: 0, where: .!((p - p) .== 0))
        (hi, lo) = Self.sum(hi, lo, p, err)
        maxAbsX = max(maxAbsX, abs(x))
        maxAbsY = max(maxAbsY, abs(y))
    }

    /// Adds the points of `later`, which come after this summary's points.
    public mutating func append(_ later: ColumnSummary) {
        (hi, lo) = Self.sum(hi, lo, later.hi, later.lo)
        maxAbsX = max(maxAbsX, later.maxAbsX)
        maxAbsY = max(maxAbsY, later.maxAbsY)
    }

    /// `DoubleDouble.split`, lane by lane.
    @inlinable @inline(__always)
    static func split(_ a: SIMD4<Double>) -> (SIMD4<Double>, SIMD4<Double>) {
        let c = 134_217_729.0 * a  // 2^27 + 1
        let big = c - a
        let high = c - big
        return (high, a - high)
    }

    /// `DoubleDouble.twoSum`, lane by lane.
    @inlinable @inline(__always)
    static func twoSum(_ a: SIMD4<Double>, _ b: SIMD4<Double>) -> (SIMD4<Double>, SIMD4<Double>) {
        let s = a + b
        let bb = s - a
        return (s, (a - (s - bb)) + (b - bb))
    }

    /// `DoubleDouble`'s `+` of (aHi, aLo) and (bHi, bLo), lane by lane.
    @inlinable @inline(__always)
    static func sum(
        _ aHi: SIMD4<Double>, _ aLo: SIMD4<Double>, _ bHi: SIMD4<Double>, _ bLo: SIMD4<Double>
    ) -> (SIMD4<Double>, SIMD4<Double>) {
        let s = twoSum(aHi, bHi)
        let t = twoSum(aLo, bLo)
        let r = twoSum(s.0, s.1 + t.0)
        return twoSum(r.0, r.1 + t.1)
    }
}
