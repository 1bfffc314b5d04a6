#if GD_FUZZ_REPLAY
import Foundation
import Testing

/// Every seed in Tests/Fuzz/corpus, replayed through the fuzz targets' own entry points
/// (`fuzzLine`, `fuzzData`, `fuzzTranscript`, compiled here without libFuzzer), so a
/// regression seed committed after a fuzzer found a bug fails `swift test` if the bug
/// comes back. A violated invariant aborts the test process with
/// `fuzz invariant violated: seed <target>/<file>: …`, as it stops the fuzzer.
@Suite(.serialized) struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("corpus").path

    /// Replays every file of one target's corpus; returns how many it replayed.
    static func replay(_ target: String, _ entry: (UnsafePointer<UInt8>?, Int) -> Int32) throws -> Int {
        let dir = corpus + "/" + target
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)))
            FuzzSupport.replaying = target + "/" + name
            _ = bytes.withUnsafeBufferPointer { entry($0.baseAddress, $0.count) }
        }
        FuzzSupport.replaying = ""
        return names.count
    }

    @Test func lineSeeds() throws {
        #expect(try Self.replay("line", fuzzLine) >= 20)
    }

    @Test func dataSeeds() throws {
        #expect(try Self.replay("data", fuzzData) >= 15)
    }

    @Test func transcriptSeeds() throws {
        #expect(try Self.replay("transcript", fuzzTranscript) >= 20)
    }
}
#endif
