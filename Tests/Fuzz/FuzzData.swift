// libFuzzer target: input bytes → the data readers (Sources/GDConsole/Data).
//
// - `DelimitedReader.read` with several column selectors. On success: as many xs as ys,
//   at least one, all finite; every value prints (`NumberFormat.repr`) as text that
//   parses back to it. On failure: a 1-based line and column when given.
// - The same text with a space put before every line (forcing the general scanner off
//   its fast path) must give bit-identical columns, or fail too.
// - Read in tiny parts (`DelimitedParts`: 1, 7 and 64 bytes, one thread and two), the same
//   text must give the same columns and summary bit for bit when the parts are the same,
//   the same columns when they differ, and otherwise the same error, line and column.
// - `NpyReader.readPairs` and `readVector`: on success, matching counts.
// - `FastDouble.parse` at the start: equal bit for bit to Swift's `Double(String)` on the
//   text it consumed.
#if canImport(Glibc)
import Glibc
#endif

private let selectors: [(ColumnSelector, ColumnSelector)] = [
    (.automatic, .automatic),
    (.index(1), .name("y")),
    (.name("y"), .index(0)),
    (.index(2), .automatic),
]

#if GD_FUZZ_REPLAY
// Compiled into the FuzzCorpusTests target (Package.swift), which replays the seed corpus
// through this same function without libFuzzer.
@testable import GDConsole
#else
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataEntry(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzData(data, size)
}
#endif

public func fuzzData(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let raw = UnsafeRawBufferPointer(start: data.map(UnsafeRawPointer.init), count: size)
    for (x, y) in selectors {
        let result = readDelimited(raw, x: x, y: y)
        for partSize in [1, 7, 64] {
            let serial = readDelimited(raw, x: x, y: y, partSize: partSize, workers: 1)
            let parallel = readDelimited(raw, x: x, y: y, partSize: partSize, workers: 2)
            switch (result, serial, parallel) {
            case (.success(let a), .success(let b), .success(let c)):
                // A summary that overflowed holds NaN and equals nothing, itself included.
                let sameSummary = b.summary == c.summary || b.summary != b.summary
                if !sameColumns(a, b) || !sameColumns(b, c) || !sameSummary {
                    fail("parts of \(partSize) bytes read differently (\(x), \(y))", raw)
                }
            case (.failure(let a), .failure(let b), .failure(let c)):
                if a != b || b != c { fail("parts of \(partSize) bytes: \(b) / \(c), whole: \(a)", raw) }
            default:
                fail("parts of \(partSize) bytes disagree with the whole (\(x), \(y))", raw)
            }
        }
        if size <= 16_384, !(size >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF) {
            var shifted: [UInt8] = [0x20]
            shifted.reserveCapacity(size + size / 8 + 1)
            for b in raw {
                shifted.append(b)
                if b == 0x0A { shifted.append(0x20) }
            }
            // Trailing space after a final "\n" is a blank line: harmless.
            let other = shifted.withUnsafeBytes { readDelimited($0, x: x, y: y) }
            switch (result, other) {
            case (.success(let a), .success(let b)):
                if a.xs.count != b.xs.count
                    || !zip(a.xs, b.xs).allSatisfy({ $0.bitPattern == $1.bitPattern })
                    || !zip(a.ys, b.ys).allSatisfy({ $0.bitPattern == $1.bitPattern }) {
                    fail("indented copy read differently (\(x), \(y)): \(a.xs.count) vs \(b.xs.count) rows", raw)
                }
            case (.failure, .failure):
                break
            case (.success, .failure(let e)):
                fail("indented copy failed (\(x), \(y)): \(e)", raw)
            case (.failure(let e), .success):
                fail("only the indented copy read (\(x), \(y)); original: \(e)", raw)
            }
        }
    }
    if NpyReader.isNpy(raw) || size < 16 {
        if let pairs = try? NpyReader.readPairs(raw, path: "fuzz.npy") {
            if pairs.xs.count != pairs.ys.count || pairs.xs.isEmpty { fail("npy pairs: \(pairs.xs.count) xs, \(pairs.ys.count) ys", raw) }
        }
        if let vector = try? NpyReader.readVector(raw, path: "fuzz.npy"), vector.isEmpty {
            fail("npy vector is empty", raw)
        }
    }
    if let (value, end) = FastDouble.parse(raw, from: 0) {
        if end <= 0 || end > size { fail("FastDouble end \(end) of \(size)", raw) }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: raw[0..<end]), as: UTF8.self)
        if let swift = Double(text), !(swift.isNaN && value.isNaN), swift.bitPattern != value.bitPattern {
            fail("FastDouble(\(String(reflecting: text))) = \(value), Double() = \(swift)", raw)
        }
    }
    return 0
}

private func sameColumns(_ a: LoadedColumns, _ b: LoadedColumns) -> Bool {
    a.xs.count == b.xs.count && a.ys.count == b.ys.count
        && zip(a.xs, b.xs).allSatisfy { $0.bitPattern == $1.bitPattern }
        && zip(a.ys, b.ys).allSatisfy { $0.bitPattern == $1.bitPattern }
}

private func readDelimited(
    _ raw: UnsafeRawBufferPointer, x: ColumnSelector, y: ColumnSelector,
    partSize: Int = DelimitedParts.partSize, workers: Int = 1
) -> Result<LoadedColumns, DataFileError> {
    do {
        let columns = try DelimitedReader.read(raw, path: "fuzz.csv", x: x, y: y, partSize: partSize, workers: workers)
        if columns.xs.count != columns.ys.count || columns.xs.isEmpty {
            fail("\(columns.xs.count) xs, \(columns.ys.count) ys", raw)
        }
        for v in columns.xs + columns.ys {
            if !v.isFinite { fail("non-finite value \(v) loaded", raw) }
            let text = NumberFormat.repr(v)
            guard let back = Double(text), back.bitPattern == v.bitPattern else {
                fail("repr(\(v.bitPattern)) = \(text) does not read back", raw)
            }
        }
        return .success(columns)
    } catch {
        if let line = error.line, line < 1 { fail("line \(line) in \(error)", raw) }
        if let column = error.column, column < 1 { fail("column \(column) in \(error)", raw) }
        return .failure(error)
    }
}

private func fail(_ message: String, _ raw: UnsafeRawBufferPointer) -> Never {
    FuzzSupport.fail(message)
}
