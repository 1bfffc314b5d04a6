/// What a `Dataset` needs to know about its columns besides the values: the moments
/// (Σx², Σxy, Σy², Σx, Σy in double-double) and the largest |x| and |y|.
///
/// A reader fills it while it reads the values, so building the data set costs no second
/// pass over ten million points. A file read in parts gets one summary per part, each
/// started from zero, and joins them in file order (`append`); the moments then depend on
/// where the parts begin, which is why a reader must choose its parts from the file alone
/// and never from the number of cores: the same file gives the same bits on every machine.
public struct ColumnSummary: Sendable, Equatable {
    @usableFromInline var moments = Moments()
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

    /// Adds the next point.
    @inlinable @inline(__always)
    public mutating func add(_ x: Double, _ y: Double) {
        moments.add(x, y)
        maxAbsX = max(maxAbsX, abs(x))
        maxAbsY = max(maxAbsY, abs(y))
    }

    /// Adds the points of `later`, which come after this summary's points.
    public mutating func append(_ later: ColumnSummary) {
        moments.add(later.moments)
        maxAbsX = max(maxAbsX, later.maxAbsX)
        maxAbsY = max(maxAbsY, later.maxAbsY)
    }
}
