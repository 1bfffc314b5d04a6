import Testing
@testable import GDConsole

/// `compare` shows the same progress line as `train` to a person at a terminal (issue 12:
/// "a train or compare that runs longer than about a second"), naming the run, and clears
/// it; the table itself never contains it. ProgressLineTests checks that nothing is shown
/// when standard error is not a terminal.
@Suite struct CompareProgressTests {
    @Test func aLongCompareAtATerminalShowsAndClearsTheLine() throws {
        let sink = try ProgressLineTests.run(terminal: true, ["compare 6"])
        #expect(sink.transient.contains("compare, "), "\(sink.transient)")
        #expect(sink.transient.contains("of 6"))
        // Cleared before the timing line that follows it at a terminal.
        let beforeTiming = sink.transient.components(separatedBy: "time: ").first ?? ""
        #expect(beforeTiming.hasSuffix("\r\u{1B}[K"), "\(sink.transient)")
        #expect(!sink.output.contains("compare, "))
    }
}
