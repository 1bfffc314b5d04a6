/// One sweep worker's own memory: a private copy of the data columns, the epoch order and
/// the columns a shuffled slice is gathered into.
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
    /// The runs under way, up to `Sweep.laneLimit` (kept so that filling them allocates nothing).
    var lanes: [Sweep.Lane] = []

    public init() {}

    /// A workspace for runs on `data` with slices of up to `batch` points.
    ///
    /// - Complexity: O(n) time and memory, once per worker.
    public init(_ data: Dataset, batch: Int) {
        let n = data.count
        xs = [Double](unsafeUninitializedCapacity: n) { buffer, count in
            data.xs.withUnsafeBufferPointer { source in
                for i in 0..<min(n, source.count) { buffer[i] = source[i] }
            }
            count = n
        }
        ys = [Double](unsafeUninitializedCapacity: n) { buffer, count in
            data.ys.withUnsafeBufferPointer { source in
                for i in 0..<min(n, source.count) { buffer[i] = source[i] }
            }
            count = n
        }
        let b = max(1, min(batch, n))
        order = [Int](repeating: 0, count: n * Sweep.laneLimit)
        gatherX = [Double](repeating: 0, count: b * Sweep.laneLimit)
        gatherY = [Double](repeating: 0, count: b * Sweep.laneLimit)
        lanes.reserveCapacity(Sweep.laneLimit)
    }

    /// Whether it was made for `n` points and slices of `batch`.
    func fits(count n: Int, batch: Int) -> Bool {
        xs.count == n && ys.count == n && order.count == n * Sweep.laneLimit
            && gatherX.count >= max(1, min(batch, n)) * Sweep.laneLimit && gatherY.count == gatherX.count
    }
}
