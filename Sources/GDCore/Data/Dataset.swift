/// The points a model is fitted to, stored as two parallel columns.
///
/// Columns rather than an array of `(x, y)` pairs keep the gradient loop a pair of
/// streaming reads, which is what lets a batch epoch run at memory speed. The moments
/// (Σx², Σxy, Σy², Σx, Σy) are computed once so that the loss over all points after an
/// update costs O(1) on large data instead of another pass, for the line and affine models.
public struct Dataset: Sendable, Equatable {
    public private(set) var xs: [Double]
    public private(set) var ys: [Double]
    /// Σx², Σxy, Σy², Σx and Σy as double-double values, for the closed-form loss on large data.
    let moments: Moments
    /// The largest |w| at which the loss over all points is sure to stay finite; a weight
    /// past it counts as divergence, so gd never prints a finite w with an infinite loss.
    public let safeWeightBound: Double
    let maxAbsX: Double
    let maxAbsY: Double
    /// √(max/n) − max|y|: how large |w·x + b| may grow before the loss can overflow.
    let residualRoom: Double

    /// Up to this many points the loss over all points is summed directly in numpy's
    /// order (so it prints exactly what numpy prints); above it, the closed form is used.
    public static let directLossLimit = 1024

    /// - Precondition: `xs.count == ys.count`; the console guarantees it.
    public init(xs: [Double], ys: [Double]) {
        self.init(xs: xs, ys: ys, summary: ColumnSummary(xs: xs, ys: ys))
    }

    /// The data set of columns whose summary the caller computed while reading them.
    ///
    /// - Precondition: `xs.count == ys.count`, and `summary` holds exactly these points
    ///   (in order, or joined from parts in order; see `ColumnSummary`).
    public init(xs: [Double], ys: [Double], summary: ColumnSummary) {
        precondition(xs.count == ys.count, "columns of different lengths")
        self.xs = xs
        self.ys = ys
        self.moments = summary.moments
        self.maxAbsX = summary.maxAbsX
        self.maxAbsY = summary.maxAbsY
        self.residualRoom = (Double.greatestFiniteMagnitude / Double(max(1, xs.count))).squareRoot() - summary.maxAbsY
        self.safeWeightBound = Dataset.weightBound(count: xs.count, maxX: summary.maxAbsX, maxY: summary.maxAbsY)
    }

    /// Every squared residual (y − w·x)² is below max/n when |w|·max|x| + max|y| is below
    /// √(max/n), so neither a term nor their sum can overflow.
    static func weightBound(count: Int, maxX: Double, maxY: Double) -> Double {
        let n = Double(max(1, count))
        let room = (Double.greatestFiniteMagnitude / n).squareRoot() - maxY
        guard maxX > 0 else { return .infinity }
        return room > 0 ? room / maxX : 0
    }

    public init(points: [(x: Double, y: Double)]) {
        self.init(xs: points.map(\.x), ys: points.map(\.y))
    }

    public var count: Int { xs.count }
    public var isEmpty: Bool { xs.isEmpty }

    /// The point at 0-based position `i`, or nil when out of range.
    public func point(at i: Int) -> (x: Double, y: Double)? {
        guard i >= 0, i < xs.count else { return nil }
        return (xs[i], ys[i])
    }

    /// Mean squared error of ŷ = w·x over all points.
    ///
    /// - Complexity: O(n) up to `directLossLimit` points (numpy's summation order, bit for bit),
    ///   O(1) above it (closed form from the moments in double-double arithmetic).
    public func loss(at w: Double) -> Double {
        guard !xs.isEmpty else { return .nan }
        guard hasClosedFormLoss(.line) else { return directLoss(at: w) }
        return moments.meanSquaredError(at: w, count: xs.count)
    }

    /// Whether the loss of `model` over all points comes from the moments in O(1) instead
    /// of a pass: the line and affine models above `directLossLimit` points (the sine
    /// model has no closed form). The one place that decides it.
    public func hasClosedFormLoss(_ model: ModelKind) -> Bool {
        model != .sine && xs.count > Dataset.directLossLimit
    }

    /// The loss summed point by point, in numpy's pairwise order, whatever the size.
    public func directLoss(at w: Double) -> Double {
        guard !xs.isEmpty else { return .nan }
        return xs.withUnsafeBufferPointer { x in
            ys.withUnsafeBufferPointer { y in
                GradientKernel.evaluate(x: x, y: y, w: w).lossUsed
            }
        }
    }

    /// Mean squared error of `model` at `p` over all points, summed point by point in
    /// numpy's pairwise order, or in closed form from the moments where `hasClosedFormLoss`.
    ///
    /// - Complexity: O(n), or O(1) in closed form.
    public func loss(at p: Parameters, model: ModelKind) -> Double {
        guard !xs.isEmpty else { return .nan }
        switch model {
        case .line: return loss(at: p.w)
        case .affine where hasClosedFormLoss(model): return moments.meanSquaredError(at: p.w, p.b, count: xs.count)
        case .affine, .sine: return directLoss(at: p, model: model)
        }
    }

    /// The loss of `model` summed point by point, in numpy's pairwise order, whatever the size.
    public func directLoss(at p: Parameters, model: ModelKind) -> Double {
        guard !xs.isEmpty else { return .nan }
        return xs.withUnsafeBufferPointer { x in
            ys.withUnsafeBufferPointer { y in ModelKernel.evaluate(model, x: x, y: y, p).lossUsed }
        }
    }

    /// Whether the loss of `model` over all points is sure to stay finite at `p`: the
    /// models' weight bound (a step past it counts as divergence).
    public func isSafe(_ p: Parameters, model: ModelKind) -> Bool {
        switch model {
        case .line:
            return abs(p.w) <= safeWeightBound
        case .affine:
            // |w·x + b| + |y| below √(max/n) keeps every squared residual and their sum finite.
            return p.b.isFinite && p.w.isFinite && abs(p.w) * maxAbsX + abs(p.b) <= residualRoom
        case .sine:
            // |sin| ≤ 1: the loss is finite whenever w·x is.
            return p.w.isFinite && abs(p.w) * maxAbsX <= .greatestFiniteMagnitude
        }
    }

    /// The least-squares weight Σxy / Σx², the minimum the descent is heading for.
    public var optimalWeight: Double {
        moments.optimalWeight
    }
}
