/// The lean run a sweep makes: `Trainer.train` from one start, without what a sweep
/// throws away.
///
/// `train` computes the loss over all points after every epoch and builds history rows,
/// snapshots and a timeline entry; a sweep keeps only the final weights. This loop does the
/// same updates with the same arithmetic, in the same order (the same kernels:
/// `GradientKernel` for the line model's plain rule, `ModelKernel` for everything else,
/// `Trainer.optimise` and `Schedule.rate` for the other optimisers and schedules), the same
/// epoch orders drawn from the same generator, and the same divergence checks, so its end
/// is `train`'s bit for bit (`SweepLeanTests` compares them). It allocates nothing: the
/// buffers are the worker's `SweepWorkspace`.
///
/// Up to `laneLimit` runs of one variant go in lockstep ("lanes"): each slice of every
/// epoch is applied to each lane in turn. A run's updates form one chain (each needs the
/// weights the last produced), so a single run waits out the latency of every sin and cos;
/// the lanes' chains are independent, and the processor overlaps one lane's evaluation
/// with the next one's. Each lane keeps its own weights, optimiser state, generator,
/// order and scratch, so its arithmetic and its draws are a lone run's.
extension Sweep {
    /// Where a lean run ended.
    public struct LeanEnd: Sendable, Equatable {
        /// The final weights: the last finite ones, or the start after a divergence under
        /// `on-diverge rollback` (or one on the very first update), as `train` leaves them.
        public var parameters: Parameters
        /// Whether an update went non-finite (or out of the safe range) and stopped the run.
        public var diverged: Bool

        public static func == (a: LeanEnd, b: LeanEnd) -> Bool {
            a.parameters.sameBits(as: b.parameters) && a.diverged == b.diverged
        }
    }

    /// What a run needs from the session, read once.
    struct LeanSettings {
        var n: Int
        var batch: Int
        var learningRate: Double
        var shuffles: Bool
        var plain: Bool
        var optimizer: Optimizer
        var schedule: Schedule
        var data: Dataset
        var safeWeightBound: Double

        init(_ t: Trainer) {
            n = t.data.count
            batch = max(1, min(t.batchSize, t.data.count))
            learningRate = t.learningRate
            shuffles = t.shuffles
            plain = t.usesPlainRule
            optimizer = t.optimizer
            schedule = t.schedule
            data = t.data
            safeWeightBound = t.data.safeWeightBound
        }
    }

    /// How a lane stopped.
    enum LeanStop { case completed, diverged }

    /// Runs in lockstep at most: enough to cover the latency of sin and cos with
    /// independent work, few enough that the lanes' orders stay in cache. Large data runs
    /// one at a time (`SweepWorkspace.laneCount`).
    static let laneLimit = 4

    /// One run under way: its start, weights, optimiser memory, generator and update count.
    struct Lane {
        var first: Parameters
        var p: Parameters
        var states = ParameterStates.initial
        var random: RandomStream
        var made = 0
        /// Nil while it runs.
        var stop: LeanStop?

        init(start: Parameters, random: RandomStream) {
            first = start
            p = start
            self.random = random
        }

        /// The end `train` reports.
        func end(_ policy: DivergencePolicy) -> LeanEnd {
            guard stop == .diverged else { return LeanEnd(parameters: p, diverged: false) }
            // `train` undoes the whole command under rollback, and when no update was kept.
            return LeanEnd(parameters: policy == .rollback || made == 0 ? first : p, diverged: true)
        }
    }

    /// `epochs` epochs of `variant` from w = `start` (b at the session's start b) with a
    /// generator of the session's kind seeded with `seed`: the weights `train` ends with.
    /// Nil when `shouldStop` said stop.
    ///
    /// - Precondition: data is not empty.
    /// - Complexity: O(epochs · n) time, no allocation once `workspace` fits the data.
    public static func lean(
        _ trainer: Trainer, _ variant: Variant, start: Double, seed: UInt64, epochs: Int,
        workspace: inout SweepWorkspace, shouldStop: () -> Bool
    ) -> LeanEnd? {
        lean(trainer, variant, runs: [(start, seed)], epochs: epochs, workspace: &workspace, shouldStop: shouldStop)?.first
    }

    /// Several runs of one variant in lanes (`laneLimit` at a time), each `lean` from its
    /// start and seed; their ends in the same order, or nil when stopped.
    public static func lean(
        _ trainer: Trainer, _ variant: Variant, runs: [(start: Double, seed: UInt64)], epochs: Int,
        workspace: inout SweepWorkspace, shouldStop: () -> Bool
    ) -> [LeanEnd]? {
        var ends: [LeanEnd] = []
        var i = 0
        while i < runs.count {
            prepare(trainer, &workspace)
            let group = runs[i..<min(i + workspace.laneCount, runs.count)]
            loadLanes(trainer, group.map { ($0.start, $0.seed) }, &workspace)
            guard runLanes(trainer, variant, epochs: epochs, &workspace, shouldStop) else { return nil }
            ends += workspace.lanes.map { $0.end(trainer.divergencePolicy) }
            i += group.count
        }
        return ends
    }

    /// Remakes the workspace unless it was made for this data and batch size.
    static func prepare(_ trainer: Trainer, _ ws: inout SweepWorkspace) {
        let n = trainer.data.count, batch = max(1, min(trainer.batchSize, n))
        if !ws.fits(count: n, batch: batch) { ws = SweepWorkspace(trainer.data, batch: batch) }
    }

    /// Fills the workspace's lanes with runs from these starts and seeds (at most its
    /// `laneCount`).
    static func loadLanes<C: Collection>(_ trainer: Trainer, _ runs: C, _ ws: inout SweepWorkspace)
        where C.Element == (Double, UInt64) {
        prepare(trainer, &ws)
        ws.lanes.removeAll(keepingCapacity: true)
        for (start, seed) in runs.prefix(ws.laneCount) {
            ws.lanes.append(Lane(start: Parameters(w: start, b: trainer.startParameters.b),
                                 random: RandomStream(kind: trainer.random.kind, seed: seed)))
        }
    }

    /// Runs the loaded lanes to their ends; false when `shouldStop` said stop.
    static func runLanes(
        _ trainer: Trainer, _ variant: Variant, epochs: Int, _ ws: inout SweepWorkspace, _ shouldStop: () -> Bool
    ) -> Bool {
        let s = LeanSettings(trainer)
        if trainer.model == .line && s.plain {
            for k in ws.lanes.indices {
                guard leanLine(s, variant, lane: k, epochs: epochs, &ws, shouldStop) else { return false }
            }
            return true
        }
        switch trainer.model {
        case .line: return leanModel(LineModel.self, s, variant, epochs, &ws, shouldStop)
        case .affine: return leanModel(AffineModel.self, s, variant, epochs, &ws, shouldStop)
        case .sine: return leanModel(SweepSineModel.self, s, variant, epochs, &ws, shouldStop)
        }
    }

    /// Fills `order` with 0…n−1 and shuffles it: `Trainer.prepareOrder`'s draws. (Shuffling
    /// the (x, y) pairs, as a wide mini-batch epoch does, makes the same swaps.)
    @inline(__always)
    static func drawOrder(_ order: UnsafeMutableBufferPointer<Int>, _ random: inout RandomStream) {
        for i in 0..<order.count { order[i] = i }
        random.shuffle(order)
    }

    /// The line model under the plain rule at a constant rate, one lane at a time (its chain
    /// is a few multiplications, short enough alone): `Trainer.runEpoch`'s hand-tuned passes
    /// (`applyUpdate` for batch, `runStochasticPass`, `runMiniBatchPass`), their arithmetic
    /// and their checks.
    static func leanLine(
        _ s: LeanSettings, _ variant: Variant, lane k: Int, epochs: Int, _ ws: inout SweepWorkspace,
        _ shouldStop: () -> Bool
    ) -> Bool {
        let n = s.n, lr = s.learningRate, safe = s.safeWeightBound
        let sgdBound = min(safe, .greatestFiniteMagnitude)
        let b = variant == .sgd ? 1 : (variant == .batch ? n : s.batch)
        let shuffled = s.shuffles && variant != .batch
        let width = ws.gatherX.count / max(1, ws.laneCount)
        var lane = ws.lanes[k]
        defer { ws.lanes[k] = lane }
        var w = lane.p.w
        defer { lane.p.w = w }
        return ws.xs.withUnsafeBufferPointer { xb in
            ws.ys.withUnsafeBufferPointer { yb in
                ws.order.withUnsafeMutableBufferPointer { orders in
                    ws.gatherX.withUnsafeMutableBufferPointer { gx in
                        ws.gatherY.withUnsafeMutableBufferPointer { gy in
                            guard let x = xb.baseAddress, let y = yb.baseAddress, let ob = orders.baseAddress,
                                  let gxb = gx.baseAddress, let gyb = gy.baseAddress,
                                  orders.count >= (k + 1) * n, width >= min(b, n) || !shuffled else { return true }
                            let order = UnsafeMutableBufferPointer(start: ob + k * n, count: n)
                            let (dx, dy) = (gxb + k * width, gyb + k * width)
                            for _ in 0..<max(0, epochs) {
                                if shouldStop() { return false }
                                if shuffled { drawOrder(order, &lane.random) }
                                var start = 0
                                while start < n {
                                    if lane.made % Trainer.cancellationInterval == 0, lane.made > 0, shouldStop() { return false }
                                    let count = min(b, n - start)
                                    let (px, py) = Trainer.columns(x, y, order: ob + k * n, start: start, count: count,
                                                                   shuffled: shuffled, into: dx, dy)
                                    if variant == .sgd {
                                        let e = GradientKernel.evaluate(x: px[0], y: py[0], w: w)
                                        let after = GradientKernel.update(w, learningRate: lr, gradient: e.gradient)
                                        guard abs(after) <= sgdBound, e.gradient.isFinite, e.lossUsed.isFinite else {
                                            lane.stop = .diverged
                                            return true
                                        }
                                        w = after
                                    } else {
                                        let e = GradientKernel.evaluate(
                                            x: UnsafeBufferPointer(start: px, count: count),
                                            y: UnsafeBufferPointer(start: py, count: count), w: w)
                                        let after = GradientKernel.update(w, learningRate: lr, gradient: e.gradient)
                                        guard after.isFinite, e.gradient.isFinite, e.lossUsed.isFinite, abs(after) <= safe else {
                                            lane.stop = .diverged
                                            return true
                                        }
                                        w = after
                                    }
                                    lane.made += 1
                                    start += count
                                }
                            }
                            lane.stop = .completed
                            return true
                        }
                    }
                }
            }
        }
    }

    /// `ModelKernel.evaluate` with its one leaf called in line when the slice is a single
    /// leaf (up to 128 points: sgd's one point, a mini-batch), so that a lane's update is
    /// not a call into the recursion; the same sums and the same finishing operations.
    @inline(__always)
    static func evaluate<M: Model>(
        _ model: M.Type, _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ m: Int, _ p: Parameters
    ) -> ModelKernel.Evaluation {
        guard m > 0, m <= 128 else { return ModelKernel.evaluate(M.self, x: x, y: y, count: m, p) }
        let s = ModelKernel.leaf(M.self, x, y, m, p)
        let count = Double(m)
        let tw = 0.0 + s.0, tb = 0.0 + s.1, sq = 0.0 + s.2
        return ModelKernel.Evaluation(gradient: Parameters(w: -2 * (tw / count), b: M.kind.hasBias ? -2 * (tb / count) : 0),
                                      lossUsed: sq / count)
    }

    /// Every other model and rule, the loaded lanes in lockstep: `Trainer.runModelPass`
    /// (sgd is slices of one point) and `applyModelUpdate` (batch), with `modelUpdate`'s
    /// rule and checks.
    static func leanModel<M: Model>(
        _ model: M.Type, _ s: LeanSettings, _ variant: Variant, _ epochs: Int, _ ws: inout SweepWorkspace,
        _ shouldStop: () -> Bool
    ) -> Bool {
        let n = s.n, base = s.learningRate, plain = s.plain, hasBias = M.kind.hasBias
        let (rule, plan, data) = (s.optimizer, s.schedule, s.data)
        let b = variant == .sgd ? 1 : (variant == .batch ? n : s.batch)
        let shuffled = s.shuffles && variant != .batch
        let width = ws.gatherX.count / max(1, ws.laneCount)
        var lanes: [Lane] = []
        swap(&lanes, &ws.lanes)
        defer { swap(&lanes, &ws.lanes) }
        return ws.xs.withUnsafeBufferPointer { xb in
            ws.ys.withUnsafeBufferPointer { yb in
                ws.order.withUnsafeMutableBufferPointer { orders in
                    ws.gatherX.withUnsafeMutableBufferPointer { gx in
                        ws.gatherY.withUnsafeMutableBufferPointer { gy in
                            lanes.withUnsafeMutableBufferPointer { lane in
                                let count = lane.count
                                guard let x = xb.baseAddress, let y = yb.baseAddress, let ob = orders.baseAddress,
                                      let gxb = gx.baseAddress, let gyb = gy.baseAddress,
                                      orders.count >= count * n, width >= min(b, n) || !shuffled else { return true }
                                var slices = 0
                                for epoch in 0..<max(0, epochs) {
                                    if shouldStop() { return false }
                                    var live = 0
                                    for k in 0..<count where lane[k].stop == nil {
                                        live += 1
                                        if shuffled {
                                            drawOrder(UnsafeMutableBufferPointer(start: ob + k * n, count: n), &lane[k].random)
                                        }
                                    }
                                    if live == 0 { break }
                                    var start = 0
                                    while start < n {
                                        slices += 1
                                        if slices % Trainer.cancellationInterval == 0, shouldStop() { return false }
                                        let m = min(b, n - start)
                                        for k in 0..<count where lane[k].stop == nil {
                                            let (px, py) = Trainer.columns(x, y, order: ob + k * n, start: start, count: m,
                                                                           shuffled: shuffled, into: gxb + k * width, gyb + k * width)
                                            let q = lane[k].p
                                            let e = evaluate(M.self, px, py, m, q)
                                            var after = q
                                            var next = lane[k].states
                                            if plain {
                                                after.w = q.w - base * e.gradient.w
                                                if hasBias { after.b = q.b - base * e.gradient.b }
                                            } else {
                                                // `train` counts updates and finished epochs from its reset.
                                                let lr = plan.rate(base: base, update: lane[k].made + 1, epochs: epoch)
                                                let r = Trainer.optimise(rule, q, gradient: e.gradient, hasBias: hasBias,
                                                                         rate: lr, states: next)
                                                (after, next) = (r.after, r.states)
                                            }
                                            guard e.gradient.isFinite, e.lossUsed.isFinite, after.isFinite,
                                                  data.isSafe(after, model: M.kind) else {
                                                lane[k].stop = .diverged
                                                continue
                                            }
                                            lane[k].p = after
                                            lane[k].states = next
                                            lane[k].made += 1
                                        }
                                        start += m
                                    }
                                }
                                for k in 0..<count where lane[k].stop == nil { lane[k].stop = .completed }
                                return true
                            }
                        }
                    }
                }
            }
        }
    }
}
