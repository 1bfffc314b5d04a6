/// Draws a `PlotDescription` as a standalone SVG document: explicit width and height,
/// no external fonts, scripts or links, and the same bytes for the same plot (every
/// coordinate is written with one decimal by integer arithmetic, never by a locale).
///
/// The size stays bounded whatever the data: more than `circleLimit` points become
/// density cells (`binSize` px squares, four shades, runs merged), long lines keep the
/// lowest and highest vertex per pixel column, and the picture says so.
enum SVGPlot {
    static let width = 720
    static let plotArea = (left: 72, top: 40, width: 624, height: 320)
    static let circleLimit = 2000
    static let markerLimit = 500
    static let binSize = 3
    /// Room under the last line of text: a 12 px font's descenders reach about 3 px
    /// below the baseline, and the text should not touch the edge either.
    static let bottomMargin = 10
    /// The padding of an axis that carries markers, as a fraction of the data's span on
    /// each side (matplotlib's default axes margin).
    static let markerMargin = 0.05
    static let colors = ["#1f77b4", "#d62728", "#7f7f7f", "#ff7f0e", "#2ca02c", "#9467bd"]

    static func render(_ plot: PlotDescription) -> String {
        let area = plotArea
        // Markers are circles a few pixels wide: where there are any, the axes are padded
        // so that the outermost ones are whole inside the frame.
        let margin = plot.series.contains { $0.hasMarkers } ? markerMargin : 0
        let yScale = Scale(plot.y, values: plot.series.map(\.ys), target: 6, margin: margin)
        let xScale = Scale(plot.x, values: plot.series.filter { !$0.isCurve }.map(\.xs), target: 8, margin: margin)
        let projection = Projection(x: xScale, y: yScale, spanX: Double(area.width), spanY: Double(area.height))
        var body = ""
        var markers = ""
        var legend: [(sample: String, name: String)] = []
        var notes: [String] = []
        for (index, series) in plot.series.enumerated() {
            let color = colors[index % colors.count]
            let drawn = draw(series, projection, color: color, language: plot.language)
            body += drawn.svg
            markers += drawn.markers
            legend.append((drawn.sample, series.name.text(plot.language)))
            notes += drawn.notes
        }
        notes += plot.notes.map { $0.text(plot.language) }
        // The x label, then one 18 px line per legend entry and note, and `bottomMargin`
        // under the last baseline so descenders ("p", "y") stay inside the image.
        let footer = 24 + 18 + 18 * (legend.count + notes.count) + bottomMargin
        let height = area.top + area.height + footer
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
        font-family="DejaVu Sans, Verdana, NanumGothic, 'Noto Sans CJK KR', 'Malgun Gothic', 'Apple SD Gothic Neo', sans-serif" font-size="12">
        <rect width="\(width)" height="\(height)" fill="#ffffff"/>
        <text x="\(width / 2)" y="24" text-anchor="middle" font-size="15">\(escape(plot.title.text(plot.language)))</text>
        <text x="8" y="24">\(escape(plot.y.label.text(plot.language)))</text>

        """
        // Ticks and grid.
        for (value, label) in zip(yScale.ticks, Ticks.labels(yScale.ticks)) {
            guard let t = yScale.position(value) else { continue }
            let y = Double(area.top) + (1 - t) * Double(area.height)
            out += "<path d=\"M\(n(Double(area.left))) \(n(y))h\(area.width)\" stroke=\"#e5e5e5\"/>"
            out += "<text x=\"\(area.left - 6)\" y=\"\(n(y + 4))\" text-anchor=\"end\">\(escape(label))</text>\n"
        }
        for (value, label) in zip(xScale.ticks, Ticks.labels(xScale.ticks)) {
            guard let t = xScale.position(value) else { continue }
            let x = Double(area.left) + t * Double(area.width)
            out += "<path d=\"M\(n(x)) \(area.top)v\(area.height)\" stroke=\"#e5e5e5\"/>"
            out += "<text x=\"\(n(x))\" y=\"\(area.top + area.height + 16)\" text-anchor=\"middle\">\(escape(label))</text>\n"
        }
        out += "<text x=\"\(area.left + area.width / 2)\" y=\"\(area.top + area.height + 34)\" text-anchor=\"middle\">\(escape(plot.x.label.text(plot.language)))</text>\n"
        // The clip rectangle is in the group's own (translated) coordinates.
        out += "<clipPath id=\"area\"><rect x=\"0\" y=\"0\" width=\"\(area.width)\" height=\"\(area.height)\"/></clipPath>\n"
        out += "<g clip-path=\"url(#area)\" transform=\"translate(\(area.left) \(area.top))\">\n" + body + "</g>\n"
        out += "<rect id=\"frame\" x=\"\(area.left)\" y=\"\(area.top)\" width=\"\(area.width)\" height=\"\(area.height)\" "
            + "fill=\"none\" stroke=\"#000000\" data-x=\"\(NumberFormat.repr(xScale.range.lowerBound)) \(NumberFormat.repr(xScale.range.upperBound))\" "
            + "data-y=\"\(NumberFormat.repr(yScale.range.lowerBound)) \(NumberFormat.repr(yScale.range.upperBound))\"/>\n"
        // Markers over the frame, unclipped: a point on the edge of the range stays whole.
        out += "<g transform=\"translate(\(area.left) \(area.top))\">\n" + markers + "</g>\n"
        var y = area.top + area.height + 58
        for entry in legend {
            out += "<g transform=\"translate(\(area.left) \(y - 4))\">\(entry.sample)</g>"
            out += "<text x=\"\(area.left + 34)\" y=\"\(y)\">\(escape(entry.name))</text>\n"
            y += 18
        }
        for note in notes {
            out += "<text x=\"\(area.left)\" y=\"\(y)\" fill=\"#555555\">\(escape(note))</text>\n"
            y += 18
        }
        return out + "</svg>\n"
    }

    /// One series' elements (in plot-area coordinates), its legend sample and its notes.
    static func draw(_ series: Series, _ projection: Projection, color: String, language: Language)
        -> (svg: String, markers: String, sample: String, notes: [String])
    {
        var svg = ""
        var markers = ""
        var notes: [String] = []
        var trace: Projection.Trace
        let dash = series.stroke == .dotted ? " stroke-dasharray=\"4 3\"" : ""
        var sample = "<path d=\"M0 0h28\" stroke=\"\(color)\" stroke-width=\"2\"\(dash)/>"
        switch series.kind {
        case .points:
            sample = "<circle cx=\"14\" cy=\"0\" r=\"3.5\" fill=\"\(color)\"/>"
            if series.count <= circleLimit {
                trace = projection.trace(series, limit: .max)
                markers += "<g fill=\"\(color)\">"
                for p in trace.runs.joined() where inside(p) { markers += "<circle cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"3.5\"/>" }
                markers += "</g>\n"
            } else {
                let binned = bins(series, projection, color: color)
                svg += binned.svg
                trace = binned.trace
                notes.append(Message.plotDensity(series.name.text(language), points: series.count, cell: binSize).text(language))
            }
        case .line, .path, .curve:
            if case .curve(let f) = series.kind {
                trace = projection.traceCurve(f, samples: plotArea.width)
            } else {
                trace = projection.trace(series, limit: 2 * plotArea.width)
                if trace.kept < series.count - trace.unplaced.reduce(0, +) {
                    notes.append(Message.plotThinnedColumns(series.name.text(language), points: series.count).text(language))
                }
            }
            var d = ""
            for run in trace.runs {
                guard let first = run.first else { continue }
                d += "M\(n(first.x)) \(n(first.y))"
                if run.count == 1 {
                    d += "h0.1"
                    // A lone value (the starting loss before any update, a finite point
                    // between non-finite ones) would be a 0.1 px dash: mark it as a dot.
                    if inside(first) { markers += "<circle cx=\"\(n(first.x))\" cy=\"\(n(first.y))\" r=\"2.5\" fill=\"\(color)\"/>" }
                }
                for p in run.dropFirst() { d += "L\(n(p.x)) \(n(p.y))" }
            }
            svg += "<path d=\"\(d)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" stroke-linejoin=\"round\"\(dash)/>\n"
            if case .path = series.kind {
                let vertices = Array(trace.runs.joined())
                let marked = vertices.count <= markerLimit ? vertices : [vertices.first, vertices.last].compactMap { $0 }
                if marked.count < vertices.count { notes.append(Message.plotMarkedEnds(series.name.text(language), vertices: vertices.count).text(language)) }
                markers += "<g fill=\"\(color)\" stroke=\"#ffffff\">"
                for p in marked where inside(p) { markers += "<circle cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"4\"/>" }
                markers += "</g>\n"
                sample += "<circle cx=\"14\" cy=\"0\" r=\"4\" fill=\"\(color)\"/>"
            }
        }
        for mark in trace.marks.prefix(1000) {
            let x = n(mark.x)
            switch mark.why {
            case .positiveInfinity:
                svg += "<path d=\"M\(x) 0l-5 9h10z\" fill=\"#d62728\"/>"
            case .negativeInfinity, .nonPositive:
                svg += "<path d=\"M\(x) \(plotArea.height)l-5 -9h10z\" fill=\"#d62728\"/>"
            case .nan:
                svg += "<text x=\"\(x)\" y=\"\(plotArea.height - 4)\" text-anchor=\"middle\" fill=\"#d62728\">?</text>"
            }
        }
        let symbol: (Projection.Unplaced) -> String = { why in
            switch why {
            case .positiveInfinity: return Message.plot(.svgMark("▲", top: true)).text(language)
            case .negativeInfinity, .nonPositive: return Message.plot(.svgMark("▼", top: false)).text(language)
            case .nan: return Message.plot(.svgMark("?", top: false)).text(language)
            }
        }
        if let note = TextPlot.note(series.name.text(language), trace.unplaced, language: language, symbol: symbol) { notes.append(note) }
        return (svg, markers, sample, notes)
    }

    /// Whether a position lies in the plot area (to within a pixel), where a marker may go.
    static func inside(_ p: (x: Double, y: Double)) -> Bool {
        p.x >= -1 && p.y >= -1 && p.x <= Double(plotArea.width) + 1 && p.y <= Double(plotArea.height) + 1
    }

    /// Counts points per `binSize` cell, then writes each row's runs of equal shade as one
    /// rectangle in one path per shade. O(n) for the counting; the output is bounded by the
    /// number of cells (208 × 107), not by n.
    static func bins(_ series: Series, _ projection: Projection, color: String) -> (svg: String, trace: Projection.Trace) {
        let columns = (plotArea.width + binSize - 1) / binSize
        let rows = (plotArea.height + binSize - 1) / binSize
        var counts = Array(repeating: 0, count: columns * rows)
        var trace = Projection.Trace()
        let size = Double(binSize)
        counts.withUnsafeMutableBufferPointer { counts in
            series.xs.withUnsafeBufferPointer { xs in
                series.ys.withUnsafeBufferPointer { ys in
                    if let (ax, bx, ay, by) = projection.linear {
                        let scale = 1 / size, spanX = projection.spanX, spanY = projection.spanY
                        for i in 0..<series.count {
                            let px = ax * xs[i] + bx, py = ay * ys[i] + by
                            // The far edges (x = hi, y = lo) belong to the last cells.
                            if px >= 0, py >= 0, px <= spanX, py <= spanY {
                                let c = min(Int(px * scale), columns - 1), r = min(Int(py * scale), rows - 1)
                                counts[r * columns + c] += 1
                            } else if !(xs[i].isFinite && ys[i].isFinite) {
                                let v = xs[i].isFinite ? ys[i] : xs[i]
                                trace.unplaced[Projection.unplaced(v).rawValue] += 1
                            }
                        }
                        return
                    }
                    for i in 0..<series.count {
                        guard let p = projection.pixel(xs[i], ys[i]) else {
                            let v = projection.x.canPlace(xs[i]) ? ys[i] : xs[i]
                            trace.unplaced[Projection.unplaced(v).rawValue] += 1
                            continue
                        }
                        guard p.x >= 0, p.y >= 0, p.x <= projection.spanX, p.y <= projection.spanY else { continue }
                        let c = min(Int(p.x / size), columns - 1), r = min(Int(p.y / size), rows - 1)
                        counts[r * columns + c] += 1
                    }
                }
            }
        }
        let most = counts.max() ?? 0
        guard most > 0 else { return ("", trace) }
        let top = log(Double(most) + 1)
        var paths = Array(repeating: "", count: 4)
        for r in 0..<rows {
            var c = 0
            while c < columns {
                let count = counts[r * columns + c]
                guard count > 0 else { c += 1; continue }
                let shade = min(3, Int(4 * log(Double(count) + 1) / (top + 1e-12)))
                var end = c + 1
                while end < columns, counts[r * columns + end] > 0,
                      min(3, Int(4 * log(Double(counts[r * columns + end]) + 1) / (top + 1e-12))) == shade { end += 1 }
                paths[shade] += "M\(c * binSize) \(r * binSize)h\((end - c) * binSize)v\(binSize)h-\((end - c) * binSize)z"
                c = end
            }
        }
        var svg = ""
        for (shade, d) in paths.enumerated() where !d.isEmpty {
            svg += "<path d=\"\(d)\" fill=\"\(color)\" fill-opacity=\"\(["0.25", "0.45", "0.7", "1"][shade])\"/>\n"
        }
        return (svg, trace)
    }

    /// A coordinate with one decimal, from integer arithmetic: deterministic everywhere.
    static func n(_ v: Double) -> String {
        let tenths = Int((v.clamped(-1e6, 1e6) * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        return a % 10 == 0 ? "\(sign)\(a / 10)" : "\(sign)\(a / 10).\(a % 10)"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
