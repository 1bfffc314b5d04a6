import GDCore

/// Reads numpy `.npy` files, format versions 1.0, 2.0 and 3.0.
///
/// The header is a Python dict literal with the keys 'descr' (the dtype),
/// 'fortran_order' and 'shape'. Supported dtypes: float64, float32, int64 and
/// int32, little-endian (`<f8`, `<f4`, `<i8`, `<i4`; `=`, native, is read
/// as little-endian) or big-endian (`>f8`, ...); values are converted to `Double` (int64 to
/// the nearest `Double`). Pairs come from shape `(n, 2)`: x is column 0 and
/// y column 1, in C or Fortran order; a vector from shape `(n,)`. Bytes after
/// the data are ignored. Non-finite values are returned as they are: the
/// caller decides. Errors are `DataFileError`s of kind `.malformed` without a
/// line or column.
enum NpyReader {
    /// Whether `bytes` starts with the `.npy` magic string.
    static func isNpy(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= magic.count && zip(magic, bytes).allSatisfy { $0 == $1 }
    }

    /// The columns of an `(n, 2)` array: x is column 0, y column 1.
    static func readPairs(_ bytes: UnsafeRawBufferPointer, path: String) throws(DataFileError) -> Pairs {
        let header = try Header(bytes, path: path)
        guard header.shape.count == 2, header.shape[1] == 2 else {
            throw DataFileError(.malformed, path: path, .npyWrongShape(header.shapeText, vector: false))
        }
        let n = header.shape[0]
        guard n > 0 else { throw DataFileError(.malformed, path: path, .noDataRows) }
        guard n <= Int.max / 2 else {  // 2 * n below must not overflow
            throw DataFileError(.malformed, path: path, .npyTruncated(header.shapeText, needs: nil, has: bytes.count - header.dataOffset))
        }
        try header.checkSize(count: 2 * n, in: bytes, path: path)
        return pairs(header, n: n, in: bytes)
    }

    /// Rows per part when the columns are copied on every core; a constant, so the
    /// summary (summed per part) is the same bits on every machine.
    static let rowsPerPart = 1 << 19

    /// The two columns, their summary and whether every value is finite, in one pass:
    /// parts of `rowsPerPart` rows on every core, each copying its rows into place and
    /// summing them; the summaries are appended in order. Only after `checkSize`.
    private static func pairs(_ header: Header, n: Int, in bytes: UnsafeRawBufferPointer) -> Pairs {
        let parts = (n + rowsPerPart - 1) / rowsPerPart
        let sums = UnsafeMutableBufferPointer<ColumnSummary>.allocate(capacity: parts)
        sums.initialize(repeating: ColumnSummary())
        let finite = UnsafeMutableBufferPointer<Bool>.allocate(capacity: parts)
        finite.initialize(repeating: true)
        defer {
            sums.deallocate()
            finite.deallocate()
        }
        var ysOut: [Double] = []
        let xs = [Double](unsafeUninitializedCapacity: n) { xBuffer, xCount in
            ysOut = [Double](unsafeUninitializedCapacity: n) { yBuffer, yCount in
                LargeArray.adviseHugePages(UnsafeMutableRawBufferPointer(xBuffer))
                LargeArray.adviseHugePages(UnsafeMutableRawBufferPointer(yBuffer))
                let shared = SharedPairs(bytes: bytes, xs: xBuffer, ys: yBuffer, sums: sums, finite: finite)
                DelimitedParts.forEach(parts, threads: min(parts, DelimitedParts.defaultWorkers)) { k in
                    var summary = ColumnSummary()
                    var allFinite = true
                    // C order: row i is elements 2i, 2i+1. Fortran order: column k is elements k*n ..< (k+1)*n.
                    // Every element index is below 2n, which `checkSize` checked.
                    for i in k * rowsPerPart..<min(n, (k + 1) * rowsPerPart) {
                        let x = header.value(in: shared.bytes, at: header.fortranOrder ? i : 2 * i)
                        let y = header.value(in: shared.bytes, at: header.fortranOrder ? n + i : 2 * i + 1)
                        shared.xs[i] = x
                        shared.ys[i] = y
                        summary.add(x, y)
                        allFinite = allFinite && x.isFinite && y.isFinite
                    }
                    shared.sums[k] = summary  // part k is this thread's alone
                    shared.finite[k] = allFinite
                }
                yCount = n
            }
            xCount = n
        }
        var summary = ColumnSummary()
        for k in 0..<parts { summary.append(sums[k]) }
        return Pairs(xs: xs, ys: ysOut, summary: summary, allFinite: finite.allSatisfy { $0 })
    }

    /// An `(n, 2)` array's columns, with their summary (meaningful only when every value
    /// is finite).
    struct Pairs {
        var xs: [Double]
        var ys: [Double]
        var summary: ColumnSummary
        var allFinite: Bool
    }

    /// What the copying threads share; each writes only its own rows and part slots.
    private struct SharedPairs: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
        let xs: UnsafeMutableBufferPointer<Double>
        let ys: UnsafeMutableBufferPointer<Double>
        let sums: UnsafeMutableBufferPointer<ColumnSummary>
        let finite: UnsafeMutableBufferPointer<Bool>
    }

    /// The values of a 1-d `(n,)` array.
    static func readVector(_ bytes: UnsafeRawBufferPointer, path: String) throws(DataFileError) -> [Double] {
        let header = try Header(bytes, path: path)
        guard header.shape.count == 1 else {
            throw DataFileError(.malformed, path: path, .npyWrongShape(header.shapeText, vector: true))
        }
        let n = header.shape[0]
        guard n > 0 else { throw DataFileError(.malformed, path: path, .npyNoValues) }
        try header.checkSize(count: n, in: bytes, path: path)
        return header.values(in: bytes, count: n) { $0 }
    }

    fileprivate static let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]  // "\x93NUMPY"
}

/// The parsed header of a `.npy` file.
private struct Header {
    enum Element { case float64, float32, int64, int32 }

    var element = Element.float64
    var bigEndian = false
    var fortranOrder = false
    var shape: [Int] = []
    /// Where the data starts.
    var dataOffset = 0

    var size: Int {
        switch element {
        case .float64, .int64: 8
        case .float32, .int32: 4
        }
    }

    var shapeText: String {
        "(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")
    }

    init(_ bytes: UnsafeRawBufferPointer, path: String) throws(DataFileError) {
        func fail(_ problem: NpyHeaderProblem) -> DataFileError { DataFileError(.malformed, path: path, .npyHeader(problem)) }
        guard NpyReader.isNpy(bytes) else { throw DataFileError(.malformed, path: path, .npyNotNpy) }
        guard bytes.count >= 10 else { throw DataFileError(.malformed, path: path, .npyTruncatedHeader) }
        let major = bytes[6]
        let minor = bytes[7]  // count >= 10
        let lengthSize: Int
        switch (major, minor) {
        case (1, 0): lengthSize = 2
        case (2, 0), (3, 0): lengthSize = 4
        default: throw fail(.version(major: Int(major), minor: Int(minor)))
        }
        guard bytes.count >= 8 + lengthSize else { throw DataFileError(.malformed, path: path, .npyTruncatedHeader) }
        var length = 0
        for k in (0..<lengthSize).reversed() { length = length << 8 | Int(bytes[8 + k]) }  // little-endian; 8 + k < count
        let start = 8 + lengthSize
        guard bytes.count - start >= length else { throw DataFileError(.malformed, path: path, .npyTruncatedHeader) }
        dataOffset = start + length

        var parser = DictParser(bytes: bytes, position: start, end: dataOffset)
        var descr: String?
        var order: Bool?
        var dims: [Int]?
        do throws(DictParser.Failure) {
            try parser.expect(UInt8(ascii: "{"))
            while !parser.consume(UInt8(ascii: "}")) {
                let key = try parser.string()
                try parser.expect(UInt8(ascii: ":"))
                switch key {
                case "descr": descr = try parser.descr()
                case "fortran_order": order = try parser.bool()
                case "shape": dims = try parser.tuple()
                default: try parser.skipValue()
                }
                if !parser.consume(UInt8(ascii: ",")) {
                    try parser.expect(UInt8(ascii: "}"))
                    break
                }
            }
        } catch {
            throw fail(error.problem)
        }
        guard let descr else { throw fail(.missingKey("descr")) }
        guard let order else { throw fail(.missingKey("fortran_order")) }
        guard let dims else { throw fail(.missingKey("shape")) }
        fortranOrder = order
        shape = dims

        let kind: Element?
        switch descr.dropFirst() {
        case "f8": kind = .float64
        case "f4": kind = .float32
        case "i8": kind = .int64
        case "i4": kind = .int32
        default: kind = nil
        }
        guard let kind, let byteOrder = descr.first, "<>=".contains(byteOrder) else {
            throw fail(.unsupportedDtype(descr))
        }
        element = kind
        bigEndian = byteOrder == ">"
    }

    /// Checks that `count` elements follow the header.
    func checkSize(count: Int, in bytes: UnsafeRawBufferPointer, path: String) throws(DataFileError) {
        let (needed, overflow) = count.multipliedReportingOverflow(by: size)
        let available = bytes.count - dataOffset
        guard !overflow, needed <= available else {
            throw DataFileError(.malformed, path: path, .npyTruncated(shapeText, needs: overflow ? nil : needed, has: available))
        }
    }

    /// Element `index` of the data; `index` below the count `checkSize` checked.
    @inline(__always)
    func value(in bytes: UnsafeRawBufferPointer, at index: Int) -> Double {
        let offset = dataOffset + index * size
        switch element {
        case .float64:
            let raw = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            return Double(bitPattern: bigEndian ? UInt64(bigEndian: raw) : UInt64(littleEndian: raw))
        case .float32:
            let raw = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
            return Double(Float(bitPattern: bigEndian ? UInt32(bigEndian: raw) : UInt32(littleEndian: raw)))
        case .int64:
            let raw = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            return Double(Int64(bitPattern: bigEndian ? UInt64(bigEndian: raw) : UInt64(littleEndian: raw)))
        case .int32:
            let raw = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
            return Double(Int32(bitPattern: bigEndian ? UInt32(bigEndian: raw) : UInt32(littleEndian: raw)))
        }
    }

    /// `count` values: value i is element `index(i)` of the data. Only after
    /// `checkSize`: every `index(i)` is below the count it checked, so each
    /// load lies inside `bytes`.
    func values(in bytes: UnsafeRawBufferPointer, count: Int, index: (Int) -> Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count {
                let offset = dataOffset + index(i) * size
                let value: Double
                switch element {
                case .float64:
                    let raw = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    value = Double(bitPattern: bigEndian ? UInt64(bigEndian: raw) : UInt64(littleEndian: raw))
                case .float32:
                    let raw = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
                    value = Double(Float(bitPattern: bigEndian ? UInt32(bigEndian: raw) : UInt32(littleEndian: raw)))
                case .int64:
                    let raw = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    value = Double(Int64(bitPattern: bigEndian ? UInt64(bigEndian: raw) : UInt64(littleEndian: raw)))
                case .int32:
                    let raw = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
                    value = Double(Int32(bitPattern: bigEndian ? UInt32(bigEndian: raw) : UInt32(littleEndian: raw)))
                }
                buffer[i] = value  // i < count == capacity
            }
            initialized = count
        }
    }
}

/// Just enough of Python's literal syntax for a `.npy` header dict.
private struct DictParser {
    struct Failure: Error {
        var problem: NpyHeaderProblem
    }

    let bytes: UnsafeRawBufferPointer
    var position: Int
    /// `bytes[position..<end]` is the header; `end <= bytes.count`.
    let end: Int

    private mutating func skipSpaces() {
        while position < end, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    /// The next character, quoted; nil at the end of the header.
    private func describeNext() -> String? {
        position < end ? "'\(String(decoding: [bytes[position]], as: UTF8.self))'" : nil
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        skipSpaces()
        guard position < end, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func expect(_ byte: UInt8) throws(Failure) {
        guard consume(byte) else {
            throw Failure(problem: .expected(String(decoding: [byte], as: UTF8.self), found: describeNext()))
        }
    }

    mutating func string() throws(Failure) -> String {
        skipSpaces()
        guard position < end, bytes[position] == 0x27 || bytes[position] == 0x22 else {
            throw Failure(problem: .expectedString(found: describeNext()))
        }
        let quote = bytes[position]
        let start = position + 1
        position = start
        while position < end, bytes[position] != quote { position += 1 }
        guard position < end else { throw Failure(problem: .unterminatedString) }
        position += 1
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position - 1]), as: UTF8.self)
    }

    /// A dtype string; a list (a structured dtype) is refused.
    mutating func descr() throws(Failure) -> String {
        skipSpaces()
        if position < end, bytes[position] == UInt8(ascii: "[") {
            throw Failure(problem: .structured)
        }
        return try string()
    }

    mutating func bool() throws(Failure) -> Bool {
        let word = self.word()
        switch word {
        case "True": return true
        case "False": return false
        default: throw Failure(problem: .expectedBool(found: word))
        }
    }

    /// A tuple of non-negative integers, such as `(3, 2)` or `(3,)`.
    mutating func tuple() throws(Failure) -> [Int] {
        try expect(UInt8(ascii: "("))
        var values: [Int] = []
        while !consume(UInt8(ascii: ")")) {
            let text = word()
            let digits = text.hasSuffix("L") ? String(text.dropLast()) : text  // Python 2 longs
            guard let value = Int(digits), value >= 0 else { throw Failure(problem: .badDimension(text)) }
            values.append(value)
            if !consume(UInt8(ascii: ",")) {
                try expect(UInt8(ascii: ")"))
                break
            }
        }
        return values
    }

    /// Skips the value of a key that is not read: a string, word or flat tuple.
    mutating func skipValue() throws(Failure) {
        skipSpaces()
        guard position < end else { throw Failure(problem: .expectedValue) }
        switch bytes[position] {
        case 0x27, 0x22: _ = try string()
        case UInt8(ascii: "("), UInt8(ascii: "["):
            let close = bytes[position] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
            while position < end, bytes[position] != close { position += 1 }
            guard position < end else { throw Failure(problem: .unterminatedValue) }
            position += 1
        default: _ = word()
        }
    }

    /// Letters, digits, `_`, `-` and `.`.
    private mutating func word() -> String {
        skipSpaces()
        let start = position
        while position < end {
            let b = bytes[position]
            let isWordByte = (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
                || b == 0x5F || b == 0x2D || b == 0x2E
            guard isWordByte else { break }
            position += 1
        }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }
}
