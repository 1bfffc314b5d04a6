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
/// - That first line is a header when any of its fields is not a number;
///   header bytes must be valid UTF-8. Its field count is `columnCount`.
/// - Columns: see `ColumnSelector`. Names need a header; indexes are 0-based
///   and must be below `columnCount`. Every data row needs at least as many
///   fields as the selected columns require; extra fields and the other
///   columns are not read.
/// - A selected field must be a finite number in `FastDouble`'s grammar:
///   `inf`, `nan` and values that overflow to infinity are refused.
/// - Errors have `kind == .malformed`, the 1-based line and, for an error
///   within a line, the 1-based byte column in it. Messages name a column
///   by its header name in quotes, or by its 0-based index without a header.
///   Nothing is returned on error.
enum DelimitedReader {
    static func read(
        _ bytes: UnsafeRawBufferPointer, path: String, x: ColumnSelector, y: ColumnSelector
    ) throws(DataFileError) -> LoadedColumns {
        var scan = Scanner(bytes: bytes, path: path)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            scan.position = 3
        }
        guard scan.nextContentLine() else { throw scan.failure(line: nil, "no data rows") }
        scan.separator = scan.detectSeparator()
        let firstLine = scan.lineNumber

        // Header detection: count the fields, noting any that is not a number.
        var columnCount = 0
        var hadHeader = false
        var field = try scan.firstField()
        while let current = field {
            columnCount += 1
            if !scan.isNumber(current) { hadHeader = true }
            field = try scan.nextField(after: current)
        }
        if hadHeader, let bad = scan.firstInvalidUTF8() {
            throw scan.failure(line: firstLine, column: bad - scan.lineStart + 1, "header is not valid utf-8")
        }
        let names = hadHeader ? try scan.headerNames() : []

        func resolve(_ selector: ColumnSelector, role: String, fallback: Int) throws(DataFileError) -> Int {
            let index: Int
            switch selector {
            case .automatic:
                let hasBoth = names.contains { $0.lowercased() == "x" } && names.contains { $0.lowercased() == "y" }
                index = hasBoth ? (names.firstIndex { $0.lowercased() == role } ?? fallback) : fallback
                if index >= columnCount {
                    throw scan.failure(line: firstLine, "the file has \(plural(columnCount, "column")); expected at least 2")
                }
            case .index(let wanted):
                guard wanted >= 0, wanted < columnCount else {
                    throw scan.failure(line: firstLine, "column index \(wanted) is out of range; the file has \(plural(columnCount, "column")), indexed from 0")
                }
                index = wanted
            case .name(let wanted):
                guard hadHeader else {
                    throw scan.failure(line: firstLine, "cannot select column '\(wanted)' by name: the file has no header")
                }
                guard let found = names.firstIndex(of: wanted) ?? names.firstIndex(where: { $0.lowercased() == wanted.lowercased() }) else {
                    let shown = names.prefix(20).joined(separator: ", ") + (names.count > 20 ? ", ..." : "")
                    throw scan.failure(line: firstLine, "no column named '\(wanted)'; columns are \(shown)")
                }
                index = found
            }
            return index
        }
        let xIndex = try resolve(x, role: "x", fallback: 0)
        let yIndex = try resolve(y, role: "y", fallback: 1)
        scan.columnLabels = (label(xIndex, names), label(yIndex, names))

        // Data rows: plain lines take the fast path; anything else (blank,
        // comment, quoted, spaced or bad lines) goes through the scanner.
        var xs: [Double] = []
        var ys: [Double] = []
        let capacity = scan.estimateRows()
        xs.reserveCapacity(capacity)
        ys.reserveCapacity(capacity)
        let fast = FastRows(bytes: bytes, separator: scan.separator, x: xIndex, y: yIndex)
        var p = hadHeader ? scan.endOfLine(from: scan.lineStart) : scan.lineStart
        var linesBefore = hadHeader ? scan.lineNumber : scan.lineNumber - 1
        while p < bytes.count {
            if let (xv, yv, next) = fast.row(at: p) {
                xs.append(xv)
                ys.append(yv)
                p = next
                linesBefore += 1
                continue
            }
            scan.position = p
            scan.lineNumber = linesBefore
            guard scan.nextContentLine() else { break }
            let (xv, yv, end) = try scan.row(x: xIndex, y: yIndex)
            xs.append(xv)
            ys.append(yv)
            p = scan.endOfLine(from: end)
            linesBefore = scan.lineNumber
        }
        if xs.isEmpty { throw scan.failure(line: nil, "no data rows") }
        return LoadedColumns(
            xs: xs, ys: ys,
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

private enum Separator { case comma, tab, whitespace }

/// One field of a line.
private struct FieldSpan {
    /// The first byte after leading blanks: the opening quote when quoted.
    var start: Int
    /// The text, without quotes or trailing blanks: `contentStart..<contentEnd`.
    var contentStart: Int
    var contentEnd: Int
    /// Whether the quoted text holds `""` escapes.
    var escaped: Bool
    /// Where the field ends: at its delimiter or the line end, after blanks.
    var next: Int
}

/// A cursor over the lines and fields of the file.
///
/// Bounds: `bytes[p]` is only read after `p < bytes.count` is checked, or
/// after `isLineEnd(p)` is false, which implies it.
private struct Scanner {
    let bytes: UnsafeRawBufferPointer
    let path: String
    var separator = Separator.comma
    /// The start of the next line to read.
    var position = 0
    /// The current line: its first byte and 1-based number.
    var lineStart = 0
    var lineNumber = 0
    /// How messages name the x and y columns.
    var columnLabels = ("", "")

    private var delimiter: UInt8 { separator == .tab ? 0x09 : 0x2C }

    @inline(__always) func isLineEnd(_ p: Int) -> Bool {
        let n = bytes.count
        if p >= n { return true }
        let b = bytes[p]
        return b == 0x0A || b == 0x0D && (p + 1 >= n || bytes[p + 1] == 0x0A)
    }

    @inline(__always) func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 && separator != .tab
    }

    @inline(__always) func skipBlanks(_ start: Int) -> Int {
        var p = start
        while p < bytes.count, isBlank(bytes[p]) { p += 1 }
        return p
    }

    /// The index after the `\n` ending the line that holds `p`, or the end.
    @inline(__always) func endOfLine(from p: Int) -> Int {
        let n = bytes.count
        guard p < n, let base = bytes.baseAddress else { return n }
        if bytes[p] == 0x0A { return p + 1 }
        guard let hit = memchr(base + p, 0x0A, n - p) else { return n }
        return base.distance(to: UnsafeRawPointer(hit)) + 1
    }

    /// Moves to the next line that is neither blank nor a comment.
    mutating func nextContentLine() -> Bool {
        while position < bytes.count {
            lineNumber += 1
            lineStart = position
            var p = position
            while p < bytes.count, bytes[p] == 0x20 || bytes[p] == 0x09 { p += 1 }
            if isLineEnd(p) || bytes[p] == UInt8(ascii: "#") {
                position = endOfLine(from: p)
                continue
            }
            return true
        }
        return false
    }

    /// `,` outside quotes, else a tab, else blanks, in the current line.
    func detectSeparator() -> Separator {
        var quoted = false
        var sawTab = false
        var p = lineStart
        while !isLineEnd(p) {
            switch bytes[p] {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: ","): if !quoted { return .comma }
            case 0x09: if !quoted { sawTab = true }
            default: break
            }
            p += 1
        }
        return sawTab ? .tab : .whitespace
    }

    /// About how many lines follow, from the mean length of those in the
    /// first 64 KiB: enough to reserve capacity without a counting pass.
    func estimateRows() -> Int {
        let n = bytes.count
        let sampleEnd = min(n, lineStart + 1 << 16)
        var lines = 0
        var p = lineStart
        while p < sampleEnd {
            p = endOfLine(from: p)
            lines += 1
        }
        if p >= n { return lines }
        let estimate = Double(n - lineStart) / Double(p - lineStart) * Double(lines) * 1.05
        return min(Int(estimate) + 16, (n - lineStart) / 4 + 1)  // a row takes at least 4 bytes
    }

    // MARK: Fields

    func scanField(at start: Int) throws(DataFileError) -> FieldSpan {
        var p = start
        if p < bytes.count, bytes[p] == UInt8(ascii: "\"") {
            var escaped = false
            p += 1
            while true {
                guard p < bytes.count, bytes[p] != 0x0A else { throw failure(at: start, "unterminated quoted field") }
                if bytes[p] == UInt8(ascii: "\"") {
                    guard p + 1 < bytes.count, bytes[p + 1] == UInt8(ascii: "\"") else { break }
                    escaped = true
                    p += 1
                }
                p += 1
            }
            let next = skipBlanks(p + 1)
            guard isLineEnd(next) || (separator == .whitespace ? next > p + 1 : bytes[next] == delimiter) else {
                throw failure(at: next, "unexpected text after a closing quote")
            }
            return FieldSpan(start: start, contentStart: start + 1, contentEnd: p, escaped: escaped, next: next)
        }
        if separator == .whitespace {
            while !isLineEnd(p), !isBlank(bytes[p]) { p += 1 }
            return FieldSpan(start: start, contentStart: start, contentEnd: p, escaped: false, next: skipBlanks(p))
        }
        var end = p
        while !isLineEnd(p), bytes[p] != delimiter {
            if !isBlank(bytes[p]) { end = p + 1 }
            p += 1
        }
        return FieldSpan(start: start, contentStart: start, contentEnd: end, escaped: false, next: p)
    }

    func firstField() throws(DataFileError) -> FieldSpan? {
        let p = skipBlanks(lineStart)
        return separator == .whitespace && isLineEnd(p) ? nil : try scanField(at: p)
    }

    func nextField(after field: FieldSpan) throws(DataFileError) -> FieldSpan? {
        if isLineEnd(field.next) { return nil }
        let p = skipBlanks(separator == .whitespace ? field.next : field.next + 1)
        return separator == .whitespace && isLineEnd(p) ? nil : try scanField(at: p)
    }

    func isNumber(_ field: FieldSpan) -> Bool {
        guard !field.escaped, let (_, end) = FastDouble.parse(bytes, from: field.contentStart) else { return false }
        return end == field.contentEnd
    }

    /// The field's text, `""` escapes undone.
    func text(_ field: FieldSpan, limit: Int = .max) -> String {
        var raw: [UInt8] = []
        var p = field.contentStart
        while p < field.contentEnd, raw.count < limit {
            raw.append(bytes[p])  // contentEnd <= bytes.count
            p += field.escaped && bytes[p] == UInt8(ascii: "\"") ? 2 : 1
        }
        if p < field.contentEnd {
            while let last = raw.last, last & 0xC0 == 0x80 { raw.removeLast() }  // whole characters only
            if !raw.isEmpty { raw.removeLast() }
            return String(decoding: raw, as: UTF8.self) + "..."
        }
        return String(decoding: raw, as: UTF8.self)
    }

    func headerNames() throws(DataFileError) -> [String] {
        var names: [String] = []
        var field = try firstField()
        while let current = field {
            names.append(text(current))
            field = try nextField(after: current)
        }
        return names
    }

    /// The index of the first byte of the current line that is not valid UTF-8.
    func firstInvalidUTF8() -> Int? {
        var p = lineStart
        while !isLineEnd(p) {
            let lead = bytes[p]
            if lead < 0x80 { p += 1; continue }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            guard length > 0, lead < 0xF5, bytes.count - p >= length else { return p }
            var scalar = UInt32(lead) & (0x7F >> UInt32(length))
            for k in 1..<length {
                let next = bytes[p + k]  // p + length <= bytes.count
                guard next & 0xC0 == 0x80 else { return p }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
            guard scalar >= smallest, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return p }
            p += length
        }
        return nil
    }

    // MARK: Rows

    /// The selected numbers of the current line, and where reading stopped.
    @inline(__always)
    func row(x xIndex: Int, y yIndex: Int) throws(DataFileError) -> (Double, Double, Int) {
        let last = max(xIndex, yIndex)
        var xv = 0.0
        var yv = 0.0
        var p = lineStart
        var field = 0
        while true {
            p = skipBlanks(p)
            if separator == .whitespace, isLineEnd(p) { throw ragged(fields: field, needed: last + 1, at: p) }
            if field == xIndex || field == yIndex {
                let (value, next) = try number(at: p, role: field == xIndex ? 0 : 1)
                if field == xIndex { xv = value }
                if field == yIndex { yv = value }
                p = next
            } else {
                p = try scanField(at: p).next
            }
            if field == last { return (xv, yv, p) }
            if isLineEnd(p) { throw ragged(fields: field + 1, needed: last + 1, at: p) }
            if separator != .whitespace { p += 1 }
            field += 1
        }
    }

    /// A finite number field at `start`; returns it and where the field ends.
    @inline(__always)
    private func number(at start: Int, role: Int) throws(DataFileError) -> (Double, Int) {
        let quoted = start < bytes.count && bytes[start] == UInt8(ascii: "\"")
        if let (value, end) = FastDouble.parse(bytes, from: quoted ? start + 1 : start), value.isFinite {
            var p = end
            if quoted {
                guard p < bytes.count, bytes[p] == UInt8(ascii: "\"") else { throw badNumber(at: start, role: role) }
                p += 1
            }
            let next = skipBlanks(p)
            if isLineEnd(next) || (separator == .whitespace ? next > p : bytes[next] == delimiter) {
                return (value, next)
            }
        }
        throw badNumber(at: start, role: role)
    }

    // MARK: Errors

    func failure(line: Int?, column: Int? = nil, _ message: String) -> DataFileError {
        DataFileError(.malformed, path: path, line: line, column: column, message: message)
    }

    func failure(at p: Int, _ message: String) -> DataFileError {
        failure(line: lineNumber, column: p - lineStart + 1, message)
    }

    @inline(never)
    private func ragged(fields: Int, needed: Int, at p: Int) -> DataFileError {
        failure(at: p, "row has \(DelimitedReader.plural(fields, "field")); expected at least \(needed)")
    }

    @inline(never)
    private func badNumber(at start: Int, role: Int) -> DataFileError {
        let field: FieldSpan
        do throws(DataFileError) { field = try scanField(at: start) } catch { return error }
        let label = role == 0 ? columnLabels.0 : columnLabels.1
        if field.contentStart == field.contentEnd {
            return failure(at: start, "expected a number in column \(label), found an empty field")
        }
        let shown = text(field, limit: 40)
        if isNumber(field) {
            return failure(at: start, "non-finite value '\(shown)' in column \(label)")
        }
        return failure(at: start, "expected a number in column \(label), found '\(shown)'")
    }
}

/// The fast path for one data line: unquoted numbers right at the field
/// starts, single delimiters, no blanks or `\r` before the last selected
/// field. It accepts a subset of what `Scanner.row` accepts, with the same
/// values, and returns nil for everything else.
private struct FastRows {
    let bytes: UnsafeRawBufferPointer
    let separator: Separator
    let x: Int
    let y: Int

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
        var field = 0
        while true {
            if field == x || field == y {
                guard let (value, end) = FastDouble.parse(bytes, from: p), value.isFinite else { return nil }
                if field == x { xv = value }
                if field == y { yv = value }
                p = end
            } else {
                while p < n {
                    let b = bytes[p]
                    if b == 0x0A || b == 0x0D || b == 0x22 { return nil }
                    if whitespace ? b == 0x20 || b == 0x09 : b == delimiter { break }
                    p += 1
                }
            }
            if field == last { break }
            guard p < n else { return nil }
            if whitespace {
                guard bytes[p] == 0x20 || bytes[p] == 0x09 else { return nil }
                repeat { p += 1 } while p < n && (bytes[p] == 0x20 || bytes[p] == 0x09)
            } else {
                guard bytes[p] == delimiter else { return nil }
                p += 1
            }
            field += 1
        }
        // After the last selected field: the line end, or the rest of the line.
        guard p < n else { return (xv, yv, n) }
        let b = bytes[p]
        if b == 0x0A { return (xv, yv, p + 1) }
        if b == 0x0D { return p + 1 < n && bytes[p + 1] == 0x0A ? (xv, yv, p + 2) : nil }
        guard whitespace ? b == 0x20 || b == 0x09 : b == delimiter, let base = bytes.baseAddress else { return nil }
        guard let newline = memchr(base + p, 0x0A, n - p) else { return (xv, yv, n) }
        return (xv, yv, base.distance(to: UnsafeRawPointer(newline)) + 1)
    }
}
