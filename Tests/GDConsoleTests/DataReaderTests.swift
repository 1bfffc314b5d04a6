import TestSupport
import Testing
@testable import GDConsole
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Helpers

private func withBytes<R>(_ bytes: [UInt8], _ body: (UnsafeRawBufferPointer) throws(DataFileError) -> R) throws(DataFileError) -> R {
    let result = bytes.withUnsafeBytes { raw in Result { () throws(DataFileError) -> R in try body(raw) } }
    return try result.get()
}

private func load(_ bytes: [UInt8], x: ColumnSelector = .automatic, y: ColumnSelector = .automatic) throws(DataFileError) -> LoadedColumns {
    try withBytes(bytes) { raw throws(DataFileError) in try DelimitedReader.read(raw, path: "d.csv", x: x, y: y) }
}

private func malformed(_ line: Int?, _ column: Int?, _ message: String, path: String = "d.csv") -> DataFileError {
    DataFileError(.malformed, path: path, line: line, column: column, message: message)
}

// MARK: - FastDouble

struct FastDoubleTests {
    static let hardCases = [
        "0.1", "1e23", "9007199254740993", "9007199254740992", "9007199254740995",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
        "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400", "1e400",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "8.98846567431158e307",
        "-0", "0e999", "1.", ".5", "+.5", "-1.5E+10", "123456789012345678901234567890", "0.000000000000000000000000000001",
        "9007199254740993.0000000000000000000000000000001", "7.0e-10", "3.0517578125e-5", "1e22", "1e-22",
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
        "inf", "-Infinity", "INFINITY", "nan", "-NaN",
    ]

    @Test(arguments: hardCases)
    func agreesWithTheStandardLibrary(_ text: String) throws {
        let expected = try #require(Double(text))
        let got = try #require(FastDouble.parse(text[...]))
        #expect(got.bitPattern == expected.bitPattern || got.isNaN && expected.isNaN && got.sign == expected.sign)
    }

    @Test func agreesOnRandomStrings() {
        var random = SplitMix64(state: 20_240_601)
        var mismatches: [String] = []
        for _ in 0..<200_000 {
            let length = Int.random(in: 1...25, using: &random)
            let dot = Int.random(in: -1..<length, using: &random)
            var text = Bool.random(using: &random) ? "-" : ""
            for k in 0..<length {
                if k == dot { text += "." }
                text += String(Int.random(in: 0...9, using: &random))
            }
            if Int.random(in: 0..<4, using: &random) != 0 { text += "e\(Int.random(in: -350...350, using: &random))" }
            if FastDouble.parse(text[...])?.bitPattern != Double(text)?.bitPattern { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty)
    }

    @Test(arguments: [
        ("1e5x", 0, 1e5, 3), ("1e", 0, 1, 1), ("1e+", 0, 1, 1), ("2E-3,", 0, 0.002, 4), ("+.5e-1,", 0, 0.05, 6),
        ("x12", 1, 12, 3), ("-0.0 ", 0, -0.0, 4), ("1.5.5", 0, 1.5, 3), ("infinityx", 0, .infinity, 8),
        ("-infx", 0, -.infinity, 4), ("1\"", 0, 1, 1),
    ] as [(String, Int, Double, Int)])
    func parsesTheLongestPrefix(_ text: String, _ start: Int, _ value: Double, _ end: Int) throws {
        let parsed = try #require(Array(text.utf8).withUnsafeBytes { FastDouble.parse($0, from: start) })
        #expect(parsed.value.bitPattern == value.bitPattern)
        #expect(parsed.end == end)
    }

    @Test(arguments: ["", "-", "+", ".", "e5", ".e5", "abc", "in", "na", " 1", "1 ", "0x10", "1_0", "nan(1)", "1e", "--1"])
    func refusesWhatIsNotANumber(_ text: String) {
        #expect(FastDouble.parse(text[...]) == nil)
    }

    @Test func startOutsideTheBufferIsNoNumber() {
        Array("12".utf8).withUnsafeBytes { bytes in
            #expect(FastDouble.parse(bytes, from: 2) == nil)
            #expect(FastDouble.parse(bytes, from: -1) == nil)
        }
    }

    @Test func longMantissasRoundCorrectly() throws {
        // Just above the halfway point between 2^53 and 2^53 + 2, ten million digits long.
        let text = "9007199254740993." + String(repeating: "0", count: 10_000_000) + "1"
        #expect(FastDouble.parse(text[...]) == 9_007_199_254_740_994)
        #expect(FastDouble.parse(("0." + String(repeating: "0", count: 400) + "1")[...]) == 0)
    }

    @Test func powersOfFiveTable() {
        let table = FastDouble.powersOfFive
        #expect(table.count == 2 * 651)
        func entry(_ q: Int) -> (UInt64, UInt64) { (table[2 * (q + 342)], table[2 * (q + 342) + 1]) }
        #expect(entry(-342) == (0xEEF4_53D6_923B_D65A, 0x113F_AA29_06A1_3B3F))
        #expect(entry(-1) == (0xCCCC_CCCC_CCCC_CCCC, 0xCCCC_CCCC_CCCC_CCCD))
        #expect(entry(308) == (0x8E67_9C2F_5E44_FF8F, 0x570F_09EA_A7EA_7648))  // the first 128 bits of 5^308
        var power: UInt64 = 1
        for q in 0...27 {  // 5^q < 2^64: exact, normalized
            #expect(entry(q) == (power << power.leadingZeroBitCount, 0))
            // 5^-q is floor(2^(L + 127) / 5^q) + 1: times 5^q it lands in (2^(L+127), 2^(L+127) + 5^q].
            if q > 0 {
                let (high, low) = entry(-q)
                let lowProduct = low.multipliedFullWidth(by: power)
                let highProduct = high.multipliedFullWidth(by: power)
                let (middle, carry) = highProduct.low.addingReportingOverflow(lowProduct.high)
                let top = highProduct.high &+ (carry ? 1 : 0)  // bits 128 and up
                let length = 64 - power.leadingZeroBitCount
                #expect(top == 1 << (length - 1) && middle == 0 && lowProduct.low > 0 && lowProduct.low <= power)
            }
            power = power &* 5
        }
    }
}

// MARK: - DelimitedReader

struct DelimitedReaderTests {
    struct Good: Sendable, CustomTestStringConvertible {
        var text: String
        var x: ColumnSelector = .automatic
        var y: ColumnSelector = .automatic
        var xs: [Double]
        var ys: [Double]
        var names: [String]? = nil  // x and y names; nil without a header
        var columns = 2
        var testDescription: String { String(reflecting: text) }
    }

    static let goodCases: [Good] = [
        Good(text: "x,y\n1,2\n3,4\n", xs: [1, 3], ys: [2, 4], names: ["x", "y"]),
        Good(text: "1,2\n3,4", xs: [1, 3], ys: [2, 4]),
        Good(text: "x,y\r\n1,2\r\n3,4\r\n", xs: [1, 3], ys: [2, 4], names: ["x", "y"]),
        Good(text: "\u{FEFF}x,y\n1,2\n", xs: [1], ys: [2], names: ["x", "y"]),
        Good(text: "a\tb\n1.5\t-2\n", xs: [1.5], ys: [-2], names: ["a", "b"]),
        Good(text: "a b\n  1   2\n\t3 \t 4  \n", xs: [1, 3], ys: [2, 4], names: ["a", "b"]),
        Good(text: "# made by hand\n\nx,y\n# middle\n1,2\n\n   \n3,4\n", xs: [1, 3], ys: [2, 4], names: ["x", "y"]),
        Good(text: "\"x\",\"y\"\n\"1.5\", \"2\"\n", xs: [1.5], ys: [2], names: ["x", "y"]),
        Good(text: "\"a \"\"q\"\"\",\"b,c\"\n1,2\n", xs: [1], ys: [2], names: ["a \"q\"", "b,c"]),
        Good(text: " 1 , 2 \n\t3\t,4\n", xs: [1, 3], ys: [2, 4]),
        Good(text: "t,Y,X\n1,2,3\n", xs: [3], ys: [2], names: ["X", "Y"], columns: 3),
        Good(text: "a,b\n1,2\n", xs: [1], ys: [2], names: ["a", "b"]),
        Good(text: "a,b,c\n1,2,3\n", x: .index(2), y: .index(0), xs: [3], ys: [1], names: ["c", "a"], columns: 3),
        Good(text: "a,b,B\n1,2,3\n", x: .name("B"), y: .name("A"), xs: [3], ys: [1], names: ["B", "a"], columns: 3),
        Good(text: "1,2,3\n4,5,6\n", xs: [1, 4], ys: [2, 5], columns: 3),
        Good(text: "1,2,\n3,4,\n", xs: [1, 3], ys: [2, 4], columns: 3),
        Good(text: "1,2,a\r\n3,4,b\r\n", xs: [1, 3], ys: [2, 4], columns: 3),
        Good(text: "1 2 a\n3 4   b  \n", xs: [1, 3], ys: [2, 4], columns: 3),
        Good(text: "a,b,c\n1,2,\"x,y\"\n", xs: [1], ys: [2], names: ["a", "b"], columns: 3),
        Good(text: "1,,3\n4,,6\n", x: .index(0), y: .index(2), xs: [1, 4], ys: [3, 6], columns: 3),
        Good(text: "+1,-0\n.5,1.\n1e3,2E-2\n", xs: [1, 0.5, 1000], ys: [-0.0, 1, 0.02]),
        Good(text: "x;y,z\n1;2,3\n", x: .index(1), y: .index(1), xs: [3], ys: [3], names: ["z", "z"]),
        Good(text: "1,2\r\n3,4\r", xs: [1, 3], ys: [2, 4]),
    ]

    @Test(arguments: goodCases)
    func reads(_ c: Good) throws {
        let loaded = try load(Array(c.text.utf8), x: c.x, y: c.y)
        #expect(loaded.xs.map(\.bitPattern) == c.xs.map(\.bitPattern))
        #expect(loaded.ys.map(\.bitPattern) == c.ys.map(\.bitPattern))
        #expect(loaded.hadHeader == (c.names != nil))
        #expect(loaded.xName == c.names?[0])
        #expect(loaded.yName == c.names?[1])
        #expect(loaded.columnCount == c.columns)
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var bytes: [UInt8]
        var x: ColumnSelector = .automatic
        var y: ColumnSelector = .automatic
        var line: Int?
        var column: Int?
        var message: String
        init(_ text: String, x: ColumnSelector = .automatic, y: ColumnSelector = .automatic, _ line: Int?, _ column: Int?, _ message: String) {
            self.init(Array(text.utf8), x: x, y: y, line, column, message)
        }
        init(_ bytes: [UInt8], x: ColumnSelector = .automatic, y: ColumnSelector = .automatic, _ line: Int?, _ column: Int?, _ message: String) {
            (self.bytes, self.x, self.y, self.line, self.column, self.message) = (bytes, x, y, line, column, message)
        }
        var testDescription: String { message }
    }

    static let badCases: [Bad] = [
        Bad("x,y\n1,abc\n", 2, 3, "expected a number in column 'y', found 'abc'"),
        Bad("1,2\n3, abc\n", 2, 4, "expected a number in column 1, found 'abc'"),
        Bad("x,y\n1.5abc,2\n", 2, 1, "expected a number in column 'x', found '1.5abc'"),
        Bad("x,y\n1,\n", 2, 3, "expected a number in column 'y', found an empty field"),
        Bad("x,y\n1, \" \"\n", 2, 4, "expected a number in column 'y', found ' '"),
        Bad("x,y\n" + String(repeating: "a", count: 50) + ",1\n", 2, 1,
            "expected a number in column 'x', found '" + String(repeating: "a", count: 40) + "...'"),
        Bad("x,y\n" + String(repeating: "é", count: 30) + ",1\n", 2, 1,
            "expected a number in column 'x', found '" + String(repeating: "é", count: 20) + "...'"),
        Bad("x,y\n1\n", 2, 2, "row has 1 field; expected at least 2"),
        Bad("1 2\n3   \n", 2, 5, "row has 1 field; expected at least 2"),
        Bad("a,b,c\n1,2,3\n1,2\n", x: .index(2), y: .index(0), 3, 4, "row has 2 fields; expected at least 3"),
        Bad("x,y\n1,2\n", x: .name("z"), 1, nil, "no column named 'z'; columns are x, y"),
        Bad("1,2\n", y: .name("y"), 1, nil, "cannot select column 'y' by name: the file has no header"),
        Bad("# c\nx,y\n1,2\n", x: .index(5), 2, nil, "column index 5 is out of range; the file has 2 columns, indexed from 0"),
        Bad("1,2\n", y: .index(-1), 1, nil, "column index -1 is out of range; the file has 2 columns, indexed from 0"),
        Bad("x\n1\n", 1, nil, "the file has 1 column; expected at least 2"),
        Bad("x,y\nnan,1\n", 2, 1, "non-finite value 'nan' in column 'x'"),
        Bad("x,y\n1, -Infinity\n", 2, 4, "non-finite value '-Infinity' in column 'y'"),
        Bad("x,y\n1,\"inf\"\n", 2, 3, "non-finite value 'inf' in column 'y'"),
        Bad("x,y\n1e999,1\n", 2, 1, "non-finite value '1e999' in column 'x'"),
        Bad("", nil, nil, "no data rows"),
        Bad("\u{FEFF}", nil, nil, "no data rows"),
        Bad("x,y\n", nil, nil, "no data rows"),
        Bad("# only\n\n  \n", nil, nil, "no data rows"),
        Bad([0xEF, 0xBB, 0xBF, 0x78, 0xFF, 0x2C, 0x79, 0x0A, 0x31, 0x2C, 0x32], 1, 2, "header is not valid utf-8"),
        Bad([0x61, 0x2C, 0xC3, 0x28, 0x0A, 0x31, 0x2C, 0x32], 1, 3, "header is not valid utf-8"),
        Bad([0x61, 0x2C, 0xED, 0xA0, 0x80, 0x0A, 0x31, 0x2C, 0x32], 1, 3, "header is not valid utf-8"),
        Bad("x,y\n\"1,2\n", 2, 1, "unterminated quoted field"),
        Bad("x,y\n\"1\"a,2\n", 2, 4, "unexpected text after a closing quote"),
        Bad("# a\r\n\r\nx,y\r\n1,2\r\n3,x\r\n", 5, 3, "expected a number in column 'y', found 'x'"),
        Bad("\u{FEFF}x,y\n1,b", 2, 3, "expected a number in column 'y', found 'b'"),
        Bad("1\t2\n3\t\t4\n", 2, 3, "expected a number in column 1, found an empty field"),
        // A row with a number in it is never a header: a typo in the first row is reported.
        Bad("1,2x\n3,4\n", 1, 3, "expected a number in column 1, found '2x'" + firstLineHint),
        Bad("1,abc\n2,3\n", 1, 3, "expected a number in column 1, found 'abc'" + firstLineHint),
        Bad("1,-\n", 1, 3, "expected a number in column 1, found '-'" + firstLineHint),
        Bad("0x1p3,2\n", 1, 1, "expected a number in column 0, found '0x1p3' (hexadecimal numbers are not read; write it in decimal)"),
        Bad("x,y\n-0X10,2\n", 2, 1, "expected a number in column 'x', found '-0X10' (hexadecimal numbers are not read; write it in decimal)"),
        // Ragged rows: every row has the first line's number of fields.
        Bad("1,0.2\n1,0.8,5\n2,1\n", 2, 7, "row has 3 fields but line 1 has 2; every row needs the same number of fields"),
        Bad("x,y\n1,2\n3,4,\n", 3, 5, "row has 3 fields but line 1 has 2; every row needs the same number of fields"),
        Bad("1,2,3\n4,5,6,7\n", 2, 7, "row has 4 fields but line 1 has 3; every row needs the same number of fields"),
        Bad("a,b,c\n1,2\n", x: .index(0), y: .index(1), 2, 4, "row has 2 fields but line 1 has 3; every row needs the same number of fields"),
        Bad("1 2\n3 4 5\n", 2, 5, "row has 3 fields but line 1 has 2; every row needs the same number of fields"),
        Bad("1,2,\n3,4,\"unread\n", 2, 5, "unterminated quoted field"),
        // Classic Mac line endings are named, not read as one long header line.
        Bad("x,y\r1,2\r3,4\r", 1, 4, crMessage),
        Bad("1,2\r3,4\r", 1, 4, crMessage),
        Bad("x,y\n1,2\r3,4\n", 2, 4, crMessage),
        Bad("1 2\r3 4\n", 1, 4, crMessage),
    ]

    static let firstLineHint = " (a first line is a header only when none of its fields is a number)"
    static let crMessage = "carriage return inside a line; lines must end in \\n or \\r\\n (convert classic Mac line endings)"

    @Test(arguments: badCases)
    func refuses(_ c: Bad) {
        #expect(throws: malformed(c.line, c.column, c.message)) { try load(c.bytes, x: c.x, y: c.y) }
    }

    @Test func readsTenMegabyteLines() throws {
        let wide = "1,2," + String(repeating: "9", count: 10_000_000) + "\n3,4,5\n"
        #expect(try load(Array(wide.utf8)).xs == [1, 3])
        let long = "x,y\n1.5," + String(repeating: "0", count: 10_000_000) + "7\n"
        #expect(try load(Array(long.utf8)).ys == [7])
        let comment = "#" + String(repeating: "c", count: 10_000_000) + "\n1 2\n"
        #expect(try load(Array(comment.utf8)).ys == [2])
        let header = "\"" + String(repeating: "h", count: 10_000_000) + "\",y\n1,2\n"
        // Read whole, but the name is kept cut rather than copied whole (issue 9, item 15).
        #expect(try load(Array(header.utf8)).xName == String(repeating: "h", count: DelimitedScanner.headerNameLimit) + "...")
    }

    @Test func readsManyRowsLikeTheStandardLibrary() throws {
        var random = SplitMix64(state: 7)
        var text = "x,y\n"
        var expected: [Double] = []
        for _ in 0..<20_000 {
            let value = Double(bitPattern: random.next() & 0x7FEF_FFFF_FFFF_FFFF) * (Bool.random(using: &random) ? 1 : -1)
            expected.append(value)
            text += "\(value),\(Double(Int.random(in: -1000...1000, using: &random)) / 8)\n"
        }
        let loaded = try load(Array(text.utf8))
        #expect(loaded.xs.map(\.bitPattern) == expected.map(\.bitPattern))
        #expect(loaded.ys.count == 20_000)
    }
}

// MARK: - NpyReader

struct NpyReaderTests {
    /// A `.npy` file laid out as numpy writes it: the header dict padded with
    /// spaces and a newline to a multiple of 64 bytes, then the data.
    static func npy(_ dict: String, _ dataHex: String = "", version: UInt8 = 1) -> [UInt8] {
        let lengthSize = version == 1 ? 2 : 4
        var header = Array(dict.utf8)
        header += [UInt8](repeating: 0x20, count: (64 - (8 + lengthSize + header.count + 1) % 64) % 64) + [0x0A]
        let length = (0..<lengthSize).map { UInt8(truncatingIfNeeded: header.count >> (8 * $0)) }
        var data: [UInt8] = []
        var digits = dataHex.utf8.makeIterator()
        while let high = digits.next(), let low = digits.next() {
            data.append(UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) ?? 0)
        }
        return [0x93] + Array("NUMPY".utf8) + [version, 0] + length + header + data
    }

    static func dict(_ descr: String, _ shape: String, fortran: Bool = false) -> String {
        "{'descr': '\(descr)', 'fortran_order': \(fortran ? "True" : "False"), 'shape': \(shape), }"
    }

    // Data bytes as numpy 2.4 wrote them for these arrays.
    static let pairs: [([UInt8], [Double], [Double])] = [
        (npy(dict("<f8", "(3, 2)"), "000000000000f83f00000000000000c09a9999999999b93f9c7500883ce4377e00000000000008400000000000000080"),
         [1.5, 0.1, 3], [-2, 1e300, -0.0]),
        (npy(dict("<f8", "(3, 2)", fortran: true), "000000000000f83f9a9999999999b93f000000000000084000000000000000c09c7500883ce4377e0000000000000080"),
         [1.5, 0.1, 3], [-2, 1e300, -0.0]),
        (npy(dict(">f8", "(3, 2)"), "3ff8000000000000c0000000000000003fb999999999999a7e37e43c8800759c40080000000000008000000000000000"),
         [1.5, 0.1, 3], [-2, 1e300, -0.0]),
        (npy(dict("<f4", "(2, 2)"), "0000c03f000000c00000803e00004040"), [1.5, 0.25], [-2, 3]),
        (npy(dict("<i8", "(2, 2)"), "0100000000000000feffffffffffffff01000000000020000400000000000000"), [1, 9_007_199_254_740_992], [-2, 4]),
        (npy(dict("<i4", "(1, 2)"), "07000000f8ffffff"), [7], [-8]),
        (npy(dict("<f8", "(1, 2)"), "000000000000f03f0000000000000040", version: 2), [1], [2]),
        (npy(dict("<f8", "(1, 2)"), "000000000000f03f0000000000000040", version: 3), [1], [2]),
    ]

    @Test(arguments: pairs)
    func readsPairs(_ file: [UInt8], _ xs: [Double], _ ys: [Double]) throws {
        #expect(file.withUnsafeBytes { NpyReader.isNpy($0) })
        let read = try withBytes(file) { bytes throws(DataFileError) in try NpyReader.readPairs(bytes, path: "p.npy") }
        #expect(read.xs.map(\.bitPattern) == xs.map(\.bitPattern))
        #expect(read.ys.map(\.bitPattern) == ys.map(\.bitPattern))
    }

    @Test(arguments: [
        (npy(dict("<f8", "(3,)"), "000000000000e03f000000000000f83f0000000000000440"), [0.5, 1.5, 2.5]),
        (npy(dict(">i4", "(3,)"), "00000001ffffffff00010000"), [1, -1, 65536]),
    ] as [([UInt8], [Double])])
    func readsVectors(_ file: [UInt8], _ values: [Double]) throws {
        #expect(try withBytes(file) { bytes throws(DataFileError) in try NpyReader.readVector(bytes, path: "v.npy") } == values)
    }

    @Test(arguments: [
        ([0x93] + Array("NUMPX".utf8) + [1, 0, 0, 0], "not a .npy file: bad magic string"),
        ([0x93] + Array("NUMPY".utf8) + [1], "truncated header"),
        ([0x93] + Array("NUMPY".utf8) + [4, 0, 0, 0], "unsupported .npy format version 4.0; expected 1.0, 2.0 or 3.0"),
        (Array(npy(dict("<f8", "(1, 2)")).prefix(40)), "truncated header"),
        (npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2) "), "malformed header: expected '}', found the end of the header"),
        (npy("{'descr': '<f8', 'fortran_order': None, 'shape': (1, 2), }"), "malformed header: expected True or False, found 'None'"),
        (npy("{'descr': '<f8', 'fortran_order': False, }"), "malformed header: no 'shape'"),
        (npy("{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (1,), }"), "unsupported dtype: structured arrays are not supported"),
        (npy(dict("<c16", "(1, 2)")), "unsupported dtype '<c16'; expected float64, float32, int64 or int32 ('<f8', '<f4', '<i8', '<i4', or big-endian '>f8', ...)"),
        (npy(dict("|u1", "(1, 2)")), "unsupported dtype '|u1'; expected float64, float32, int64 or int32 ('<f8', '<f4', '<i8', '<i4', or big-endian '>f8', ...)"),
        (npy(dict("<f8", "(3,)")), "wrong shape (3,); expected (n, 2)"),
        (npy(dict("<f8", "(3, 3)")), "wrong shape (3, 3); expected (n, 2)"),
        (npy(dict("<f8", "()")), "wrong shape (); expected (n, 2)"),
        (npy(dict("<f8", "(0, 2)")), "no data rows"),
        (npy(dict("<f8", "(3, 2)"), String(repeating: "00", count: 40)), "truncated data: shape (3, 2) needs 48 bytes; the file has 40"),
    ] as [([UInt8], String)])
    func refusesPairs(_ file: [UInt8], _ message: String) {
        #expect(throws: malformed(nil, nil, message, path: "p.npy")) {
            try withBytes(file) { bytes throws(DataFileError) in try NpyReader.readPairs(bytes, path: "p.npy") }
        }
    }

    @Test(arguments: [
        (npy(dict("<f8", "(3, 2)")), "wrong shape (3, 2); expected a 1-d array (n,)"),
        (npy(dict("<f8", "(0,)")), "no values"),
        (npy(dict("<i8", "(2,)"), "0100000000000000"), "truncated data: shape (2,) needs 16 bytes; the file has 8"),
    ] as [([UInt8], String)])
    func refusesVectors(_ file: [UInt8], _ message: String) {
        #expect(throws: malformed(nil, nil, message, path: "v.npy")) {
            try withBytes(file) { bytes throws(DataFileError) in try NpyReader.readVector(bytes, path: "v.npy") }
        }
    }
}
