import GDCore
import TestSupport
import Testing
@testable import GDConsole

// Reading a delimited file in parts (DelimitedParts): the same columns, summary and
// errors as reading it whole, whatever the part size and the number of threads.

private func read(
    _ text: String, partSize: Int = DelimitedParts.partSize, workers: Int = 1,
    x: ColumnSelector = .automatic, y: ColumnSelector = .automatic
) -> Result<LoadedColumns, DataFileError> {
    Array(text.utf8).withUnsafeBytes { raw in
        Result { () throws(DataFileError) -> LoadedColumns in
            try DelimitedReader.read(raw, path: "d.csv", x: x, y: y, partSize: partSize, workers: workers)
        }
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}

private func bits(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }

struct DelimitedPartsTests {
    @Test func cutsJustAfterANewline() {
        let text = Array("1,2\n3,4\n5,6\n7,8".utf8)
        text.withUnsafeBytes { raw in
            // A part of 4 bytes ends exactly at a line's end: the cut falls there.
            #expect(DelimitedParts.boundaries(raw, from: 0, partSize: 4) == [0, 4, 8, 12, 15])
            // 5 bytes: the newline at or after byte 4 of each part.
            #expect(DelimitedParts.boundaries(raw, from: 0, partSize: 5) == [0, 8, 15])
            #expect(DelimitedParts.boundaries(raw, from: 4, partSize: 100) == [4, 15])
            #expect(DelimitedParts.boundaries(raw, from: 0, partSize: 1) == [0, 4, 8, 12, 15])
        }
    }

    @Test(arguments: ["", "\n", "a\nb", "\n\n\n", "xxxxxxxx\nxxxxxxxxxxxxxxxxxxx\nx\n", String(repeating: "12,\n", count: 70) + "9"])
    func boundsTheRowsByTheLines(_ text: String) {
        let newlines = text.filter { $0 == "\n" }.count
        let expected = newlines + (text.isEmpty || text.hasSuffix("\n") ? 0 : 1)
        Array(text.utf8).withUnsafeBytes { #expect(DelimitedParts.lineBound($0) == expected) }
    }

    /// A file of many parts whose first error is in the second part: the line is the
    /// file's, and a later part's error (line 40) is not the one reported.
    @Test(arguments: [1, 2, 4])
    func reportsTheFirstErrorInFileOrderWithItsLine(workers: Int) {
        var lines = ["x,y"]
        for i in 1...60 { lines.append("\(i),\(2 * i)") }
        lines[13] = "13,oops"  // line 14, in the second part of ~5 lines
        lines[39] = "39,40,41"  // line 40, a later part
        let text = lines.joined(separator: "\n") + "\n"
        let parts = Array(text.utf8).withUnsafeBytes { DelimitedParts.boundaries($0, from: 4, partSize: 40).count - 1 }
        #expect(parts > 5)
        let expected = DataFileError(.malformed, path: "d.csv", line: 14, column: 4,
                                     message: "expected a number in column 'y', found 'oops'")
        #expect(read(text, partSize: 40, workers: workers).failure == expected)
        #expect(read(text).failure == expected)  // one part
    }

    /// A comment line right after a data row, whose first field is not read and which
    /// has the right number of fields, was read as a row by the fast path (the fuzzer
    /// found it by cutting parts there). In one piece and in parts it is a comment.
    @Test(arguments: [
        ("x,y,z\n1,2,3\n#c,4,5\n", ColumnSelector.index(1), ColumnSelector.index(2)),
        ("a,y,x,b\n1,2,3,4\n5,6,7,8\n# comm\n# com6,7,11,12\n", .automatic, .automatic),
        ("a\tx\ty\n1\t2\t3\n\t#c\t4\t5\n", .automatic, .automatic),
        ("a x y\n1 2 3\n  # 4 5\n", .name("x"), .name("y")),
    ])
    func skipsACommentAfterADataRow(_ text: String, x: ColumnSelector, y: ColumnSelector) throws {
        for partSize in [1, DelimitedParts.partSize] {
            let loaded = try read(text, partSize: partSize, x: x, y: y).get()
            #expect(loaded.xs.count == (text.contains("5,6,7,8") ? 2 : 1), "parts of \(partSize)")
        }
    }

    /// Text after the number in the last selected field, when more fields follow, was
    /// dropped by the fast path ("2x" read as 2); the scanner refuses it, in one piece
    /// and in parts (the fuzzer found it by cutting parts there).
    @Test(arguments: [1, DelimitedParts.partSize])
    func refusesTextAfterTheLastSelectedNumber(partSize: Int) {
        let expected = DataFileError(.malformed, path: "d.csv", line: 3, column: 3, message: "expected a number in column 'y', found '2x'")
        #expect(read("x,y,z\n0,1,2\n1,2x,3\n", partSize: partSize).failure == expected)
        let tab = DataFileError(.malformed, path: "d.csv", line: 2, column: 3, message: "expected a number in column 'y', found '2\u{0}'")
        #expect(read("x\ty\tz\n1\t2\u{0}\t3\n", partSize: partSize).failure == tab)
    }

    @Test func keepsTheHeaderHintOnTheFirstLineOnly() {
        let text = "1,2x\n" + String(repeating: "3,4\n", count: 30) + "5,6x\n"
        let first = DataFileError(.malformed, path: "d.csv", line: 1, column: 3,
                                  message: "expected a number in column 1, found '2x' (a first line is a header only when none of its fields is a number)")
        #expect(read(text, partSize: 8, workers: 2).failure == first)
        let later = String(repeating: "3,4\n", count: 30) + "5,6x\n"
        let last = DataFileError(.malformed, path: "d.csv", line: 31, column: 3,
                                 message: "expected a number in column 1, found '6x'")
        #expect(read(later, partSize: 8, workers: 2).failure == last)
        #expect(read(later).failure == last)
    }

    @Test func oneProcessedPartSumsLikeTheDataSet() throws {
        let text = "x,y\n" + (1...3000).map { "\(Double($0) * 0.37),\(Double($0 % 17) - 8.5)" }.joined(separator: "\n")
        let loaded = try read(text).get()
        #expect(loaded.summary == ColumnSummary(xs: loaded.xs, ys: loaded.ys))
        #expect(Dataset(xs: loaded.xs, ys: loaded.ys, summary: loaded.summary) == Dataset(xs: loaded.xs, ys: loaded.ys))
    }

    /// Random files with CRLF and LF lines, a header or none, blank and comment lines,
    /// quoted and spaced fields, a last line with or without a newline, and sometimes a
    /// bad row: in parts of 1 to 200 bytes, on one thread and on three, the columns are
    /// those of the whole file bit for bit, the summary the same on any number of
    /// threads, and an error the same error at the same line and column.
    @Test func partsReadAsTheWholeFile() throws {
        var random = SplitMix64(state: 15)
        var failures = 0
        var parsed = 0
        for round in 0..<400 {
            let crlf = Bool.random(using: &random)
            let end = crlf ? "\r\n" : "\n"
            var lines: [String] = []
            if Bool.random(using: &random) { lines.append("x,y,z") }
            let rows = Int.random(in: 1...60, using: &random)
            for _ in 0..<rows {
                switch Int.random(in: 0..<20, using: &random) {
                case 0: lines.append("")
                case 1: lines.append("# a comment")
                case 2: lines.append(" \"\(Int.random(in: -9...9, using: &random))\" , 2.5e-3 ,x")
                case 3 where round % 4 == 0: lines.append("1,2")  // ragged: an error
                case 4 where round % 5 == 0: lines.append("1,zz,3")  // a bad number
                default:
                    let a = Double(Int.random(in: -1_000_000...1_000_000, using: &random)) / 997
                    let b = Double.random(in: -1e6...1e6, using: &random)
                    lines.append("\(a),\(b),\(Int.random(in: 0...99, using: &random))")
                }
            }
            var text = lines.joined(separator: end)
            if Bool.random(using: &random) { text += end }
            let whole = read(text)
            for partSize in [1, 3, 17, 64, 200] {
                let serial = read(text, partSize: partSize, workers: 1)
                let parallel = read(text, partSize: partSize, workers: 3)
                switch (whole, serial, parallel) {
                case (.success(let a), .success(let b), .success(let c)):
                    #expect(bits(a.xs) == bits(b.xs) && bits(a.ys) == bits(b.ys), "round \(round), parts of \(partSize)")
                    #expect(bits(b.xs) == bits(c.xs) && bits(b.ys) == bits(c.ys), "round \(round), parts of \(partSize)")
                    #expect(b.summary == c.summary, "round \(round), parts of \(partSize)")
                    #expect(a.hadHeader == b.hadHeader && a.columnCount == b.columnCount)
                    parsed += 1
                case (.failure(let a), .failure(let b), .failure(let c)):
                    #expect(a == b && b == c, "round \(round), parts of \(partSize)")
                    failures += 1
                default:
                    Issue.record("round \(round), parts of \(partSize): \(whole), \(serial), \(parallel)")
                }
            }
        }
        // Both outcomes were exercised.
        #expect(parsed > 500)
        #expect(failures > 100)
    }

    /// A (n, 2) float64 array of more than one part (`NpyReader.rowsPerPart` rows): the
    /// columns in either order, the summary the parts' summaries appended in order, and
    /// a non-finite value flagged.
    @Test(arguments: [false, true])
    func npyPairsInPartsKeepEveryValueAndSumInOrder(fortran: Bool) throws {
        let n = NpyReader.rowsPerPart + 1000
        let xs = (0..<n).map { Double($0) * 0.001 - 7 }
        let ys = (0..<n).map { 1 / (Double($0) + 0.5) }
        var file = NpyReaderTests.npy(NpyReaderTests.dict("<f8", "(\(n), 2)", fortran: fortran))
        let values = fortran ? xs + ys : zip(xs, ys).flatMap { [$0, $1] }
        for v in values { withUnsafeBytes(of: v.bitPattern.littleEndian) { file += $0 } }
        let read = try file.withUnsafeBytes { bytes in
            Result { () throws(DataFileError) in try NpyReader.readPairs(bytes, path: "p.npy") }
        }.get()
        #expect(bits(read.xs) == bits(xs) && bits(read.ys) == bits(ys))
        #expect(read.allFinite)
        var expected = ColumnSummary(xs: Array(xs[..<NpyReader.rowsPerPart]), ys: Array(ys[..<NpyReader.rowsPerPart]))
        expected.append(ColumnSummary(xs: Array(xs[NpyReader.rowsPerPart...]), ys: Array(ys[NpyReader.rowsPerPart...])))
        #expect(read.summary == expected)

        var bad = file
        let last = bad.count - 8  // the last y (C order) or the last y of the column (Fortran)
        withUnsafeBytes(of: Double.infinity.bitPattern.littleEndian) { bad.replaceSubrange(last..<last + 8, with: $0) }
        let flagged = try bad.withUnsafeBytes { bytes in
            Result { () throws(DataFileError) in try NpyReader.readPairs(bytes, path: "p.npy") }
        }.get()
        #expect(!flagged.allFinite)
    }
}
