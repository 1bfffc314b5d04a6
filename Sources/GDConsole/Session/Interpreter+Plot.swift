import GDCore

/// The one place that reads the session for plots: the weights, the history rows and
/// the data become a `PlotDescription`. Everything else about plots (layout, canvases,
/// SVG) knows nothing of the session, so a change of model touches only this file.
extension Interpreter {
    /// Above this many update rows, `plot loss` draws one point per epoch (when there are epochs).
    static let lossPerUpdateLimit = 1000

    func plotDescription(_ request: PlotRequest, at location: SourceLocation) throws(GDError) -> PlotDescription {
        let t = state.trainer
        guard !t.data.isEmpty else {
            throw GDError(.noData, .noDataToPlot, at: location)
        }
        switch request.kind {
        case .fit: return fitPlot(t)
        case .loss: return lossPlot(t, log: request.logScale)
        case .path: return pathPlot(t)
        case .sweep: return try sweepPlot(at: location)
        }
    }

    /// The points, the current line and (once it has moved) the starting line.
    func fitPlot(_ t: Trainer) -> PlotDescription {
        let now = t.parameters, start = t.startParameters, model = t.model
        var series = [
            Series(.plotData(points: t.data.count), .points, xs: t.data.xs, ys: t.data.ys),
            Series(.plotLineNow(formula(model, now)), .curve { model.predict($0, now) }),
        ]
        if t.steps > 0 || !now.sameBits(as: start) {
            series.append(Series(.plotLineStart(formula(model, start)), .curve { model.predict($0, start) }, stroke: .dotted))
        }
        return PlotDescription(title: .plotFitTitle(steps: t.steps), x: Axis(.math("x")), y: Axis(.math("y")), series: series,
                               language: state.language)
    }

    /// "y = 0.5·x", "y = 0.5·x + 1", "y = sin(0.5·x)": the fitted curve's legend.
    func formula(_ model: ModelKind, _ p: Parameters) -> String {
        let w = state.numbers.text(p.w)
        switch model {
        case .line: return "y = \(w)·x"
        case .affine: return "y = \(w)·x + \(state.numbers.text(p.b))"
        case .sine: return "y = sin(\(w)·x)"
        }
    }

    /// The loss over all points after each update (step 0: before any), or after each
    /// epoch when the updates are many.
    func lossPlot(_ t: Trainer, log: Bool) -> PlotDescription {
        let history = t.history
        var notes: [Message] = []
        let xs: [Double], ys: [Double], unit: PlotUnit
        if history.updates.count > Interpreter.lossPerUpdateLimit, let first = history.epochs.first {
            unit = .epoch
            xs = [Double(first.epoch - 1)] + history.epochs.map { Double($0.epoch) }
            ys = [t.loss(at: Parameters(w: first.wBefore, b: first.bBefore))] + history.epochs.map(\.loss)
        } else {
            unit = .update
            xs = [0] + history.updates.map { Double($0.step) }
            let start = history.updates.first?.before ?? t.startParameters
            let loss = UpdateLoss(t)
            ys = [t.loss(at: start)] + history.updates.map(loss.after)
            if history.isThinned { notes.append(.plotThinned(stride: history.stride)) }
            if history.updates.isEmpty { notes.append(.plotNoUpdates) }
        }
        let series = Series(.plotLossSeries(points: t.data.count), .line, xs: xs, ys: ys)
        return PlotDescription(title: .plotLossTitle(unit, log: log), x: Axis(.plotUnit(unit), integer: true),
                               y: Axis(.plotLossAxis, log: log), series: [series], notes: notes,
                               language: state.language)
    }

    /// L(w) over the weights visited and the best one, with the visits marked in order.
    func pathPlot(_ t: Trainer) -> PlotDescription {
        if t.model == .affine { return contourPlot(t) }
        let model = t.model
        let plain = t.data
        // L(w) of the session's model (b has no part in the line and the sine models).
        let data = (loss: { (w: Double) in plain.loss(at: Parameters(w: w), model: model) },
                    optimalWeight: model == .line ? plain.optimalWeight
                        : (BestFit.minima(model, plain, in: -5...5).first { $0.isGlobal }?.parameters.w ?? .nan))
        let visited = [t.history.startWeight] + t.history.updates.map(\.wAfter)
        let best = data.optimalWeight
        let finite = (visited + [best]).filter(\.isFinite)
        var lo = finite.min() ?? 0, hi = finite.max() ?? 1
        let pad = hi > lo ? (hi - lo) * 0.1 : max(abs(lo) * 0.1, 1)
        lo -= pad
        hi += pad
        // The landscape decides the height, not only the weights visited.
        let samples = (0...64).map { data.loss(lo + Double($0) / 64 * (hi - lo)) } + visited.map { data.loss($0) }
        let heights = samples.filter(\.isFinite)
        let yRange = Ticks.linear(heights.min() ?? 0, heights.max() ?? 1, target: 4).range
        let series = [
            Series(.math("L(w)"), .curve { data.loss($0) }, stroke: .dotted),
            Series(.plotVisited(weights: visited.count), .path,
                   xs: visited, ys: visited.map { data.loss($0) }),
        ]
        var notes: [Message] = [.plotBest(w: state.numbers.text(best), loss: state.numbers.text(data.loss(best)))]
        if t.history.isThinned { notes.append(.plotThinned(stride: t.history.stride)) }
        return PlotDescription(title: .plotPathTitle, x: Axis(.math("w"), range: lo...hi), y: Axis(.math("L(w)"), range: yRange),
                               series: series, notes: notes, language: state.language)
    }
}
