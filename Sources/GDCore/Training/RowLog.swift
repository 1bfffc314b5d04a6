/// An append-only list of rows kept in fixed-size chunks, so that copies share storage.
///
/// A snapshot of the history (for rollback, undo and goto) is a copy of this value. With one
/// flat array, the first append after such a copy would duplicate every row, and a snapshot
/// per command would keep a full copy each. Here full chunks are never written again: a copy
/// shares them, and an append copies at most the one open chunk. Only a rebuild (thinning)
/// makes new chunks; the old ones live on only while a snapshot still holds them.
public struct RowLog<Row: Sendable & Equatable>: Sendable, Equatable, RandomAccessCollection {
    /// Full chunks of `chunkSize` rows, never modified once here.
    private var sealed: [[Row]] = []
    /// The open chunk, fewer than `chunkSize` rows.
    private var tail: [Row] = []

    /// Rows per chunk: copying one open chunk costs about as much as a few sgd updates.
    public static var chunkSize: Int { 1024 }

    public init() {}

    public init<S: Sequence>(_ rows: S) where S.Element == Row {
        for row in rows { append(row) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { sealed.count * Self.chunkSize + tail.count }

    public subscript(i: Int) -> Row {
        let c = i / Self.chunkSize
        return c < sealed.count ? sealed[c][i % Self.chunkSize] : tail[i - sealed.count * Self.chunkSize]
    }

    @inline(__always)
    public mutating func append(_ row: Row) {
        if tail.isEmpty { tail.reserveCapacity(Self.chunkSize) }
        tail.append(row)
        if tail.count == Self.chunkSize {
            sealed.append(tail)
            tail = []
        }
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
