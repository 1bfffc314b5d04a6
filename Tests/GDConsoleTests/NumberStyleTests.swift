import Testing
@testable import GDConsole

/// `set digits`: what is shown is rounded; tables fit 80 columns and print −0 as 0.
@Suite struct NumberStyleTests {
    @Test(arguments: [
        (0.24200000000000002, nil, "0.24200000000000002"),
        (0.24200000000000002, 6, "0.242"),
        (-0.0, nil, "-0.0"),
        (1234567.0, 3, "1230000.0"),
        (0.000123456, 2, "0.00012"),
        (2.5e-300, 1, "2e-300"),
        (0.125, 2, "0.12"),  // the exact binary value is rounded, half to even
        (Double.infinity, 3, "inf"),
    ] as [(Double, Int?, String)])
    func roundsToSignificantDigits(_ value: Double, _ digits: Int?, _ shown: String) {
        #expect(NumberStyle(digits: digits).text(value) == shown)
    }

    @Test func tablesShowNegativeZeroAsZero() {
        #expect(NumberStyle.full.cell(-0.0) == "0.0")
        #expect(NumberStyle(digits: 3).cell(-0.0) == "0.0")
    }

    @Test(arguments: ["0.5622656", "-18.610560000000003", "0.0", "12000.0", "1.5e-07", "0.00143"])
    func countsSignificantDigits(_ text: String) {
        let expected = ["0.5622656": 7, "-18.610560000000003": 17, "0.0": 1, "12000.0": 2, "1.5e-07": 2, "0.00143": 3]
        #expect(Interpreter.significantDigits(text) == expected[text])
    }

    /// The history table of a typical session fits 80 columns at the default settings.
    @Test func historyFitsEightyColumns() {
        let sink = BufferSink()
        let interpreter = Interpreter(sink: sink)
        for line in ["step sgd 2", "step batch", "step minibatch 1 4", "step sgd 0", "train sgd 3"] {
            #expect(interpreter.run(line: line, file: nil, lineNumber: 1) == .ok)
        }
        sink.clear()
        #expect(interpreter.run(line: "show history", file: nil, lineNumber: 1) == .ok)
        let lines = sink.text.split(separator: "\n")
        #expect(lines.count > 20)
        #expect(lines.allSatisfy { DisplayWidth.columns($0) <= 80 })
        #expect(!sink.text.contains("-0.0"))
    }
}
