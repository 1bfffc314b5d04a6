/// One sweep worker's own memory: a private copy of the data columns (small data), and
/// each lane's epoch order and the columns its shuffled slice is gathered into.
///
/// Made once per worker thread and reused by every run it makes, so a run allocates
/// nothing and two workers never write (or reference-count) the same memory: the session's
/// arrays are copied here element by element rather than shared, since even retaining a
/// shared array writes its header, which lies on the cache line of its first elements.
public struct SweepWorkspace: Sendable {
    var xs: [Double] = []
    var ys: [Double] = []
    /// Each lane's epoch order, lane k at k·n.
    var order: [Int] = []
    /// Each lane's gathered slice, lane k at k·B.
    var gatherX: [Double] = []
    var gatherY: [Double] = []
    /// The runs under way, up to `laneCount` (kept so that filling them allocates nothing).
    var lanes: [Sweep.Lane] = []

    public init() {}

    /// Runs in lockstep for data of `n` points: `Sweep.laneLimit` while their orders stay
    /// small (they are what the lanes cost), one beyond, where a run is a long stream anyway.
    static func laneCount(points n: Int) -> Int {
        n <= copyLimit ? Sweep.laneLimit : 1
    }

    /// Up to this many points a worker copies the data; beyond, it reads the session's
    /// columns (a retain per run, nothing per update) rather than double the memory.
    static let copyLimit = 1 << 16

    /// The lanes this workspace holds.
    private(set) var laneCount = 1

    /// A workspace for runs on `data` with slices of up to `batch` points.
    ///
    /// - Complexity: O(n) time and memory, once per worker.
    public init(_ data: Dataset, batch: Int) {
        let n = data.count
        laneCount = Self.laneCount(points: n)
        if n <= Self.copyLimit {
            xs = Self.copy(data.xs)
            ys = Self.copy(data.ys)
        } else {
            xs = data.xs
            ys = data.ys
        }
        let b = max(1, min(batch, n))
        order = [Int](repeating: 0, count: n * laneCount)
        gatherX = [Double](repeating: 0, count: b * laneCount)
        gatherY = [Double](repeating: 0, count: b * laneCount)
        lanes.reserveCapacity(laneCount)
    }

    /// A copy in new memory (assigning an array would share its buffer).
    static func copy(_ source: [Double]) -> [Double] {
        [Double](unsafeUninitializedCapacity: source.count) { buffer, count in
            source.withUnsafeBufferPointer { from in
                for i in 0..<from.count { buffer[i] = from[i] }
            }
            count = source.count
        }
    }

    /// Whether it was made for `n` points and slices of `batch`.
    func fits(count n: Int, batch: Int) -> Bool {
        xs.count == n && ys.count == n && laneCount == Self.laneCount(points: n) && order.count == n * laneCount
            && gatherX.count >= max(1, min(batch, n)) * laneCount && gatherY.count == gatherX.count
    }
}
