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

    /// How the loop stopped.
    enum LeanStop { case completed, diverged, interrupted }

    /// `epochs` epochs of `variant` from w = `start` (b at the session's start b) with a
    /// generator of the session's kind seeded with `seed`: the weights `train` ends with.
    /// Nil when `shouldStop` said stop.
    ///
    /// - Precondition: data is not empty; `workspace` was made for this data and batch size.
    /// - Complexity: O(epochs · n) time, no allocation.
    public static func lean(
        _ trainer: Trainer, _ variant: Variant, start: Double, seed: UInt64, epochs: Int,
        workspace: inout SweepWorkspace, shouldStop: () -> Bool
    ) -> LeanEnd? {
        let s = LeanSettings(trainer)
        if !workspace.fits(count: s.n, batch: s.batch) { workspace = SweepWorkspace(trainer.data, batch: s.batch) }
        let first = Parameters(w: start, b: trainer.startParameters.b)
        var random = RandomStream(kind: trainer.random.kind, seed: seed)
        var p = first
        var made = 0
        let stop: LeanStop
        if trainer.model == .line && s.plain {
            stop = leanLine(s, variant, &p, &random, epochs: epochs, made: &made, &workspace, shouldStop)
        } else {
            switch trainer.model {
            case .line: stop = leanModel(LineModel.self, s, variant, &p, &random, epochs, &made, &workspace, shouldStop)
            case .affine: stop = leanModel(AffineModel.self, s, variant, &p, &random, epochs, &made, &workspace, shouldStop)
            case .sine: stop = leanModel(SineModel.self, s, variant, &p, &random, epochs, &made, &workspace, shouldStop)
            }
        }
        switch stop {
        case .interrupted: return nil
        case .completed: return LeanEnd(parameters: p, diverged: false)
        case .diverged:
            // `train` undoes the whole command under rollback, and when no update was kept.
            let undone = trainer.divergencePolicy == .rollback || made == 0
            return LeanEnd(parameters: undone ? first : p, diverged: true)
        }
    }

    /// Fills `order` with 0…n−1 and shuffles it: `Trainer.prepareOrder`'s draws. (Shuffling
    /// the (x, y) pairs, as a wide mini-batch epoch does, makes the same swaps.)
    @inline(__always)
    static func drawOrder(_ order: UnsafeMutableBufferPointer<Int>, _ random: inout RandomStream) {
        for i in 0..<order.count { order[i] = i }
        random.shuffle(order)
    }

    /// The line model under the plain rule at a constant rate: `Trainer.runEpoch`'s hand-tuned
    /// passes (`applyUpdate` for batch, `runStochasticPass`, `runMiniBatchPass`), their
    /// arithmetic and their checks.
    static func leanLine(
        _ s: LeanSettings, _ variant: Variant, _ p: inout Parameters, _ random: inout RandomStream,
        epochs: Int, made: inout Int, _ ws: inout SweepWorkspace, _ shouldStop: () -> Bool
    ) -> LeanStop {
        let n = s.n, lr = s.learningRate, safe = s.safeWeightBound
        let sgdBound = min(safe, .greatestFiniteMagnitude)
        let b = variant == .sgd ? 1 : (variant == .batch ? n : s.batch)
        let shuffled = s.shuffles && variant != .batch
        var w = p.w
        defer { p.w = w }
        return ws.xs.withUnsafeBufferPointer { xb in
            ws.ys.withUnsafeBufferPointer { yb in
                ws.order.withUnsafeMutableBufferPointer { order in
                    ws.gatherX.withUnsafeMutableBufferPointer { gx in
                        ws.gatherY.withUnsafeMutableBufferPointer { gy in
                            guard let x = xb.baseAddress, let y = yb.baseAddress, let o = order.baseAddress,
                                  let dx = gx.baseAddress, let dy = gy.baseAddress, gx.count >= min(b, n) || !shuffled
                            else { return .completed }
                            for _ in 0..<max(0, epochs) {
                                if shouldStop() { return .interrupted }
                                if shuffled { drawOrder(order, &random) }
                                var start = 0
                                while start < n {
                                    if made % Trainer.cancellationInterval == 0, made > 0, shouldStop() { return .interrupted }
                                    let count = min(b, n - start)
                                    let px: UnsafePointer<Double>, py: UnsafePointer<Double>
                                    if shuffled {
                                        for k in 0..<count {
                                            let i = o[start + k]
                                            dx[k] = x[i]
                                            dy[k] = y[i]
                                        }
                                        px = UnsafePointer(dx)
                                        py = UnsafePointer(dy)
                                    } else {
                                        px = x + start
                                        py = y + start
                                    }
                                    if variant == .sgd {
                                        let e = GradientKernel.evaluate(x: px[0], y: py[0], w: w)
                                        let after = GradientKernel.update(w, learningRate: lr, gradient: e.gradient)
                                        guard abs(after) <= sgdBound, e.gradient.isFinite, e.lossUsed.isFinite else { return .diverged }
                                        w = after
                                    } else {
                                        let e = GradientKernel.evaluate(
                                            x: UnsafeBufferPointer(start: px, count: count),
                                            y: UnsafeBufferPointer(start: py, count: count), w: w)
                                        let after = GradientKernel.update(w, learningRate: lr, gradient: e.gradient)
                                        guard after.isFinite, e.gradient.isFinite, e.lossUsed.isFinite, abs(after) <= safe
                                        else { return .diverged }
                                        w = after
                                    }
                                    made += 1
                                    start += count
                                }
                            }
                            return .completed
                        }
                    }
                }
            }
        }
    }

    /// Every other model and rule: `Trainer.runModelPass` (sgd is slices of one point) and
    /// `applyModelUpdate` (batch), with `modelUpdate`'s rule and checks.
    static func leanModel<M: Model>(
        _ model: M.Type, _ s: LeanSettings, _ variant: Variant, _ p: inout Parameters, _ random: inout RandomStream,
        _ epochs: Int, _ made: inout Int, _ ws: inout SweepWorkspace, _ shouldStop: () -> Bool
    ) -> LeanStop {
        let n = s.n, base = s.learningRate, plain = s.plain, hasBias = M.kind.hasBias
        let (rule, plan, data) = (s.optimizer, s.schedule, s.data)
        let b = variant == .sgd ? 1 : (variant == .batch ? n : s.batch)
        let shuffled = s.shuffles && variant != .batch
        var q = p
        var states = ParameterStates.initial
        defer { p = q }
        return ws.xs.withUnsafeBufferPointer { xb in
            ws.ys.withUnsafeBufferPointer { yb in
                ws.order.withUnsafeMutableBufferPointer { order in
                    ws.gatherX.withUnsafeMutableBufferPointer { gx in
                        ws.gatherY.withUnsafeMutableBufferPointer { gy in
                            guard let x = xb.baseAddress, let y = yb.baseAddress, let o = order.baseAddress,
                                  let dx = gx.baseAddress, let dy = gy.baseAddress, gx.count >= min(b, n) || !shuffled
                            else { return .completed }
                            for epoch in 0..<max(0, epochs) {
                                if shouldStop() { return .interrupted }
                                if shuffled { drawOrder(order, &random) }
                                var start = 0
                                while start < n {
                                    if made % Trainer.cancellationInterval == 0, made > 0, shouldStop() { return .interrupted }
                                    let count = min(b, n - start)
                                    let px: UnsafePointer<Double>, py: UnsafePointer<Double>
                                    if shuffled {
                                        for k in 0..<count {
                                            let i = o[start + k]
                                            dx[k] = x[i]
                                            dy[k] = y[i]
                                        }
                                        px = UnsafePointer(dx)
                                        py = UnsafePointer(dy)
                                    } else {
                                        px = x + start
                                        py = y + start
                                    }
                                    let e = ModelKernel.evaluate(M.self, x: px, y: py, count: count, q)
                                    var after = q
                                    var next = states
                                    if plain {
                                        after.w = q.w - base * e.gradient.w
                                        if hasBias { after.b = q.b - base * e.gradient.b }
                                    } else {
                                        // `train` counts updates and finished epochs from its reset.
                                        let lr = plan.rate(base: base, update: made + 1, epochs: epoch)
                                        let r = Trainer.optimise(rule, q, gradient: e.gradient, hasBias: hasBias, rate: lr, states: states)
                                        (after, next) = (r.after, r.states)
                                    }
                                    guard e.gradient.isFinite, e.lossUsed.isFinite, after.isFinite,
                                          data.isSafe(after, model: M.kind) else { return .diverged }
                                    q = after
                                    states = next
                                    made += 1
                                    start += count
                                }
                            }
                            return .completed
                        }
                    }
                }
            }
        }
    }
}
