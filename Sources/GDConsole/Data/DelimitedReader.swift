import GDCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// `ColumnSelector` (Language/ColumnSelector.swift) names the columns to load.

/// Two columns of numbers read from a delimited text file.
struct LoadedColumns {
    var xs: [Double]
    var ys: [Double]
    /// Their moments and largest magnitudes, summed while reading (see `ColumnSummary`).
    var summary: ColumnSummary
    /// The header names of the loaded columns; nil without a header.
    var xName: String?
    var yName: String?
    /// The number of fields in the first line (the header when there is one).
    var columnCount: Int
    var hadHeader: Bool
}

/// Reads two columns of numbers from CSV, TSV or whitespace-separated text.
///
/// Rules:
/// - A UTF-8 byte order mark at the start is skipped. Lines end in `\n` or
///   `\r\n`. Blank lines and lines whose first non-blank byte is `#` are
///   skipped everywhere; line numbers count every line.
/// - The delimiter is detected from the first line that is not skipped:
///   `,` if it has one outside double quotes, else a tab, else runs of
///   spaces and tabs.
/// - Spaces around fields are ignored (and tabs too, except in tab-separated
///   files). A field may be double-quoted (`"1.5"`, `"a ""b"""`); a quoted
///   field cannot span lines.
/// - A lone `\r` inside a line is an error (classic Mac line endings are not
///   read), not part of a field: without the rule a whole CR-only file read as
///   one header line and loaded "no data rows".
/// - That first line is a header when it has text and none of its fields is a
///   number: a row with any number in it is data, so a typo in the first data
///   row (`1,2x`) is reported rather than taken for column names. Header bytes
///   must be valid UTF-8. Its field count is `columnCount`.
/// - Columns: see `ColumnSelector`. Names need a header; indexes are 0-based
///   and must be below `columnCount`. Every data row has exactly
///   `columnCount` fields (a ragged row is an error); only the selected
///   columns are read as numbers.
/// - A selected field must be a finite number in `FastDouble`'s grammar:
///   `inf`, `nan` and values that overflow to infinity are refused.
/// - Errors have `kind == .malformed`, the 1-based line and, for an error
///   within a line, the 1-based byte column in it. Messages name a column
///   by its header name in quotes, or by its 0-based index without a header.
///   Nothing is returned on error.
enum DelimitedReader {
    /// Reads the two selected columns of a delimited file, the data rows in parts on every core.
    ///
    /// - Parameters:
    ///   - memory: the columns, reserved from an estimate of the row count, must fit
    ///     beside the file's bytes and leave room to train (`MemoryLimit.bytesPerPoint`).
    ///   - partSize, workers: how the data rows are cut and read (`DelimitedParts`); tests
    ///     vary them, the values and messages do not depend on them.
    static func read(
        _ bytes: UnsafeRawBufferPointer, path: String, x: ColumnSelector, y: ColumnSelector,
        memory: MemoryLimit = MemoryLimit(bytes: .max),
        partSize: Int = DelimitedParts.partSize, workers: Int = DelimitedParts.defaultWorkers
    ) throws(DataFileError) -> LoadedColumns {
        var scan = DelimitedScanner(bytes: bytes, path: path)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            scan.position = 3
        }
        guard scan.nextContentLine() else { throw scan.failure(line: nil, .noDataRows) }
        scan.separator = scan.detectSeparator()
        let firstLine = scan.lineNumber

        // Header detection: count the fields, noting any text that is not a number.
        var columnCount = 0
        var sawText = false
        var sawNumber = false
        var field = try scan.firstField()
        while let current = field {
            columnCount += 1
            if current.contentStart < current.contentEnd {
                if scan.isNumber(current) { sawNumber = true } else { sawText = true }
            }
            field = try scan.nextField(after: current)
        }
        let hadHeader = sawText && !sawNumber
        scan.columnCount = columnCount
        scan.firstLine = firstLine
        if hadHeader, let bad = scan.firstInvalidUTF8() {
            throw scan.failure(line: firstLine, column: bad - scan.lineStart + 1, .headerNotUTF8)
        }
        let names = hadHeader ? try scan.headerNames() : []

        func resolve(_ selector: ColumnSelector, role: String, fallback: Int) throws(DataFileError) -> Int {
            let index: Int
            switch selector {
            case .automatic:
                func isNamed(_ name: String, _ letter: String) -> Bool { name.utf8.count == 1 && name.lowercased() == letter }
                let hasBoth = names.contains { isNamed($0, "x") } && names.contains { isNamed($0, "y") }
                index = hasBoth ? (names.firstIndex { isNamed($0, role) } ?? fallback) : fallback
                if index >= columnCount {
                    throw scan.failure(line: firstLine, .tooFewColumns(columnCount))
                }
            case .index(let wanted):
                guard wanted >= 0, wanted < columnCount else {
                    throw scan.failure(line: firstLine, .columnIndexOutOfRange(wanted, columns: columnCount))
                }
                index = wanted
            case .name(let wanted):
                guard hadHeader else {
                    throw scan.failure(line: firstLine, .noHeaderForName(wanted))
                }
                guard let found = names.firstIndex(of: wanted) ?? names.firstIndex(where: { $0.lowercased() == wanted.lowercased() }) else {
                    let shown = names.prefix(20).joined(separator: ", ") + (names.count > 20 ? ", ..." : "")
                    throw scan.failure(line: firstLine, .noColumnNamed(wanted, columns: shown))
                }
                index = found
            }
            return index
        }
        let xIndex = try resolve(x, role: "x", fallback: 0)
        let yIndex = try resolve(y, role: "y", fallback: 1)
        scan.columnLabels = (label(xIndex, names), label(yIndex, names))

        // Refused before any column is allocated: an estimate of the rows must fit.
        let capacity = scan.estimateRows()
        let need = MemoryLimit.sum(bytes.count, MemoryLimit.product(capacity, MemoryLimit.bytesPerPoint))
        guard memory.allows(need) else {
            throw DataFileError(.cannotOpen, path: path, .rowsNeedMemory(rows: capacity, memory.refusalParts(need: need)))
        }
        // Data rows, in parts on every core (DelimitedParts).
        let start = hadHeader ? scan.endOfLine(from: scan.lineStart) : scan.lineStart
        let linesBefore = hadHeader ? scan.lineNumber : scan.lineNumber - 1
        let layout = DelimitedParts.Layout(
            path: path, separator: scan.separator, columnLabels: scan.columnLabels, columnCount: columnCount,
            firstLine: firstLine, hadHeader: hadHeader, x: xIndex, y: yIndex)
        let rows = try DelimitedParts.read(bytes, from: start, linesBefore: linesBefore, layout: layout,
                                           partSize: partSize, workers: workers)
        let xs = rows.xs, ys = rows.ys
        if xs.isEmpty { throw scan.failure(line: nil, .noDataRows) }
        return LoadedColumns(
            xs: xs, ys: ys, summary: rows.summary,
            xName: hadHeader ? names[xIndex] : nil, yName: hadHeader ? names[yIndex] : nil,
            columnCount: columnCount, hadHeader: hadHeader)
    }

    private static func label(_ index: Int, _ names: [String]) -> String {
        index < names.count ? "'\(names[index])'" : "\(index)"
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}

/// The fast path for one data line: unquoted numbers and fields without
/// line breaks or quotes. It accepts a subset of what `DelimitedScanner.row` accepts,
/// with the same values, and returns nil for everything else (blank,
/// comment, quoted, ragged or bad lines, lone `\r`).
struct FastRows {
    let bytes: UnsafeRawBufferPointer
    let separator: DelimitedScanner.Separator
    let x: Int
    let y: Int
    /// Fields every row has.
    let columns: Int

    @inline(__always) private func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 && separator != .tab
    }

    /// The selected values and the start of the next line.
    @inline(__always)
    func row(at start: Int) -> (Double, Double, Int)? {
        let n = bytes.count
        let delimiter: UInt8 = separator == .tab ? 0x09 : 0x2C
        let whitespace = separator == .whitespace
        let last = max(x, y)
        var xv = 0.0
        var yv = 0.0
        var p = start
        // A comment line (its first byte after spaces and tabs is `#`) is the scanner's,
        // even when its fields would read.
        while p < n, bytes[p] == 0x20 || bytes[p] == 0x09 { p += 1 }
        if p < n, bytes[p] == UInt8(ascii: "#") { return nil }
        p = start
        var field = 0
        while true {
            while p < n, isBlank(bytes[p]) { p += 1 }
            if field == x || field == y {
                guard let (value, end) = FastDouble.parse(bytes, from: p), value.isFinite else { return nil }
                if field == x { xv = value }
                if field == y { yv = value }
                p = end
                if whitespace, p < n, !isBlank(bytes[p]), bytes[p] != 0x0A, bytes[p] != 0x0D { return nil }
            } else {
                while p < n {
                    let b = bytes[p]
                    if b == 0x0A || b == 0x0D || b == 0x22 { return nil }
                    if whitespace ? isBlank(b) : b == delimiter { break }
                    p += 1
                }
            }
            while p < n, isBlank(bytes[p]) { p += 1 }
            if field == last {
                // The field ends here too: "2x" is not 2, even with fields after it.
                if !whitespace, p < n, bytes[p] != delimiter, bytes[p] != 0x0A, bytes[p] != 0x0D { return nil }
                break
            }
            guard p < n else { return nil }
            if whitespace {
                if bytes[p] == 0x0A || bytes[p] == 0x0D { return nil }
            } else {
                guard bytes[p] == delimiter else { return nil }
                p += 1
            }
            field += 1
        }
        // After the last selected field and its blanks: the line end, or the
        // rest of the line, whose fields are counted but not read.
        if last + 1 < columns { p = skipFields(columns - 1 - last, from: p) ?? n + 1 }
        guard p < n else { return p == n ? (xv, yv, n) : nil }
        let b = bytes[p]
        if b == 0x0A { return (xv, yv, p + 1) }
        if b == 0x0D { return p + 1 < n && bytes[p + 1] == 0x0A ? (xv, yv, p + 2) : nil }
        return nil
    }

    /// Passes exactly `count` more unread fields (each after its delimiter) and the
    /// blanks after them; nil when the line has another number of fields or holds a
    /// quote or `\r` (the scanner words those).
    private func skipFields(_ count: Int, from start: Int) -> Int? {
        let n = bytes.count
        var p = start
        var seen = 0
        if separator == .whitespace {
            while p < n, bytes[p] != 0x0A, bytes[p] != 0x0D {
                if bytes[p] == 0x22 { return nil }
                seen += 1
                while p < n, !isBlank(bytes[p]), bytes[p] != 0x0A, bytes[p] != 0x0D { p += 1 }
                while p < n, isBlank(bytes[p]) { p += 1 }
            }
        } else {
            let delimiter: UInt8 = separator == .tab ? 0x09 : 0x2C
            while p < n, bytes[p] != 0x0A {
                let b = bytes[p]
                if b == 0x0D {
                    if p + 1 < n, bytes[p + 1] == 0x0A { break }
                    return nil
                }
                if b == 0x22 { return nil }
                if b == delimiter { seen += 1 }
                p += 1
            }
        }
        return seen == count ? p : nil
    }
}
