/// Draws a `PlotDescription` as lines of text: a title, a framed canvas with tick values
/// on the left and below, the x label, a legend and notes, in exactly `size`
/// characters (lines are not padded on the right).
///
/// The frame and the cells come from the backend: box-drawing and Braille at a UTF-8
/// terminal, `+ - |` and ASCII glyphs otherwise, so a plot reads the same either way.
enum TextPlot {
    /// Up to this many points are drawn as markers; more are density pixels.
    static let markerLimit = 400

    static func render(_ plot: PlotDescription, size: PlotSize, backend: Canvas.Backend) -> String {
        let unicode = backend == .braille
        let legendLines = plot.series.count
        let rows = max(3, size.rows - 5 - legendLines - plot.notes.count)
        let yScale = Scale(plot.y, values: plot.series.map(\.ys), target: max(2, rows / 4))
        let yLabels = Ticks.labels(yScale.ticks)
        let labelWidth = yLabels.map(DisplayWidth.columns).max() ?? 1
        let columns = max(10, size.columns - labelWidth - 3)
        let xScale = Scale(plot.x, values: plot.series.filter { !$0.isCurve }.map(\.xs), target: max(2, columns / 14))

        var canvas = Canvas(columns: columns, rows: rows, backend: backend)
        let projection = Projection(x: xScale, y: yScale, spanX: Double(canvas.pixelWidth - 1),
                                    spanY: Double(canvas.pixelHeight - 1))
        let say = { (message: Message) in message.text(plot.language) }
        var notes: [String] = []
        var legend: [String] = []
        for series in plot.series {
            let (sample, note) = draw(series, on: &canvas, projection, unicode: unicode, language: plot.language)
            legend.append("  \(sample) \(say(series.name))")
            if let note { notes.append(note) }
        }
        notes += plot.notes.map(say)

        let frame = unicode ? Frame.unicode : Frame.ascii
        var lines: [String] = []
        let pad = String(repeating: " ", count: labelWidth)
        lines.append(centred(say(plot.title), over: columns, offset: labelWidth + 2, prefix: say(plot.y.label)))
        lines.append(pad + " " + String(frame.topLeft) + String(repeating: frame.horizontal, count: columns) + String(frame.topRight))
        var yTickRows: [Int: String] = [:]
        for (value, label) in zip(yScale.ticks, yLabels) {
            guard let t = yScale.position(value) else { continue }
            let row = Int(((1 - t) * Double(rows - 1)).rounded())
            if yTickRows[row] == nil, row >= 0, row < rows { yTickRows[row] = label }
        }
        for row in 0..<rows {
            let label = yTickRows[row].map { String(repeating: " ", count: labelWidth - $0.count) + $0 } ?? pad
            let left = yTickRows[row] == nil ? frame.vertical : frame.leftTick
            lines.append(label + " " + String(left) + canvas.line(row: row) + String(frame.vertical))
        }
        var bottom = Array(String(repeating: frame.horizontal, count: columns))
        var tickLine = Array(repeating: Character(" "), count: max(size.columns, labelWidth + columns + 3))
        var lastEnd = -1
        for (value, text) in zip(xScale.ticks, Ticks.labels(xScale.ticks)) {
            guard let t = xScale.position(value) else { continue }
            let col = Int((t * Double(columns - 1)).rounded())
            guard col >= 0, col < columns else { continue }
            bottom[col] = frame.bottomTick
            let label = Array(text)
            var start = labelWidth + 2 + col - label.count / 2
            start = min(max(start, 0), tickLine.count - label.count)
            guard start > lastEnd, start >= 0 else { continue }
            for (k, c) in label.enumerated() { tickLine[start + k] = c }
            lastEnd = start + label.count
        }
        lines.append(pad + " " + String(frame.bottomLeft) + String(bottom) + String(frame.bottomRight))
        lines.append(String(tickLine))
        lines.append(centred(say(plot.x.label), over: columns, offset: labelWidth + 2, prefix: ""))
        lines += legend
        lines += notes.map { "  " + $0 }
        return lines.map(trimmed).joined(separator: "\n") + "\n"
    }

    /// Draws one series; returns its legend sample and a note about what it could not draw.
    static func draw(_ series: Series, on canvas: inout Canvas, _ projection: Projection, unicode: Bool,
                     language: Language) -> (String, String?) {
        let solid = series.stroke == .solid
        var phase = 0
        var trace: Projection.Trace
        var sample: String
        switch series.kind {
        case .points:
            if series.count <= markerLimit {
                trace = projection.trace(series, limit: .max)
                for run in trace.runs {
                    for p in run { canvas.mark(Int(p.x.rounded()), Int(p.y.rounded()), series.marker ?? "o") }
                }
                sample = String(series.marker ?? "o")
            } else {
                trace = dense(series, on: &canvas, projection)
                sample = unicode ? "⣿" : ":"
            }
        case .line, .path, .curve:
            if case .curve(let f) = series.kind {
                trace = projection.traceCurve(f, samples: canvas.pixelWidth)
            } else {
                trace = projection.trace(series, limit: 4 * canvas.pixelWidth)
            }
            for run in trace.runs {
                if run.count == 1, let p = run.first {
                    canvas.set(Int(p.x.rounded()), Int(p.y.rounded()), glyph: solid ? UInt8(ascii: "-") : UInt8(ascii: "."))
                }
                for k in run.indices.dropFirst() {
                    canvas.line(from: run[k - 1], to: run[k], dotted: !solid, phase: &phase, continuing: k > 1)
                }
            }
            sample = solid ? (unicode ? "⣀⣀" : "--") : (unicode ? "⢀⢀" : "..")
            if let marker = series.marker {
                let vertices = trace.runs.flatMap { $0 }
                let every = max(1, vertices.count / 12)
                for (k, p) in vertices.enumerated() where k % every == every / 2 {
                    canvas.mark(Int(p.x.rounded()), Int(p.y.rounded()), marker)
                }
                sample = String(sample.prefix(1)) + String(marker) + String(sample.prefix(1))
            }
            if case .path = series.kind {
                let vertices = trace.runs.flatMap { $0 }
                let marked = vertices.count <= markerLimit ? vertices : [vertices.first, vertices.last].compactMap { $0 }
                for p in marked { canvas.mark(Int(p.x.rounded()), Int(p.y.rounded()), "*") }
                sample = "*" + sample.prefix(1) + "*"
            }
        }
        for mark in trace.marks {
            let column = Int(mark.x.rounded()) / canvas.backend.pixelsPerCell.x
            switch mark.why {
            case .positiveInfinity: canvas.mark(column: column, row: 0, unicode ? "↑" : "^")
            case .negativeInfinity, .nonPositive: canvas.mark(column: column, row: canvas.rows - 1, unicode ? "↓" : "v")
            case .nan: canvas.mark(column: column, row: canvas.rows - 1, "?")
            }
        }
        return (sample, note(series.name.text(language), trace.unplaced, unicode: unicode, language: language))
    }

    /// Sets one pixel per point, straight from the scales: O(n), no intermediate arrays.
    static func dense(_ series: Series, on canvas: inout Canvas, _ projection: Projection) -> Projection.Trace {
        var trace = Projection.Trace()
        let n = series.count
        series.xs.withUnsafeBufferPointer { xs in
            series.ys.withUnsafeBufferPointer { ys in
                if let (ax, bx, ay, by) = projection.linear {
                    trace.unplaced = canvas.scatter(xs, ys, ax: ax, bx: bx, ay: ay, by: by, glyph: UInt8(ascii: ":"))
                    return
                }
                for i in 0..<n {
                    guard let p = projection.pixel(xs[i], ys[i]) else {
                        let v = projection.x.canPlace(xs[i]) ? ys[i] : xs[i]
                        trace.unplaced[Projection.unplaced(v).rawValue] += 1
                        continue
                    }
                    canvas.set(Int(p.x.rounded()), Int(p.y.rounded()), glyph: UInt8(ascii: ":"))
                }
            }
        }
        trace.kept = n
        return trace
    }

    /// "loss: 2 +inf (↑), 1 NaN (?) not drawn" — nil when everything was placed.
    static func note(_ name: String, _ counts: [Int], unicode: Bool, language: Language) -> String? {
        note(name, counts, language: language) { why in
            switch why {
            case .positiveInfinity: return unicode ? "↑" : "^"
            case .negativeInfinity, .nonPositive: return unicode ? "↓" : "v"
            case .nan: return "?"
            }
        }
    }

    /// The same with the writer's own symbols for each kind.
    static func note(_ name: String, _ counts: [Int], language: Language,
                     symbol: (Projection.Unplaced) -> String) -> String? {
        var parts: [UnplacedCount] = []
        for why in Projection.Unplaced.allCases where counts[why.rawValue] > 0 {
            parts.append(UnplacedCount(count: counts[why.rawValue], kind: why.rawValue, symbol: symbol(why)))
        }
        guard !parts.isEmpty else { return nil }
        return Message.plotUnplaced(name, parts).text(language)
    }

    /// `text` centred over the canvas, with `prefix` at the left edge when it fits.
    static func centred(_ text: String, over columns: Int, offset: Int, prefix: String) -> String {
        let used = DisplayWidth.columns(prefix)
        let start = max(offset + (columns - DisplayWidth.columns(text)) / 2, prefix.isEmpty ? 0 : used + 2)
        return prefix + String(repeating: " ", count: max(0, start - used)) + text
    }

    static func trimmed(_ line: String) -> String {
        var s = Substring(line)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    /// The frame's characters.
    struct Frame {
        var topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical, leftTick, bottomTick: Character
        static let unicode = Frame(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─",
                                   vertical: "│", leftTick: "┤", bottomTick: "┬")
        static let ascii = Frame(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-",
                                 vertical: "|", leftTick: "+", bottomTick: "+")
    }
}
