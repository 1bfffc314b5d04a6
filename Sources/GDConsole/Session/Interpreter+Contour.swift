import GDCore

/// `plot path` for the affine model: a contour map of L(w, b) with the path over it.
///
/// The plot engine draws points, lines and paths; a contour is drawn as the points where
/// each level crosses the edges of a fine grid (linear interpolation along the edge), so
/// with thousands of them the terminal shows them as dotted curves and the SVG as
/// density cells, with no new kind of series in the engine.
extension Interpreter {
    /// Grid cells per side, and contour levels.
    static let contourGrid = 120
    static let contourLevels = 6

    func contourPlot(_ t: Trainer) -> PlotDescription {
        let visited = [t.history.updates.first?.before ?? t.startParameters] + t.history.updates.map(\.after)
        let best = BestFit.minima(.affine, t.data, in: -5...5).first?.parameters
        let all = (visited + (best.map { [$0] } ?? [])).filter(\.isFinite)
        func padded(_ values: [Double]) -> (Double, Double) {
            var lo = values.min() ?? 0, hi = values.max() ?? 1
            let pad = hi > lo ? (hi - lo) * 0.15 : max(abs(lo) * 0.15, 1)
            lo -= pad
            hi += pad
            return (lo, hi)
        }
        let (w0, w1) = padded(all.map(\.w))
        let (b0, b1) = padded(all.map(\.b))
        let m = Self.contourGrid
        var grid = [Double](repeating: 0, count: (m + 1) * (m + 1))
        for i in 0...m {
            for j in 0...m {
                let p = Parameters(w: w0 + Double(i) / Double(m) * (w1 - w0), b: b0 + Double(j) / Double(m) * (b1 - b0))
                grid[i * (m + 1) + j] = t.loss(at: p)
            }
        }
        let finite = grid.filter(\.isFinite)
        let low = best.map { t.loss(at: $0) } ?? (finite.min() ?? 0)
        let high = finite.max() ?? 1
        // Levels crowd towards the minimum, where the path ends.
        let levels = (1...Self.contourLevels).map { k -> Double in
            let q = Double(k) / Double(Self.contourLevels + 1)
            return low + (high - low) * q * q
        }
        var cx: [Double] = [], cy: [Double] = []
        func at(_ i: Int, _ j: Int) -> Double { grid[i * (m + 1) + j] }
        for level in levels {
            for i in 0...m {
                for j in 0...m {
                    let v = at(i, j)
                    if i < m {
                        let u = at(i + 1, j)
                        if (v - level) * (u - level) < 0 {
                            let f = (level - v) / (u - v)
                            cx.append(w0 + (Double(i) + f) / Double(m) * (w1 - w0))
                            cy.append(b0 + Double(j) / Double(m) * (b1 - b0))
                        }
                    }
                    if j < m {
                        let u = at(i, j + 1)
                        if (v - level) * (u - level) < 0 {
                            let f = (level - v) / (u - v)
                            cx.append(w0 + Double(i) / Double(m) * (w1 - w0))
                            cy.append(b0 + (Double(j) + f) / Double(m) * (b1 - b0))
                        }
                    }
                }
            }
        }
        var series = [
            Series(.math("L(w, b) = \(levels.map { state.numbers.text(NumberStyle.rounded($0, digits: 3)) }.joined(separator: ", "))"),
                   .points, xs: cx, ys: cy),
            Series(.plot(.contourVisited(pairs: visited.count)), .path,
                   xs: visited.map(\.w), ys: visited.map(\.b)),
        ]
        var notes: [Message] = []
        if let best {
            series.append(Series(.plot(.best), .points, xs: [best.w], ys: [best.b]))
            notes.append(.plot(.contourBest(w: state.numbers.text(best.w), b: state.numbers.text(best.b),
                                            loss: state.numbers.text(t.loss(at: best)))))
        }
        if t.history.isThinned { notes.append(.plotThinned(stride: t.history.stride)) }
        return PlotDescription(title: .plot(.contourTitle), x: Axis(.math("w"), range: w0...w1),
                               y: Axis(.math("b"), range: b0...b1), series: series, notes: notes, language: state.language)
    }
}
