/// One row of the history: everything about one update that a student might ask after.
public struct UpdateRecord: Sendable, Equatable {
    /// 1-based count of updates since the last reset.
    public var step: Int
    /// The epoch this update belongs to, or nil for a lone `step`.
    public var epoch: Int?
    public var variant: Variant
    /// The points used, in the order they were summed; empty when there were too many to keep.
    public var points: [Int] {
        get {
            switch pointList {
            case .none: return []
            case .one(let i): return [i]
            case .many(let list): return list
            }
        }
        set { pointList = PointList(newValue) }
    }
    /// One point is stored without an array: an sgd row then costs no allocation.
    var pointList: PointList

    enum PointList: Sendable, Equatable {
        case none
        case one(Int)
        case many([Int])

        init(_ list: [Int]) {
            switch list.count {
            case 0: self = .none
            case 1: self = .one(list[0])
            default: self = .many(list)
            }
        }
    }
    /// How many points the update used.
    public var pointCount: Int
    public var wBefore: Double
    public var wAfter: Double
    public var gradient: Double
    /// Loss over the points used, before the update (the reference code's `mse_history`).
    public var lossUsed: Double
    /// b before and after, and ∂L/∂b: 0 for models without b.
    public var bBefore: Double = 0
    public var bAfter: Double = 0
    public var gradientB: Double = 0
    /// The factor the optimiser multiplied w's direction by (`Optimizer.Update.effectiveRate`:
    /// the scheduled α for sgd, momentum and nesterov; α/(√s + ε) for adagrad, rmsprop and
    /// adam), and b's; 0 when the update was the plain rule at the constant learning rate.
    public var effectiveRate: Double = 0
    public var effectiveRateB: Double = 0

    /// The parameters before the update.
    public var before: Parameters { Parameters(w: wBefore, b: bBefore) }
    /// The parameters after the update.
    public var after: Parameters { Parameters(w: wAfter, b: bAfter) }
    /// The gradient of each parameter.
    public var gradients: Parameters { Parameters(w: gradient, b: gradientB) }

    /// A one-point (sgd) row.
    public init(
        step: Int, epoch: Int?, point: Int, wBefore: Double, wAfter: Double, gradient: Double, lossUsed: Double
    ) {
        self.step = step
        self.epoch = epoch
        self.variant = .sgd
        self.pointList = .one(point)
        self.pointCount = 1
        self.wBefore = wBefore
        self.wAfter = wAfter
        self.gradient = gradient
        self.lossUsed = lossUsed
    }

    /// Rows keep the indices of at most this many points; larger batches keep only the count.
    public static let pointListLimit = 16

    public init(
        step: Int, epoch: Int?, variant: Variant, points: [Int], pointCount: Int,
        wBefore: Double, wAfter: Double, gradient: Double, lossUsed: Double
    ) {
        self.step = step
        self.epoch = epoch
        self.variant = variant
        self.pointList = PointList(points)
        self.pointCount = pointCount
        self.wBefore = wBefore
        self.wAfter = wAfter
        self.gradient = gradient
        self.lossUsed = lossUsed
    }

    /// The row of an update of every parameter, `before` → `after`, from `gradients` and the
    /// loss of the points used, with the rule's effective rates (0 for the plain rule at a
    /// constant rate): what every model pass writes.
    init(
        step: Int, epoch: Int?, variant: Variant, points: [Int], pointCount: Int,
        before: Parameters, after: Parameters, gradients: Parameters, lossUsed: Double,
        rates: (w: Double, b: Double) = (0, 0)
    ) {
        self.init(step: step, epoch: epoch, variant: variant, points: points, pointCount: pointCount,
                  wBefore: before.w, wAfter: after.w, gradient: gradients.w, lossUsed: lossUsed)
        bBefore = before.b
        bAfter = after.b
        gradientB = gradients.b
        effectiveRate = rates.w
        effectiveRateB = rates.b
    }
}

/// The summary of one finished epoch.
public struct EpochRecord: Sendable, Equatable {
    public var epoch: Int
    public var variant: Variant
    public var batchSize: Int
    public var updates: Int
    public var firstStep: Int
    public var wBefore: Double
    public var wAfter: Double
    /// Loss over all points after the epoch.
    public var loss: Double
    /// b at the start and the end (0 for models without b).
    public var bBefore: Double = 0
    public var bAfter: Double = 0

    public init(
        epoch: Int, variant: Variant, batchSize: Int, updates: Int, firstStep: Int,
        wBefore: Double, wAfter: Double, loss: Double
    ) {
        self.epoch = epoch
        self.variant = variant
        self.batchSize = batchSize
        self.updates = updates
        self.firstStep = firstStep
        self.wBefore = wBefore
        self.wAfter = wAfter
        self.loss = loss
    }
}
