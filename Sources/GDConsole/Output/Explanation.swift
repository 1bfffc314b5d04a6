import GDCore

/// `explain`'s text: one update written out as the lecture writes it.
///
/// The form is the lecture's: the formula; the same line with the numbers substituted
/// (each point's x, ŷ and residual, the 1/n, the −2 and α); the gradient; the new weight.
/// Every number printed is a value the arithmetic actually produced (`UpdateArithmetic`),
/// so a reader can redo the sums on paper and land on gd's weight.
enum Explanation {
    /// The lines for `a`, under a heading line.
    ///
    /// Hook for optimisers: a rule other than plain w − α·g adds its state arithmetic
    /// (moments, bias correction, the step it takes) between the gradient and the new
    /// weight lines, from a value like `UpdateArithmetic` that carries the optimiser state
    /// before and after; everything above the new-weight line stays as it is.
    static func lines(_ a: UpdateArithmetic, heading: String, _ style: NumberStyle) -> [String] {
        let t = { (v: Double) in style.text(v) }
        // A negative number inside a product is bracketed, as on paper.
        let f = { (v: Double) in v < 0 || (v == 0 && v.sign == .minus) ? "(\(style.text(v)))" : style.text(v) }
        var out = [heading]
        let n = a.count
        switch a.model {
        case .line: out.append("  ∂L/∂w = (1/n)·(−2)·Σ(yᵢ − ŷᵢ)·xᵢ,  ŷᵢ = w·xᵢ")
        case .affine:
            out.append("  ∂L/∂w = (1/n)·(−2)·Σ(yᵢ − ŷᵢ)·xᵢ,  ∂L/∂b = (1/n)·(−2)·Σ(yᵢ − ŷᵢ),  ŷᵢ = w·xᵢ + b")
        case .sine: out.append("  ∂L/∂w = (1/n)·(−2)·Σ(yᵢ − ŷᵢ)·cos(w·xᵢ)·xᵢ,  ŷᵢ = sin(w·xᵢ)")
        }
        /// Two lines: the prediction, then the residual and the term it adds.
        func pointLine(_ p: UpdateArithmetic.Term) -> String {
            let yhat: String
            switch a.model {
            case .line: yhat = "ŷ = \(f(a.before.w))·\(f(p.x)) = \(t(p.prediction))"
            case .affine: yhat = "ŷ = \(f(a.before.w))·\(f(p.x)) + \(f(a.before.b)) = \(t(p.prediction))"
            case .sine: yhat = "ŷ = sin(\(f(a.before.w))·\(f(p.x))) = \(t(p.prediction))"
            }
            let residual = "y − ŷ = \(t(p.y)) − \(f(p.prediction)) = \(t(p.residual))"
            let term = a.model == .sine
                ? "(y − ŷ)·cos(w·x)·x = \(f(p.residual))·\(f(p.slope))·\(f(p.x)) = \(t(p.termW))"
                : "(y − ŷ)·x = \(f(p.residual))·\(f(p.x)) = \(t(p.termW))"
            return "  point \(p.index): x = \(t(p.x)), \(yhat)\n      \(residual), \(term)"
        }
        for p in a.head { out.append(pointLine(p)) }
        if a.elided > 0 { out.append("  … \(a.elided) more point\(a.elided == 1 ? "" : "s") …") }
        for p in a.tail { out.append(pointLine(p)) }

        func substituted(_ terms: (UpdateArithmetic.Term) -> Double) -> String {
            var parts = a.head.map { f(terms($0)) }
            if a.elided > 0 { parts.append("… \(a.elided) more …") }
            parts += a.tail.map { f(terms($0)) }
            return parts.joined(separator: " + ")
        }
        let order = n >= 8 ? "  (Σ added in numpy's pairwise order, as the update added it)" : nil
        // One point: the sum is the term itself, so the bracketed line would say it twice.
        func gradientLines(_ name: String, _ terms: (UpdateArithmetic.Term) -> Double, sum: Double, gradient: Double) {
            let summed = "(1/\(n))·(−2)·\(f(sum)) = (−2)·\(f(sum / Double(n))) = \(t(gradient))"
            if n == 1 {
                out.append("  \(name) = \(summed)")
            } else {
                out.append("  \(name) = (1/\(n))·(−2)·(\(substituted(terms)))")
                out.append("        = \(summed)")
            }
        }
        gradientLines("∂L/∂w", \.termW, sum: a.sumW, gradient: a.gradient.w)
        if a.model.hasBias {
            gradientLines("∂L/∂b", \.residual, sum: a.sumB, gradient: a.gradient.b)
        }
        if let order { out.append(order) }
        out.append("  w* = w − α·∂L/∂w = \(t(a.before.w)) − \(f(a.learningRate))·\(f(a.gradient.w)) = \(t(a.after.w))")
        if a.model.hasBias {
            out.append("  b* = b − α·∂L/∂b = \(t(a.before.b)) − \(f(a.learningRate))·\(f(a.gradient.b)) = \(t(a.after.b))")
        }
        return out
    }
}
