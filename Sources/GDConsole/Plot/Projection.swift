/// Places data on a drawing: x and y scales stretched over a pixel extent (y downward),
/// and the walk along a line that both writers share — breaks at values that cannot be
/// placed, marks for them, and thinning of very long lines.
struct Projection {
    var x: Scale
    var y: Scale
    /// Pixel positions run over 0...spanX and 0...spanY.
    var spanX: Double
    var spanY: Double

    /// Why a value has no place on the drawing. Such values are marked at the edge and
    /// counted in a note, never drawn as if they were numbers.
    enum Unplaced: Int, CaseIterable, Sendable {
        case positiveInfinity, negativeInfinity, nan, nonPositive
        // Worded by `Message.plotUnplaced` in each language.
    }

    static func unplaced(_ v: Double) -> Unplaced {
        if v.isNaN { return .nan }
        if v == .infinity { return .positiveInfinity }
        if v == -.infinity { return .negativeInfinity }
        return .nonPositive
    }

    /// For two linear scales, pixel = a·value + b on each axis: the dense loops' fast path.
    var linear: (ax: Double, bx: Double, ay: Double, by: Double)? {
        guard !x.log, !y.log else { return nil }
        let ax = spanX / (x.range.upperBound - x.range.lowerBound)
        let ay = -spanY / (y.range.upperBound - y.range.lowerBound)
        return (ax, -x.range.lowerBound * ax, ay, spanY - y.range.lowerBound * ay)
    }

    /// A data point's pixel position, or nil when either value cannot be placed.
    @inline(__always)
    func pixel(_ vx: Double, _ vy: Double) -> (x: Double, y: Double)? {
        guard let tx = x.position(vx), let ty = y.position(vy) else { return nil }
        return (tx * spanX, (1 - ty) * spanY)
    }

    /// What a line or path becomes: unbroken runs of pixel positions, the marks for
    /// points whose y cannot be placed (at their x), and how many of each kind there were.
    struct Trace {
        var runs: [[(x: Double, y: Double)]] = []
        var marks: [(x: Double, why: Unplaced)] = []
        var unplaced: [Int] = Array(repeating: 0, count: Unplaced.allCases.count)
        /// Vertices actually kept (≤ the series' count when thinned).
        var kept = 0
    }

    /// Walks a series in order. Above `limit` vertices, each pixel column keeps only the
    /// lowest and highest vertex that fell in it (in their order), which draws the same
    /// envelope with a bounded number of segments.
    ///
    /// - Complexity: O(n) in the series' length.
    func trace(_ series: Series, limit: Int) -> Trace {
        var trace = Trace()
        let n = series.count
        var run: [(x: Double, y: Double)] = []
        let thin = n > limit
        var column = Int.min
        var low: (x: Double, y: Double, i: Int)?
        var high: (x: Double, y: Double, i: Int)?
        func flushColumn() {
            guard let l = low, let h = high else { return }
            if l.i == h.i { run.append((l.x, l.y)) } else if l.i < h.i { run += [(l.x, l.y), (h.x, h.y)] } else { run += [(h.x, h.y), (l.x, l.y)] }
            low = nil
            high = nil
        }
        func endRun() {
            flushColumn()
            if !run.isEmpty { trace.kept += run.count; trace.runs.append(run) }
            run = []
        }
        for i in 0..<n {
            let vx = series.xs[i], vy = series.ys[i]
            guard let p = pixel(vx, vy) else {
                endRun()
                if !x.canPlace(vx) {
                    trace.unplaced[Projection.unplaced(vx).rawValue] += 1
                } else {
                    let why = Projection.unplaced(vy)
                    trace.unplaced[why.rawValue] += 1
                    if let tx = x.position(vx), trace.marks.count < 4096 { trace.marks.append((tx * spanX, why)) }
                }
                continue
            }
            guard thin else { run.append(p); continue }
            let c = Int(p.x.rounded(.down).clamped(-1e9, 1e9))
            if c != column { flushColumn(); column = c }
            if low == nil || p.y > low?.y ?? 0 { low = (p.x, p.y, i) }
            if high == nil || p.y < high?.y ?? 0 { high = (p.x, p.y, i) }
        }
        endRun()
        return trace
    }

    /// `y = f(x)` sampled at `samples + 1` evenly spaced x positions, as a trace.
    func traceCurve(_ f: (Double) -> Double, samples: Int) -> Trace {
        var xs: [Double] = []
        var ys: [Double] = []
        for k in 0...max(samples, 1) {
            let vx = x.value(at: Double(k) / Double(max(samples, 1)))
            xs.append(vx)
            ys.append(f(vx))
        }
        var trace = self.trace(Series(.math(""), .line, xs: xs, ys: ys), limit: .max)
        // A curve is evaluated, not given: where it has no value, say so once per kind.
        trace.unplaced = trace.unplaced.map { min($0, 1) }
        return trace
    }
}

extension Double {
    func clamped(_ lo: Double, _ hi: Double) -> Double { Swift.min(Swift.max(self, lo), hi) }
}
