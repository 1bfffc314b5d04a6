import Testing
@testable import GDConsole

/// The plot engine on its own: ticks, the canvas and its backends, the frame, the legend
/// and how values that cannot be placed are marked, against output written out by hand.
@Suite struct PlotTests {
    @Test func ticksAreNiceNumbersWrittenFromTheirDigits() {
        #expect(Ticks.linear(0, 5.3, target: 4).values == [0, 2, 4, 6])
        #expect(Ticks.linear(0, 0.3, target: 3).values.map(Ticks.label) == ["0", "0.1", "0.2", "0.3"])
        #expect(Ticks.linear(-0.012, 0.049, target: 3).values.map(Ticks.label) == ["-0.05", "0", "0.05"])
        #expect(Ticks.linear(3, 3, target: 4).range == 2.6...3.4)
        #expect(Ticks.linear(0, 3, target: 10, integer: true).values == [0, 1, 2, 3])
        #expect(Ticks.step(for: 0.07) == (1, -1))
        #expect(Ticks.step(for: 1.5) == (2, 0))
        #expect(Ticks.step(for: 3e8) == (5, 8))
        #expect(Ticks.step(for: 7) == (1, 1))
        #expect(Ticks.logarithmic(0.03, 7, target: 5).values == [0.01, 0.1, 1, 10])
        #expect(Ticks.logarithmic(1e-30, 1e30, target: 4).values == [1e-40, 1e-20, 1, 1e20, 1e40])
    }

    @Test func brailleCellsCombineDotsAndAsciiCellsShowTheirGlyph() {
        var braille = Canvas(columns: 2, rows: 1, backend: .braille)
        braille.set(0, 0, glyph: 0)
        braille.set(1, 3, glyph: 0)
        braille.set(2, 1, glyph: 0)
        braille.set(9, 9, glyph: 0)  // outside: ignored
        #expect(braille.line(row: 0) == "⢁⠂")
        var ascii = Canvas(columns: 3, rows: 1, backend: .ascii)
        ascii.set(1, 0, glyph: UInt8(ascii: "/"))
        ascii.mark(column: 2, row: 0, "o")
        #expect(ascii.line(row: 0) == " /o")
    }

    @Test func farAwaySegmentsAreClippedNotWalked() {
        var canvas = Canvas(columns: 4, rows: 2, backend: .ascii)
        var phase = 0
        canvas.line(from: (-1e6, 1), to: (1e6, 1), dotted: false, phase: &phase)
        #expect(canvas.line(row: 1) == "----")
        #expect(phase == 4)
        canvas.line(from: (-1e300, 0), to: (1e300, 1e300), dotted: false, phase: &phase)
        #expect(phase < 10)
        #expect(Canvas.clip((-5, -5), (-1, -1), width: 3, height: 3) == nil)
    }

    /// A whole small plot, drawn out by hand: the frame, ticks at 0, 1 and 2, a rising
    /// line drawn with '/', a marker, the labels and the legend.
    @Test func asciiPlotLayout() {
        let plot = PlotDescription(
            title: .math("t"), x: Axis(.math("x"), range: 0...2), y: Axis(.math("y"), range: 0...2),
            series: [Series(.math("up"), .line, xs: [0, 2], ys: [0, 2]), Series(.math("p"), .points, xs: [2], ys: [0])])
        let text = TextPlot.render(plot, size: PlotSize(columns: 16, rows: 14), backend: .ascii)
        let expected = """
        y       t
          +------------+
        2 +           /|
          |         // |
          |       //   |
        1 +     //     |
          |   //       |
          | //         |
        0 +/          o|
          ++-----+----++
           0     1    2
                x
          -- up
          o p

        """
        #expect(text == expected)
    }

    @Test func nonFiniteValuesAreMarkedAndBreakTheLine() {
        let plot = PlotDescription(
            title: .math("loss"), x: Axis(.math("step"), range: 0...4), y: Axis(.math("loss"), range: 0...4),
            series: [Series(.math("loss"), .line, xs: [0, 1, 2, 3, 4], ys: [1, .infinity, 1, .nan, 1])])
        let text = TextPlot.render(plot, size: PlotSize(columns: 16, rows: 12), backend: .ascii)
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Canvas rows are lines 2...7; the frame's first column is at offset 3.
        let canvas = rows[2...7].map { Array($0.dropFirst(3).prefix(11)) }
        #expect(canvas[0].contains("^"), "+inf is marked at the top: \(text)")
        #expect(canvas[5].contains("?"), "NaN is marked at the bottom: \(text)")
        // The line at y = 1 is drawn only around x = 0, 2 and 4: never across the gaps.
        let lineRow = canvas[4]
        #expect(!lineRow.contains("-") || lineRow.filter { $0 == "-" }.count <= 3, "\(text)")
        #expect(text.contains("loss: 1 +inf (^), 1 NaN (?) not drawn as numbers"))
        let unicode = TextPlot.render(plot, size: PlotSize(columns: 16, rows: 12), backend: .braille)
        #expect(unicode.contains("↑") && unicode.contains("loss: 1 +inf (↑), 1 NaN (?)"))
    }

    /// A curve is sampled as many one-pixel segments; dotted must still leave gaps.
    @Test func dottedCurveStaysDotted() {
        let plot = PlotDescription(title: .math(""), x: Axis(.math("x"), range: 0...1), y: Axis(.math("y"), range: -1...1),
                                   series: [Series(.math("flat"), .curve { _ in 0 }, stroke: .dotted)])
        let text = TextPlot.render(plot, size: PlotSize(columns: 40, rows: 12), backend: .ascii)
        let row = text.split(separator: "\n").first { $0.contains(".") && $0.contains("0 +") } ?? ""
        let dots = row.filter { $0 == "." }.count
        #expect(dots >= 8 && dots <= 14, "\(text)")
    }

    /// Many points go straight into the cells; those that are not finite are counted.
    @Test func densePointsFillTheirCellsAndCountNonFinite() {
        let xs = (0..<1000).map { Double($0) / 999 } + [0.5, .nan, .infinity]
        let ys = (0..<1000).map { Double($0) / 999 } + [.nan, 0.5, 0.5]
        let plot = PlotDescription(title: .math(""), x: Axis(.math("x"), range: 0...1), y: Axis(.math("y"), range: 0...1),
                                   series: [Series(.math("d"), .points, xs: xs, ys: ys)])
        let ascii = TextPlot.render(plot, size: PlotSize(columns: 16, rows: 14), backend: .ascii)
        #expect(ascii.contains("0 +:") && ascii.contains(":|"), "\(ascii)")
        #expect(ascii.contains("d: 1 +inf (^), 2 NaN (?) not drawn as numbers"), "\(ascii)")
        let braille = TextPlot.render(plot, size: PlotSize(columns: 16, rows: 14), backend: .braille)
        #expect(braille.contains("⣿ d") && braille.contains("0 ┤⡴") && braille.contains("⠞│"), "\(braille)")
    }

    @Test func logAxisMarksValuesAtOrBelowZero() {
        let plot = PlotDescription(title: .math(""), x: Axis(.math("x")), y: Axis(.math("y"), log: true),
                                   series: [Series(.math("s"), .line, xs: [0, 1, 2], ys: [10, 0, 0.1])])
        let text = TextPlot.render(plot, size: .fixed, backend: .ascii)
        #expect(text.contains("s: 1 ≤ 0 on the log axis (v) not drawn as numbers"))
        #expect(text.contains(" 10 +") && text.contains("0.1 +"))
    }

    @Test func fixedSizeIsKeptWithAnyLegend() {
        for count in 1...3 {
            let series = (0..<count).map { Series(.math("s\($0)"), .line, xs: [0, 1], ys: [0, Double($0)]) }
            let text = TextPlot.render(PlotDescription(title: .math("t"), x: Axis(.math("x")), y: Axis(.math("y")), series: series),
                                       size: .fixed, backend: .braille)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == 20)
            #expect(lines.allSatisfy { $0.count <= 72 })
        }
    }

    @Test func svgIsDeterministicAndBoundedForManyPoints() {
        let n = 1_000_000
        var xs = [Double](repeating: 0, count: n), ys = xs
        for i in 0..<n {
            xs[i] = Double(i % 1000) / 1000
            ys[i] = Double((i * 7919) % 1009) / 1009
        }
        let plot = PlotDescription(title: .math("many"), x: Axis(.math("x")), y: Axis(.math("y")),
                                   series: [Series(.math("data"), .points, xs: xs, ys: ys), Series(.math("line"), .curve { $0 })])
        let a = SVGPlot.render(plot), b = SVGPlot.render(plot)
        #expect(a == b)
        #expect(a.utf8.count < 1_000_000)
        #expect(a.contains("1000000 points drawn as density"))
        #expect(a.hasPrefix("<?xml") && a.contains("width=\"720\"") && !a.contains("href"))
    }

    /// Points on the far edges of the range (x = max, y = min) land in the last cells.
    /// (The ranges are fixed: a range from the data is padded, so points are not on its edges.)
    @Test func svgBinsKeepPointsOnTheEdges() {
        let n = 3000
        let xs = (0..<n).map { Double($0 % 2) }, ys = (0..<n).map { Double($0 % 2) }
        for (axis, top) in [(Axis(.math("y"), range: 1...2), 2.0), (Axis(.math("y"), range: 1...10, log: true), 10)] {
            let svg = SVGPlot.render(PlotDescription(title: .math(""), x: Axis(.math("x"), range: 0...1), y: axis,
                                                     series: [Series(.math("d"), .points, xs: xs, ys: ys.map { $0 == 0 ? 1 : top })]))
            // Two occupied cells: bottom-left and top-right, each a 3 px square.
            #expect(svg.contains("M0 318h3v3h-3z") && svg.contains("M621 0h3v3h-3z"), "\(svg)")
        }
    }

    /// Points from the data's own range are padded off the frame (matplotlib's 5% margin),
    /// so a marker at the smallest or largest x or y is whole; ticks stay inside the range.
    @Test func svgPadsTheRangeOfMarkedPoints() {
        let plot = PlotDescription(title: .math(""), x: Axis(.math("x")), y: Axis(.math("y")),
                                   series: [Series(.math("d"), .points, xs: [0, 1, 2, 3, 4, 5], ys: [0, 0.8, 2.2, 2.3, 4.3, 4.9])])
        let svg = SVGPlot.render(plot)
        #expect(svg.contains("data-x=\"-0.25 5.25\""), "\(svg)")
        #expect(svg.contains("data-y=\"-0.245"), "\(svg)")
        #expect(!svg.contains(">-1</text>") && !svg.contains(">6</text>"), "no tick outside the padded range")
        // A line alone keeps its range widened to ticks (nothing to cut in half on the frame).
        let line = SVGPlot.render(PlotDescription(title: .math(""), x: Axis(.math("x")), y: Axis(.math("y")),
                                                  series: [Series(.math("d"), .line, xs: [0, 5], ys: [0, 4.9])]))
        #expect(line.contains("data-x=\"0.0 5.0\""), "\(line)")
    }

    @Test func svgNumbersHaveOneDecimal() {
        #expect(SVGPlot.n(1.25) == "1.3" || SVGPlot.n(1.25) == "1.2")
        #expect(SVGPlot.n(-0.04) == "0")
        #expect(SVGPlot.n(-3.96) == "-4")
        #expect(SVGPlot.n(12.34) == "12.3")
        #expect(SVGPlot.n(.infinity) == "1000000")
        #expect(SVGPlot.escape("a<b & \"c\"") == "a&lt;b &amp; &quot;c&quot;")
    }
}
