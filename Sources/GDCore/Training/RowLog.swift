/// An append-only list of rows kept in chunks, so that copies share storage.
///
/// A snapshot of the history (for rollback, undo and goto) is a copy of this value. With one
/// flat array, the first append after such a copy would duplicate every row, and a snapshot
/// per command would keep a full copy each. Here sealed chunks are never written again: a
/// copy shares them. `seal()` (called when a snapshot is taken) closes the open chunk too,
/// so the live log and the snapshot share every row and an append never copies any; only
/// a rebuild (thinning) makes new chunks, and the old ones live on only while a snapshot
/// still holds them.
public struct RowLog<Row: Sendable & Equatable>: Sendable, Equatable, RandomAccessCollection {
    /// Closed chunks, never modified once here (at most `chunkSize` rows each).
    private var sealed: [[Row]] = []
    /// Index of the first row of each sealed chunk.
    private var starts: [Int] = []
    /// Rows in the sealed chunks.
    private var sealedCount = 0
    /// The open chunk, fewer than `chunkSize` rows.
    private var tail: [Row] = []

    /// Rows per full chunk.
    public static var chunkSize: Int { 1024 }

    public init() {}

    public init<S: Sequence>(_ rows: S) where S.Element == Row {
        for row in rows { append(row) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { sealedCount + tail.count }

    /// - Complexity: O(1) in the open chunk, O(log chunks) before it.
    public subscript(i: Int) -> Row {
        if i >= sealedCount { return tail[i - sealedCount] }
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= i { lo = mid } else { hi = mid - 1 }
        }
        return sealed[lo][i - starts[lo]]
    }

    @inline(__always)
    public mutating func append(_ row: Row) {
        if tail.isEmpty { tail.reserveCapacity(Self.chunkSize) }
        tail.append(row)
        if tail.count == Self.chunkSize { seal() }
    }

    /// Closes the open chunk, so that a copy taken now shares every row. A partial chunk
    /// is copied to its exact size first, so that a snapshot per command does not keep a
    /// whole chunk's capacity for one row.
    @inline(never)
    public mutating func seal() {
        guard !tail.isEmpty else { return }
        starts.append(sealedCount)
        sealedCount += tail.count
        sealed.append(tail.count == Self.chunkSize ? tail : tail.withUnsafeBufferPointer { Array($0) })
        tail = []
    }

    /// Keeps only the rows that pass, as new chunks. O(count).
    public mutating func keep(where predicate: (Row) -> Bool) {
        var kept = RowLog()
        for chunk in sealed {
            for row in chunk where predicate(row) { kept.append(row) }
        }
        for row in tail where predicate(row) { kept.append(row) }
        self = kept
    }

    public static func == (a: RowLog, b: RowLog) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}
