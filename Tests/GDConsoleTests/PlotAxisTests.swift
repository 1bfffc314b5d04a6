import Testing
@testable import GDConsole

/// Axis ranges and tick labels in the cases a new user meets first: one value before any
/// update, and a diverging run's huge losses.
@Suite struct PlotAxisTests {
    /// An axis's labels are all plain or all in exponent form, whichever reads shorter
    /// once plain ones get long, as gnuplot's `%g` writes them (repr's exponent layout).
    @Test(arguments: [
        ([0, 5e9, 1e10], ["0", "5e+09", "1e+10"]),
        ([0, 2e9, 4e9, 6e9, 8e9, 1e10], ["0", "2e+09", "4e+09", "6e+09", "8e+09", "1e+10"]),
        ([0, 500_000, 1e6, 1.5e6, 2e6], ["0", "5e+05", "1e+06", "1.5e+06", "2e+06"]),
        ([1, 1e5, 1e10], ["1e+00", "1e+05", "1e+10"]),
        ([-1e7, 0, 1e7], ["-1e+07", "0", "1e+07"]),
        ([0, 2, 4, 6], ["0", "2", "4", "6"]),
        ([0, 200_000, 400_000], ["0", "200000", "400000"]),
        ([1_000_000, 1_000_002, 1_000_004], ["1000000", "1000002", "1000004"]),
        ([0.0001, 0.0002], ["0.0001", "0.0002"]),
        ([1e-5, 1e-3, 0.1], ["1e-05", "1e-03", "1e-01"]),
    ])
    func tickLabels(values: [Double], expected: [String]) {
        #expect(Ticks.labels(values) == expected)
    }

    /// A count axis (steps) with one value, 0, runs from 0 to 1: never to -1.
    @Test func oneStepAxisStartsAtZero() {
        let scale = Scale(Axis(.math("update"), integer: true), values: [[0]], target: 8)
        #expect(scale.range == 0...1)
        #expect(scale.ticks == [0, 1])
        let later = Scale(Axis(.math("update"), integer: true), values: [[3]], target: 8)
        #expect(later.range.lowerBound >= 0 && later.range.contains(3) && later.range.lowerBound < later.range.upperBound)
        // A non-count axis with one value keeps the usual padding either side.
        #expect(Scale(Axis(.math("y")), values: [[0]], target: 8).range.lowerBound < 0)
    }

    /// `plot loss` before any update: the axis from 0 to 1, the one value drawn as a dot
    /// (not a 0.1 px dash), and a note saying why there is only one.
    @Test func svgLossBeforeAnyUpdate() {
        let gd = Interpreter(sink: BufferSink())
        let plot = try? gd.plotDescription(PlotRequest(kind: .loss), at: SourceLocation(file: nil, line: 1, column: 1))
        guard let plot else { Issue.record("no plot"); return }
        let svg = SVGPlot.render(plot)
        #expect(svg.contains("data-x=\"0.0 1.0\""), "\(svg)")
        #expect(svg.contains("<circle cx=\"0\" cy="), "\(svg)")
        #expect(svg.contains("no updates yet"), "\(svg)")
        #expect(!svg.contains(">-1</text>"))
    }

    /// A diverging run's losses are labelled 1e+10, not 10000000000, in SVG as in text.
    @Test func svgHugeLossesInExponentForm() {
        let plot = PlotDescription(title: .math(""), x: Axis(.math("update"), integer: true), y: Axis(.math("loss")),
                                   series: [Series(.math("loss"), .line, xs: [0, 1, 2], ys: [5, 3e7, 7.3e9])])
        let svg = SVGPlot.render(plot)
        #expect(svg.contains(">8e+09</text>") && svg.contains(">0</text>"), "\(svg)")
        #expect(!svg.contains("000000000</text>"))
        let text = TextPlot.render(plot, size: .fixed, backend: .ascii)
        #expect(text.contains("e+09 +") && !text.contains("000000000"), "\(text)")
    }
}
