#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A cursor over the lines and fields of a delimited file, for
/// `DelimitedReader`: the general (slower) path, and the one that words
/// every error. The rules are in `DelimitedReader`'s documentation.
///
/// Bounds: `bytes[p]` is only read after `p < bytes.count` is checked, or
/// after `isLineEnd(p)` is false, which implies it.
struct DelimitedScanner {
    /// How fields are separated in a delimited file.
    enum Separator { case comma, tab, whitespace }

    /// One field of a line.
    struct Field {
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
    /// Fields every row must have: the first line's count.
    var columnCount = 0
    /// The number of the first line (the header, or the first data row).
    var firstLine = 0
    /// The file's first line as `lineNumber` counts it (a bad number there gets the
    /// header hint); 0 when the lines are counted within a later part of the file
    /// (`DelimitedParts`), which cannot hold it.
    var hintLine = 0

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

    func scanField(at start: Int) throws(DataFileError) -> Field {
        var p = start
        if p < bytes.count, bytes[p] == UInt8(ascii: "\"") {
            var escaped = false
            p += 1
            while true {
                guard p < bytes.count, bytes[p] != 0x0A else { throw failure(at: start, .unterminatedQuotedField) }
                if bytes[p] == UInt8(ascii: "\"") {
                    guard p + 1 < bytes.count, bytes[p + 1] == UInt8(ascii: "\"") else { break }
                    escaped = true
                    p += 1
                }
                p += 1
            }
            let next = skipBlanks(p + 1)
            guard isLineEnd(next) || (separator == .whitespace ? next > p + 1 : bytes[next] == delimiter) else {
                throw failure(at: next, .textAfterQuote)
            }
            return Field(start: start, contentStart: start + 1, contentEnd: p, escaped: escaped, next: next)
        }
        if separator == .whitespace {
            while !isLineEnd(p), !isBlank(bytes[p]) {
                if bytes[p] == 0x0D { throw loneCarriageReturn(at: p) }
                p += 1
            }
            return Field(start: start, contentStart: start, contentEnd: p, escaped: false, next: skipBlanks(p))
        }
        var end = p
        while !isLineEnd(p), bytes[p] != delimiter {
            if bytes[p] == 0x0D { throw loneCarriageReturn(at: p) }
            if !isBlank(bytes[p]) { end = p + 1 }
            p += 1
        }
        return Field(start: start, contentStart: start, contentEnd: end, escaped: false, next: p)
    }

    func firstField() throws(DataFileError) -> Field? {
        let p = skipBlanks(lineStart)
        return separator == .whitespace && isLineEnd(p) ? nil : try scanField(at: p)
    }

    func nextField(after field: Field) throws(DataFileError) -> Field? {
        if isLineEnd(field.next) { return nil }
        let p = skipBlanks(separator == .whitespace ? field.next : field.next + 1)
        return separator == .whitespace && isLineEnd(p) ? nil : try scanField(at: p)
    }

    func isNumber(_ field: Field) -> Bool {
        guard !field.escaped, let (_, end) = FastDouble.parse(bytes, from: field.contentStart) else { return false }
        return end == field.contentEnd
    }

    /// The field's text, `""` escapes undone.
    func text(_ field: Field, limit: Int = .max) -> String {
        if !field.escaped, field.contentEnd - field.contentStart <= limit {
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[field.contentStart..<field.contentEnd]), as: UTF8.self)
        }
        var raw: [UInt8] = []
        var p = field.contentStart
        while p < field.contentEnd, raw.count < limit {
            raw.append(bytes[p])  // contentEnd <= bytes.count
            p += field.escaped && bytes[p] == UInt8(ascii: "\"") ? 2 : 1
        }
        if p < field.contentEnd {
            // Cut at a character boundary: drop a last character that lost bytes.
            var lead = raw.count - 1
            while lead > 0, raw[lead] & 0xC0 == 0x80 { lead -= 1 }
            let length = raw[lead] >= 0xF0 ? 4 : raw[lead] >= 0xE0 ? 3 : raw[lead] >= 0xC0 ? 2 : 1
            if raw.count - lead < length { raw.removeSubrange(lead...) }
            return String(decoding: raw, as: UTF8.self) + "..."
        }
        return String(decoding: raw, as: UTF8.self)
    }

    /// Header names longer than this are kept cut (with "..."): no one selects a column by
    /// such a name, and a file whose "header" is one enormous line is not copied whole.
    static let headerNameLimit = 1024

    func headerNames() throws(DataFileError) -> [String] {
        var names: [String] = []
        var field = try firstField()
        while let current = field {
            names.append(text(current, limit: Self.headerNameLimit))
            field = try nextField(after: current)
        }
        return names
    }

    /// The index of the first byte of the current line that is not valid UTF-8. Checked in
    /// place, never copied: the line may be most of a large file.
    func firstInvalidUTF8() -> Int? {
        var start = lineStart
        while !isLineEnd(start), bytes[start] < 0x80 { start += 1 }  // ASCII is valid
        var end = start
        while !isLineEnd(end) { end += 1 }
        let line = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
        var parser = Unicode.UTF8.ForwardParser()
        var input = line.makeIterator()
        var offset = start
        while true {
            switch parser.parseScalar(from: &input) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    // MARK: Rows

    /// The selected numbers of the current line, and where reading stopped. The line
    /// must have `columnCount` fields.
    func row(x: Int, y: Int) throws(DataFileError) -> (Double, Double, Int) {
        var values = (x: 0.0, y: 0.0)
        var field = try firstField()
        var index = 0
        var end = lineStart
        while let current = field {
            if index == columnCount {
                throw failure(at: current.start, raggedMessage(fields: countFields(from: current) + index))
            }
            if index == x { values.x = try number(current, role: 0) }
            if index == y { values.y = try number(current, role: 1) }
            end = current.next
            field = try nextField(after: current)
            index += 1
        }
        if index <= max(x, y) {
            throw failure(at: end, .tooFewFields(fields: index, needed: max(x, y) + 1))
        }
        if index != columnCount { throw failure(at: end, raggedMessage(fields: index)) }
        return (values.x, values.y, end)
    }

    /// The fields from `field` to the end of the line (for a message: a bad quote
    /// further on stops the count there).
    private func countFields(from field: Field) -> Int {
        var count = 1
        var current = field
        while let next = try? nextField(after: current) {
            count += 1
            current = next
        }
        return count
    }

    private func raggedMessage(fields: Int) -> DataProblem {
        .ragged(fields: fields, firstLine: firstLine, columns: columnCount)
    }

    /// The field's finite number.
    private func number(_ field: Field, role: Int) throws(DataFileError) -> Double {
        if !field.escaped, let (value, end) = FastDouble.parse(bytes, from: field.contentStart),
           end == field.contentEnd, value.isFinite {
            return value
        }
        let label = role == 0 ? columnLabels.0 : columnLabels.1
        if field.contentStart == field.contentEnd {
            throw failure(at: field.start, .emptyField(column: label))
        }
        let shown = text(field, limit: 40)
        if isNumber(field) {
            throw failure(at: field.start, .nonFinite(shown, column: label))
        }
        var hint: DataProblem.NumberHint?
        let unsigned = shown.hasPrefix("-") || shown.hasPrefix("+") ? shown.dropFirst() : Substring(shown)
        if unsigned.lowercased().hasPrefix("0x") {
            hint = .hexadecimal
        } else if lineNumber == hintLine {
            hint = .header
        }
        throw failure(at: field.start, .notANumber(shown, column: label, hint: hint))
    }

    // MARK: Errors

    func loneCarriageReturn(at p: Int) -> DataFileError {
        failure(at: p, .carriageReturn)
    }

    func failure(line: Int?, column: Int? = nil, _ problem: DataProblem) -> DataFileError {
        DataFileError(.malformed, path: path, line: line, column: column, problem)
    }

    func failure(at p: Int, _ problem: DataProblem) -> DataFileError {
        failure(line: lineNumber, column: p - lineStart + 1, problem)
    }
}
