import Dispatch
import GDCore
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The data rows of a delimited file, read in parts on every core and joined in order.
///
/// The rows after the header are cut into parts of about `partSize` bytes, each ending
/// just after a `\n`, so every part is a whole number of lines and reads exactly as it
/// would inside the whole file (a line never looks past its `\n`). A first quick pass
/// counts each part's lines, which bounds its rows and so gives it a slot in the final
/// columns: rows are written once, where they stay. Then each part is read by
/// `DelimitedScanner`'s rules with its lines counted from 1, and sums its moments
/// (`ColumnSummary`) as it reads: no pass over the values afterwards. The join takes the
/// parts in file order: summaries appended, rows moved down over the room left by blank
/// and comment lines (if any), and the first failing part's error moved to its line in
/// the file by the lines of the parts before it; parts after a failing part are not
/// read. So the error reported is the first in file order, with the message and line
/// the one-part reading gives.
///
/// Where parts begin depends on the file alone (never on the number of cores), so the
/// moments, summed per part, are the same bits on every machine and with any number of
/// workers; a file of at most `partSize` bytes of rows is one part, summed in order
/// exactly as `Dataset(xs:ys:)` sums.
enum DelimitedParts {
    /// About 4 MiB: small enough that two busy cores share the work evenly, large enough
    /// that the per-part costs (arrays, a task) do not show.
    static let partSize = 1 << 22

    /// The rows read, with their summary.
    struct Rows {
        var xs: [Double]
        var ys: [Double]
        var summary: ColumnSummary
    }

    /// What every part needs to read its rows.
    struct Layout {
        var path: String
        var separator: DelimitedScanner.Separator
        var columnLabels: (String, String)
        var columnCount: Int
        var firstLine: Int
        var hadHeader: Bool
        var x: Int
        var y: Int
    }

    /// The rows of `bytes[start...]`, whose first line is line `linesBefore + 1`.
    ///
    /// - Parameters:
    ///   - partSize: bytes per part (tests make it small); the parts and so the moments
    ///     depend on it.
    ///   - workers: how many threads read parts at once; 1 reads them in order on this
    ///     thread. Results do not depend on it.
    /// - Throws: the error of the first bad row in the file.
    /// - Complexity: O(bytes) work, spread over the workers; the join copies the columns
    ///   once when there is more than one part.
    static func read(
        _ bytes: UnsafeRawBufferPointer, from start: Int, linesBefore: Int, layout: Layout,
        partSize: Int = partSize, workers: Int = defaultWorkers
    ) throws(DataFileError) -> Rows {
        let cuts = boundaries(bytes, from: start, partSize: partSize)
        let count = cuts.count - 1
        let threads = max(1, min(workers, count))
        let shared = Shared(bytes: bytes, cuts: cuts)

        // Pass 1, a fast count: a part holds at most one row per line, so part k's rows
        // go to the columns from the lines before it on, and the columns are written once.
        let room = UnsafeMutableBufferPointer<Int>.allocate(capacity: count)
        defer { room.deallocate() }
        let rooms = SharedInts(buffer: room)
        forEach(count, threads: threads) { k in
            rooms.buffer[k] = lineBound(shared.part(k))  // k < count, each k once
        }
        var starts: [Int] = []  // where part k's rows start
        starts.reserveCapacity(count)
        var capacity = 0
        for k in 0..<count {
            starts.append(capacity)
            capacity += room[k]
        }
        let slots = starts

        // Pass 2: each part reads its rows into its slot.
        let outcomes = UnsafeMutableBufferPointer<Result<Part, DataFileError>?>.allocate(capacity: count)
        outcomes.initialize(repeating: nil)
        defer {
            outcomes.deinitialize()
            outcomes.deallocate()
        }
        let results = SharedOutcomes(buffer: outcomes)
        var failure: DataFileError?
        var summary = ColumnSummary()
        var rowCount = 0
        var ysOut: [Double] = []
        let xs = [Double](unsafeUninitializedCapacity: capacity) { xBuffer, xInitialized in
            let ys = [Double](unsafeUninitializedCapacity: capacity) { yBuffer, yInitialized in
                LargeArray.adviseHugePages(UnsafeMutableRawBufferPointer(xBuffer))
                LargeArray.adviseHugePages(UnsafeMutableRawBufferPointer(yBuffer))
                let columns = SharedColumns(xs: xBuffer, ys: yBuffer)
                let firstFailure = Atomic<Int>(Int.max)
                forEach(count, threads: threads) { k in
                    // A part after a failed one is not needed: the earlier error wins.
                    guard k < firstFailure.load(ordering: .relaxed) else { return }
                    let slot = slots[k]
                    let target = (
                        UnsafeMutableBufferPointer(rebasing: columns.xs[slot..<slot + rooms.buffer[k]]),
                        UnsafeMutableBufferPointer(rebasing: columns.ys[slot..<slot + rooms.buffer[k]]))
                    do throws(DataFileError) {
                        let read = try readPart(shared.part(k), into: target, hintLine: k == 0 && !layout.hadHeader ? 1 : 0, layout: layout)
                        results.buffer[k] = .success(read)  // slot k is written by this thread only
                    } catch {
                        results.buffer[k] = .failure(error)
                        firstFailure.min(k, ordering: .relaxed)
                    }
                }

                // Join in file order: the first part that failed stops it; the rows of
                // parts that held blank or comment lines move down to close the gaps.
                var lines = linesBefore
                for k in 0..<count {
                    guard case .success(let part) = outcomes[k] else {
                        if case .failure(let error) = outcomes[k] { failure = moved(error, by: lines) }
                        else { failure = DataFileError(.malformed, path: layout.path, .partNotRead(k)) }
                        rowCount = 0
                        break
                    }
                    if rowCount != slots[k], part.rows > 0, let x = xBuffer.baseAddress, let y = yBuffer.baseAddress {
                        // rowCount < slots[k] and part.rows <= room[k]: both ranges lie inside the capacity.
                        memmove(x + rowCount, x + slots[k], part.rows * MemoryLayout<Double>.stride)
                        memmove(y + rowCount, y + slots[k], part.rows * MemoryLayout<Double>.stride)
                    }
                    rowCount += part.rows
                    lines += part.lines
                    summary.append(part.summary)
                }
                yInitialized = rowCount
            }
            xInitialized = rowCount
            ysOut = ys
        }
        if let failure { throw failure }
        return Rows(xs: xs, ys: ysOut, summary: summary)
    }

    /// Runs `body` for 0..<count: on this thread alone, or spread over `threads`.
    static func forEach(_ count: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
        if threads <= 1 {
            for k in 0..<count { body(k) }
        } else {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        }
    }

    /// Most rows `part` can hold: one per `\n`, and one for a last line without it.
    ///
    /// - Complexity: O(bytes), eight at a time (an exact zero-byte count on `word ^ "\n"×8`).
    static func lineBound(_ part: UnsafeRawBufferPointer) -> Int {
        let n = part.count
        var lines = 0
        var i = 0
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let evenBytes: UInt64 = 0x00FF_00FF_00FF_00FF
        while n - i >= 8 {
            // Per-byte counts (each byte of `counts` below 255), summed every 255 words:
            // baseline x86-64 has no popcnt instruction.
            var counts: UInt64 = 0
            var words = 0
            while n - i >= 8, words < 255 {  // the 8-byte load at i lies inside the part
                let v = part.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                // Bit 7 of a byte of `zero` is set exactly when that byte of v is 0.
                let zero = ~(((v & low7) &+ low7) | v | low7)
                counts &+= zero >> 7
                i += 8
                words += 1
            }
            let pairs = (counts & evenBytes) &+ (counts >> 8 & evenBytes)  // four sums below 2^16
            lines += Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while i < n {
            if part[i] == 0x0A { lines += 1 }
            i += 1
        }
        if let last = part.last, last != 0x0A { lines += 1 }
        return lines
    }

    /// Both cores, or however many this machine has online.
    static var defaultWorkers: Int {
        max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    /// Where the parts begin: `start`, then just after the first `\n` found at or after
    /// `partSize - 1` bytes into the previous part; the last part ends at the end of
    /// `bytes`, which is the last element.
    static func boundaries(_ bytes: UnsafeRawBufferPointer, from start: Int, partSize: Int) -> [Int] {
        let n = bytes.count
        var cuts = [start]
        guard let base = bytes.baseAddress, partSize >= 1 else { return cuts + [n] }
        var p = start
        while n - p > partSize {
            let from = p + partSize - 1  // < n
            guard let hit = memchr(base + from, 0x0A, n - from) else { break }
            let cut = base.distance(to: UnsafeRawPointer(hit)) + 1
            if cut >= n { break }
            cuts.append(cut)
            p = cut
        }
        cuts.append(n)
        return cuts
    }

    // MARK: - One part

    /// What one part held: how many rows it wrote, their summary, and its lines.
    struct Part {
        var rows: Int
        var summary: ColumnSummary
        var lines: Int
    }

    /// Reads every line of `part` (whole lines, the last ending in `\n` unless it is
    /// the file's last), numbering them from 1, and writes row i's values to
    /// `target.0[i]` and `target.1[i]`.
    ///
    /// - Parameters:
    ///   - target: room for at least one row per line (`lineBound`).
    ///   - hintLine: the number here of the file's first line, whose bad number gets
    ///     the header hint; 0 when this part does not hold it.
    static func readPart(
        _ part: UnsafeRawBufferPointer,
        into target: (UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>),
        hintLine: Int, layout: Layout
    ) throws(DataFileError) -> Part {
        var scan = DelimitedScanner(bytes: part, path: layout.path)
        scan.separator = layout.separator
        scan.columnLabels = layout.columnLabels
        scan.columnCount = layout.columnCount
        scan.firstLine = layout.firstLine
        scan.hintLine = hintLine

        // Plain lines take the fast path; anything else (blank, comment, quoted,
        // spaced or bad lines) goes through the scanner, which words every error.
        let (xs, ys) = target
        let room = min(xs.count, ys.count)
        var rows = 0
        var summary = ColumnSummary()
        let fast = FastRows(bytes: part, separator: layout.separator, x: layout.x, y: layout.y, columns: layout.columnCount)
        var p = 0
        var linesBefore = 0
        while p < part.count {
            let row: (Double, Double)
            if let (xv, yv, next) = fast.row(at: p) {
                row = (xv, yv)
                p = next
                linesBefore += 1
            } else {
                scan.position = p
                scan.lineNumber = linesBefore
                guard scan.nextContentLine() else {
                    linesBefore = scan.lineNumber  // the blank and comment lines at the end
                    break
                }
                let (xv, yv, end) = try scan.row(x: layout.x, y: layout.y)
                row = (xv, yv)
                p = scan.endOfLine(from: end)
                linesBefore = scan.lineNumber
            }
            // Every row ends a line, so `room` (one per line) is never reached.
            guard rows < room else {
                throw DataFileError(.malformed, path: layout.path, .moreRowsThanLines)
            }
            xs[rows] = row.0
            ys[rows] = row.1
            rows += 1
            summary.add(row.0, row.1)
        }
        return Part(rows: rows, summary: summary, lines: linesBefore)
    }

    // MARK: - Sharing between threads

    /// The file and where its parts begin, read by every thread.
    private struct Shared: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
        let cuts: [Int]

        /// Part k; `k + 1 < cuts.count`.
        func part(_ k: Int) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(rebasing: bytes[cuts[k]..<cuts[k + 1]])
        }
    }

    // Each thread writes only the elements of the parts it was given, and they are read
    // after every thread has finished.
    private struct SharedInts: @unchecked Sendable { let buffer: UnsafeMutableBufferPointer<Int> }
    private struct SharedOutcomes: @unchecked Sendable { let buffer: UnsafeMutableBufferPointer<Result<Part, DataFileError>?> }
    private struct SharedColumns: @unchecked Sendable {
        let xs: UnsafeMutableBufferPointer<Double>
        let ys: UnsafeMutableBufferPointer<Double>
    }

    /// The error of a part as the file sees it: `lines` more lines before it.
    private static func moved(_ error: DataFileError, by lines: Int) -> DataFileError {
        var shifted = error
        shifted.line = error.line.map { $0 + lines }
        return shifted
    }
}
