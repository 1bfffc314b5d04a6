// libFuzzer target: input → `Transcript(path:text:)` → `TranscriptReplay`.
//
// A transcript that parses, has at most 20 inputs and passes the same filter as
// FuzzLine (no `/`, small numbers: at most 1000 here, since replay has no work budget) is
// replayed in the sandbox. Invariants:
// - the replay is deterministic: a second replay lays out the same lines and status;
// - `diff` is nil exactly when the replay passed;
// - what `gd test --update` would write (the replay's lines) parses as a transcript and
//   replays without a difference.
#if canImport(Glibc)
import Glibc
#endif

#if GD_FUZZ_REPLAY
// Compiled into the FuzzCorpusTests target (Package.swift), which replays the seed corpus
// through this same function without libFuzzer.
@testable import GDConsole
#else
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscriptEntry(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzTranscript(data, size)
}
#endif

public func fuzzTranscript(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    if size > 8192 { return -1 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let transcript = try? Transcript(path: "f.gdt", text: text) else { return 0 }
    guard transcript.blocks.count <= 20 else { return 0 }
    var severalOptions = false
    for block in transcript.blocks {
        for statement in FuzzSupport.statementTexts(block.input) {
            if FuzzSupport.rejection(statement, largest: 1000) != nil { return 0 }
            if FuzzSupport.optionCount(statement) > 1 { severalOptions = true }
        }
    }
    FuzzSupport.enterSandbox()
    let replay = TranscriptReplay(transcript, directory: FuzzSupport.sandbox)
    if (replay.diff == nil) != replay.passed {
        FuzzSupport.fail("diff is \(replay.diff == nil ? "nil" : "not nil") but passed is \(replay.passed)")
    }
    // Known bug (reported): with several bad `key=` options, which one is reported
    // depends on Dictionary order, which differs between runs; such inputs skip the
    // comparisons below.
    if severalOptions { return 0 }
    FuzzSupport.emptySandbox()
    let again = TranscriptReplay(transcript, directory: FuzzSupport.sandbox)
    if again.actualLines != replay.actualLines || again.actualStatus != replay.actualStatus {
        FuzzSupport.fail("replay is not deterministic:\n\(UnifiedDiff.render(old: replay.actualLines, new: again.actualLines, oldName: "first", newName: "second") ?? "(status only)")")
    }
    let updatedText = replay.actualLines.map { $0 + "\n" }.joined()
    let updated: Transcript
    do {
        updated = try Transcript(path: "f.gdt", text: updatedText)
    } catch {
        FuzzSupport.fail("the updated transcript does not parse: \(error.message) at line \(error.location?.line ?? 0)\n\(updatedText)")
    }
    FuzzSupport.emptySandbox()
    let check = TranscriptReplay(updated, directory: FuzzSupport.sandbox)
    if !check.passed {
        FuzzSupport.fail("the updated transcript does not pass:\n\(check.diff ?? "(no diff)")")
    }
    return 0
}
