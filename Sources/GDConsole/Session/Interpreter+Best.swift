import GDCore

extension Interpreter {
    /// `show best [LO..HI]`: the weights with the smallest loss, as a small table.
    func showBest(_ range: ClosedRange<Double>, at location: SourceLocation) throws(GDError) {
        try requireData(at: location)
        let t = state.trainer
        let minima = BestFit.minima(t.model, t.data, in: range)
        guard !minima.isEmpty else {
            switch t.model {
            case .line: out(.noBestLine)
            case .affine: out(.noBestAffine)
            case .sine: out(.noLocalMinimum(low: state.numbers.text(range.lowerBound), high: state.numbers.text(range.upperBound)))
            }
            return
        }
        var header = ["w"]
        if t.model.hasBias { header.append("b") }
        header.append(TableHeader.loss.text(state.language))
        if t.model == .sine { header.append("") }
        let rows = minima.map { m -> [String] in
            var row = [state.numbers.text(m.parameters.w)]
            if t.model.hasBias { row.append(state.numbers.text(m.parameters.b)) }
            row.append(state.numbers.text(m.loss))
            if t.model == .sine { row.append(m.isGlobal ? Message.globalMark.text(state.language) : "") }
            return row
        }
        switch t.model {
        case .line: out(.bestLine)
        case .affine: out(.bestAffine)
        case .sine:
            out(.localMinima(minima.count, low: state.numbers.text(range.lowerBound), high: state.numbers.text(range.upperBound)))
        }
        out(TableLayout.render(header: header, rows: rows), terminated: false)
        if let line = stableRateLine() { out(line) }
    }

    /// `show loss at W [B]`: the loss over all points there, the session unmoved.
    func showLoss(at w: Double, _ b: Double?, site: CommandSite) throws(GDError) {
        try requireData(at: site.location)
        let t = state.trainer
        if b != nil { try requireBias(at: site["B"]) }
        let p = Parameters(w: w, b: b ?? t.parameters.b)
        out(.loss(state.numbers.text(t.loss(at: p))))
    }
}
