import Testing
@testable import GDConsole
@testable import GDCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Requests gd cannot hold are refused before anything is allocated, with what they would
/// need and what the machine has; a refusal changes nothing. The machine's memory is
/// injected so the messages are the same everywhere.
@Suite struct LimitTests {
    static func interpreter(memory bytes: Int) -> Interpreter {
        Interpreter(sink: BufferSink(), environment: Environment(memory: MemoryLimit(bytes: bytes)))
    }

    /// Runs `line`, which must fail without changing the session; returns the error.
    static func refusal(_ line: String, in interpreter: Interpreter) -> GDError? {
        let before = interpreter.state
        guard case .failed(let error) = interpreter.run(line: line, file: nil, lineNumber: 1) else {
            Issue.record("'\(line)' should fail")
            return nil
        }
        #expect(interpreter.state == before, "'\(line)' changed the session")
        return error
    }

    @Test func genRefusesWhatTheMachineCannotHold() {
        let gd = Self.interpreter(memory: 8 << 30)
        let error = Self.refusal("gen 10000000000", in: gd)
        #expect(error?.message == "10000000000 points would need 298 GiB of memory (32 bytes a point, to hold and to train on); this machine has 8 GiB")
        #expect(error?.location?.column == 5)
        #expect(error?.exitStatus == 65)
        let overflow = Self.refusal("gen 9223372036854775807", in: gd)
        #expect(overflow?.message == "9223372036854775807 points would need more memory than a 64-bit machine can address (32 bytes a point, to hold and to train on)")
    }

    @Test func genAllowsExactlyWhatFits() {
        let gd = Self.interpreter(memory: 1000 * MemoryLimit.bytesPerPoint)
        #expect(gd.run(line: "gen 1000 seed=1", file: nil, lineNumber: 1) == .ok)
        #expect(gd.state.trainer.data.count == 1000)
        #expect(gd.run(line: "gen 1001", file: nil, lineNumber: 1) != .ok)
        let error = Self.refusal("gen 2000", in: gd)
        #expect(error?.message == "2000 points would need 62.5 KiB of memory (32 bytes a point, to hold and to train on); this machine has 31.3 KiB")
    }

    @Test func ulimitIsNamedWhenItSetsTheLimit() {
        let gd = Interpreter(sink: BufferSink(), environment: Environment(memory: MemoryLimit(bytes: 2 << 30, fromUlimit: true)))
        let error = Self.refusal("gen 100000000", in: gd)
        #expect(error?.message == "100000000 points would need 2.98 GiB of memory (32 bytes a point, to hold and to train on); the ulimit allows 2 GiB")
    }

    @Test func historyLimitBeyondSenseIsRefused() {
        let gd = Self.interpreter(memory: 1 << 30)
        let rows = Interpreter.historyRowBytes
        #expect(rows >= MemoryLayout<UpdateRecord>.stride + UpdateRecord.pointListLimit * 8)
        let error = Self.refusal("set history-limit 100000000", in: gd)
        let need = MemoryLimit.describe(100_000_000 * rows)
        #expect(error?.message == "a history of 100000000 rows would need \(need) of memory (about \(rows) bytes a row); this machine has 1 GiB")
        #expect(error?.location?.column == 19)
        #expect(gd.run(line: "set history-limit 1000000", file: nil, lineNumber: 1) == .ok)
        #expect(gd.state.trainer.history.limit == 1_000_000)
    }

    /// A file is refused before it is read when its bytes alone would not fit; one that
    /// fits but whose rows would not is refused before the columns are reserved.
    @Test func loadRefusesFilesTooLargeToHold() throws {
        try FileContentsReadTests.withDirectory { directory in
            let path = directory + "/data.csv"
            FileContentsLimitTests.writeRows(bytes: 4000, to: path)
            let tiny = Self.interpreter(memory: 2048)
            let error = Self.refusal("load \(path)", in: tiny)
            #expect(error?.message == "cannot open '\(path)': reading it would need 3.91 KiB of memory; this machine has 2 KiB")
            #expect(error?.exitStatus == 66)

            let small = Self.interpreter(memory: 10_000)
            let rows = Self.refusal("load \(path)", in: small)
            #expect(rows?.message == "cannot open '\(path)': loading its about 1000 rows would need 35.2 KiB of memory; this machine has 9.77 KiB")
            #expect(rows?.exitStatus == 66)

            let enough = Self.interpreter(memory: 4000 + 1000 * MemoryLimit.bytesPerPoint)
            #expect(enough.run(line: "load \(path)", file: nil, lineNumber: 1) == .ok)
            #expect(enough.state.trainer.data.count == 1000)
        }
    }

    /// A .npy file's points are checked once read: its float32 bytes fit, but its points,
    /// as doubles and with room to train, would not.
    @Test func loadRefusesNpyPointsTooManyToTrainOn() throws {
        try FileContentsReadTests.withDirectory { directory in
            let path = directory + "/data.csv"  // the name withDirectory cleans up; the contents are .npy
            var header = Array("{'descr': '<f4', 'fortran_order': False, 'shape': (100, 2), }".utf8)
            while (10 + header.count + 1) % 64 != 0 { header.append(0x20) }
            header.append(0x0A)
            var file: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.count & 0xFF), UInt8(header.count >> 8)] + header
            for i in 0..<200 { withUnsafeBytes(of: Float(i).bitPattern.littleEndian) { file += $0 } }
            FileContentsReadTests.save(file, to: path)
            #expect(file.count == 928)
            let gd = Self.interpreter(memory: 2000)
            let error = Self.refusal("load \(path)", in: gd)
            #expect(error?.message == "cannot load '\(path)': its 100 points would need 3.13 KiB of memory (32 bytes a point, to hold and to train on); this machine has 1.95 KiB")
            #expect(error?.exitStatus == 66)
            let enough = Self.interpreter(memory: 3200)
            #expect(enough.run(line: "load \(path)", file: nil, lineNumber: 1) == .ok)
            #expect(enough.state.trainer.data.count == 100)
        }
    }

    /// 'time time time …' is refused before the inner command is parsed, so thousands of
    /// them cannot overflow the stack; completion stops there too.
    @Test func deeplyNestedTimeIsRefusedWithoutRecursion() {
        let line = String(repeating: "time ", count: 5000) + "show w"
        let gd = Interpreter(sink: BufferSink())
        let error = Self.refusal(line, in: gd)
        #expect(error?.message == "'time' cannot time itself")
        #expect(error?.location?.column == 6)
        #expect(Completion.candidates(for: line).candidates.isEmpty)
        #expect(Completion.candidates(for: "time ep").candidates == ["epoch"])
    }

    /// `source` nesting stops at the limit with a message, long before the stack would.
    @Test func sourceNestingIsBounded() throws {
        try FileContentsReadTests.withDirectory { directory in
            // s0.gd times s1.gd, which times s2.gd, …: one file more than the limit allows.
            var names: [String] = []
            for i in 0...Interpreter.sourceDepthLimit + 1 { names.append(directory + "/s\(i).gd") }
            defer { for name in names { unlink(name) } }
            for (i, name) in names.enumerated() {
                let body = i + 1 < names.count ? "time source s\(i + 1).gd\n" : "show w\n"
                FileContentsReadTests.save(Array(body.utf8), to: name)
            }
            let gd = Interpreter(sink: BufferSink())
            guard case .failed(let error) = gd.run(line: "source \(names[0])", file: nil, lineNumber: 1) else {
                Issue.record("expected the nesting limit")
                return
            }
            #expect(error.kind == .sourceDepth)
            #expect(error.message == "'source' is nested more than \(Interpreter.sourceDepthLimit) deep")
        }
    }

    @Test(arguments: [
        ("gen 3 x=-1e308..1e308", "the range x=LO..HI is too wide to draw from; HI − LO must be below 1.7976931348623157e+308", 7),
        ("gen 3 x=1e308..1.7976931348623157e308", "the range x=LO..HI comes too near the largest double, 1.7976931348623157e+308, to draw from", 7),
        ("gen 3 w=1e308 x=0..10", "these could make y = w·x + noise infinite; |w|·max|x| + 8.58·noise must stay below 1.7976931348623157e+308", 7),
        ("gen 3 x=0..10 w=1e308", "these could make y = w·x + noise infinite; |w|·max|x| + 8.58·noise must stay below 1.7976931348623157e+308", 15),
        ("gen 3 w=1e307 noise=1e308", "these could make y = w·x + noise infinite; |w|·max|x| + 8.58·noise must stay below 1.7976931348623157e+308", 15),
        ("gen 3 x=0..1e300 noise=1e308", "these could make y = w·x + noise infinite; |w|·max|x| + 8.58·noise must stay below 1.7976931348623157e+308", 18),
        ("gen 3 x=-1e308..0 w=2", "these could make y = w·x + noise infinite; |w|·max|x| + 8.58·noise must stay below 1.7976931348623157e+308", 19),
    ])
    func genRefusesParametersThatCannotGiveFiniteData(_ line: String, _ message: String, _ column: Int) {
        let gd = Interpreter(sink: BufferSink())
        let error = Self.refusal(line, in: gd)
        #expect(error?.message == message)
        #expect(error?.location?.column == column)
    }

    /// Right at the edge the data are finite whatever the draws: the largest |y| the
    /// bound allows, over many seeds.
    @Test func genAtTheEdgeGivesFiniteData() {
        let gd = Interpreter(sink: BufferSink())
        for seed in 0..<20 {
            let line = "gen 1000 w=1.7e308 noise=0 seed=\(seed)"
            #expect(gd.run(line: line, file: nil, lineNumber: 1) == .ok)
            #expect(gd.state.trainer.data.ys.allSatisfy { $0.isFinite })
            #expect(gd.run(line: "gen 1000 w=1 x=-1e307..1e307 noise=1e306 seed=\(seed)", file: nil, lineNumber: 1) == .ok)
            #expect(gd.state.trainer.data.ys.allSatisfy { $0.isFinite })
        }
    }

    static func read(_ bytes: [UInt8]) throws(DataFileError) -> LoadedColumns {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(DataFileError) -> LoadedColumns in
                try DelimitedReader.read(raw, path: "d.csv", x: .automatic, y: .automatic)
            }
        }
        return try result.get()
    }

    /// A huge first line is checked in place and its names kept cut, not copied whole.
    @Test func hugeHeaderNamesAreCutAndCheckedInPlace() throws {
        let long = String(repeating: "a", count: 5000)
        let bytes = Array("x,\(long)\n1,2\n".utf8)
        let loaded = try Self.read(bytes)
        #expect(loaded.yName == String(repeating: "a", count: DelimitedScanner.headerNameLimit) + "...")
        #expect(loaded.ys == [2])
        let invalid = Array("x,\(long)".utf8) + [0xFF] + Array("\n1,2\n".utf8)
        #expect(throws: DataFileError(.malformed, path: "d.csv", line: 1, column: 5003, message: "header is not valid utf-8")) {
            _ = try Self.read(invalid)
        }
        let accented = Array("x,é\(long)".utf8) + [0xC3] + Array("\n1,2\n".utf8)
        #expect(throws: DataFileError(.malformed, path: "d.csv", line: 1, column: 5005, message: "header is not valid utf-8")) {
            _ = try Self.read(accented)
        }
    }

    @Test func bytesAreDescribedForPeople() {
        #expect(MemoryLimit.describe(0) == "0 bytes")
        #expect(MemoryLimit.describe(1) == "1 byte")
        #expect(MemoryLimit.describe(1023) == "1023 bytes")
        #expect(MemoryLimit.describe(1024) == "1 KiB")
        #expect(MemoryLimit.describe(1536) == "1.5 KiB")
        #expect(MemoryLimit.describe(64 << 20) == "64 MiB")
        #expect(MemoryLimit.describe((1 << 30) - 1) == "1 GiB")
        #expect(MemoryLimit.describe(Int.max) == "8 EiB")
        #expect(MemoryLimit.product(Int.max / 2 + 1, 2) == nil)
        #expect(MemoryLimit.product(-1, 2) == nil)
        #expect(MemoryLimit.sum(Int.max, 1) == nil)
        #expect(MemoryLimit.ofThisProcess().bytes > 0)
    }
}
