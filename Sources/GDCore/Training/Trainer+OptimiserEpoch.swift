/// sgd and mini-batch epochs of the line model with an optimiser other than the plain rule
/// at a constant rate (momentum, nesterov, adagrad, rmsprop, adam, or any rule under a
/// schedule): the generic pass's numbers, bit for bit, at a fraction of its cost.
///
/// The generic pass (`runModelPass`) makes each update through `Trainer.optimise` with the
/// whole `ParameterStates`, asks the schedule for the rate, and lists the points, per
/// update. Here the loop is generic over the rule (`LineRule`) and the schedule
/// (`LineRate`), so each pair compiles to its own loop with v, s, m and t in registers;
/// a rate that cannot change within the epoch is read once. Updates whose rows the history
/// keeps, the first update of a cleared state and anything unusual (a zero term, a value
/// going non-finite) take the generic pass's own arithmetic (`ModelKernel`,
/// `Optimizer.step`), so rows, effective rates and divergence reports are its own.
/// `Trainer.fastPaths` off sends the epoch to the generic pass instead, for the test
/// that holds the two equal (`LineOptimiserLoopTests`).
extension Trainer {
    /// Whether an sgd or mini-batch epoch takes these loops: the line model under any rule
    /// or schedule but the plain one at a constant rate (which keeps `Trainer+Epoch`'s).
    var usesLineOptimiserLoop: Bool {
        model == .line && !usesPlainRule && fastPaths
    }

    /// The sgd (B = 1) or mini-batch pass of the line model under a non-plain rule.
    ///
    /// - Complexity: O(points) per epoch, as the generic pass, with no allocation per update.
    mutating func runLineOptimiserPass(
        _ variant: Variant, batchSize: Int, epoch: Int, limit: Int, workspace: inout Workspace, shouldStop: () -> Bool
    ) -> StopReason {
        switch optimizer.kind {
        case .sgd: return runLineOptimiserPass(PlainLineRule(optimizer), variant, batchSize, epoch, limit, &workspace, shouldStop)
        case .momentum: return runLineOptimiserPass(MomentumLineRule(optimizer), variant, batchSize, epoch, limit, &workspace, shouldStop)
        case .nesterov: return runLineOptimiserPass(NesterovLineRule(optimizer), variant, batchSize, epoch, limit, &workspace, shouldStop)
        case .adagrad: return runLineOptimiserPass(AdagradLineRule(optimizer), variant, batchSize, epoch, limit, &workspace, shouldStop)
        case .rmsprop: return runLineOptimiserPass(RMSpropLineRule(optimizer), variant, batchSize, epoch, limit, &workspace, shouldStop)
        case .adam: return runLineOptimiserPass(AdamLineRule(optimizer), variant, batchSize, epoch, limit, &workspace, shouldStop)
        }
    }

    private mutating func runLineOptimiserPass<R: LineRule>(
        _ rule: R, _ variant: Variant, _ batchSize: Int, _ epoch: Int, _ limit: Int,
        _ workspace: inout Workspace, _ shouldStop: () -> Bool
    ) -> StopReason {
        // A b that is not finite makes every generic update diverge; leave that to it.
        guard parameters.b.isFinite else {
            return runModelPass(variant, batchSize: variant == .sgd ? 1 : batchSize, epoch: epoch, limit: limit,
                                workspace: &workspace, shouldStop: shouldStop)
        }
        if case .invscaling(let power) = schedule {
            let rate = InvScalingLineRate(base: learningRate, power: power)
            return variant == .sgd
                ? runLineOptimiserSGD(rule, rate, epoch, limit, &workspace, shouldStop)
                : runLineOptimiserMiniBatch(rule, rate, batchSize, epoch, limit, &workspace, shouldStop)
        }
        // Constant, step and exponential depend on the finished epochs only, fixed in a pass.
        let rate = FixedLineRate(schedule.rate(base: learningRate, update: steps + 1, epochs: epochs))
        return variant == .sgd
            ? runLineOptimiserSGD(rule, rate, epoch, limit, &workspace, shouldStop)
            : runLineOptimiserMiniBatch(rule, rate, batchSize, epoch, limit, &workspace, shouldStop)
    }

    /// n one-point updates in data order or along a fresh permutation (drawn as the generic
    /// pass draws it), gathered one cancellation interval at a time as `runStochasticPass` does.
    private mutating func runLineOptimiserSGD<R: LineRule, S: LineRate>(
        _ rule: R, _ rate: S, _ epoch: Int, _ limit: Int, _ workspace: inout Workspace, _ shouldStop: () -> Bool
    ) -> StopReason {
        let n = min(data.count, max(0, limit))
        let shuffled = shuffles
        if shuffled { prepareOrder(&workspace) }
        // The generic pass's test |w| ≤ safeWeightBound and w finite, in one comparison.
        let bound = min(data.safeWeightBound, .greatestFiniteMagnitude)
        let optimizer = self.optimizer
        let pb = parameters.b
        var w = parameters.w
        var step = steps
        var memory = RuleMemory(optimizerState.w)
        var t = optimizerState.w.t
        var log = History(startWeight: 0)
        swap(&log, &history)
        var buffers = PassBuffers(&workspace, gather: shuffled ? Trainer.cancellationInterval : 0)
        defer {
            swap(&log, &history)
            buffers.giveBack(to: &workspace)
            parameters.w = w
            steps = step
            optimizerState.w = memory.state(t: t)
        }
        return buffers.withPointers(data) { pass in
            let o = pass.order
            var start = 0
            while start < n {
                // The generic pass asks every `cancellationInterval` updates, not before the first.
                if start > 0, shouldStop() { return .interrupted }
                let m = min(Trainer.cancellationInterval, n - start)
                guard let (px, py) = pass.chunk(start: start, count: m, shuffled: shuffled,
                                                fromPairs: false) else { return .completed }
                var k = 0
                while k < m {
                    // Updates the history skips, after the first of a cleared state.
                    let free = t == 0 ? 0 : min(m - k, Trainer.nextKept(after: step, log) - step - 1)
                    let end = k + free
                    let first = step + 1 - k  // the update number of chunk position k is first + k
                    // Copies no closure captures, so they stay in registers: the captured
                    // ones live in memory the loads of px and py might alias.
                    var (wk, memoryK, tk) = (w, memory, t)
                    while k < end {
                        let xi = px[k]
                        let r = py[k] - wk * xi
                        let term = xi * r
                        // The generic gradient is −2·(0 + term) (a one-point pairwise sum
                        // starts from +0); for term ≠ 0 that is −2·term, and a zero term
                        // leaves this loop for the exact path below.
                        let g = -2 * term
                        var next = memoryK
                        let wAfter = rule.apply(g, wk, rate.rate(update: first + k), tk + 1, &next)
                        guard term != 0, abs(wAfter) <= bound, g.isFinite, (r * r).isFinite else { break }
                        wk = wAfter
                        memoryK = next
                        tk += 1
                        k += 1
                    }
                    (w, memory, t) = (wk, memoryK, tk)
                    let done = free - (end - k)
                    for _ in 0..<done { log.skip() }
                    step += done
                    guard k < m else { break }
                    // A kept row, a first update, a zero term or a bad update: the
                    // generic pass's arithmetic.
                    let i = shuffled ? o[start + k] : start + k
                    let e = ModelKernel.evaluate(LineModel.self, x: px + k, y: py + k, count: 1,
                                                 Parameters(w: w, b: pb))
                    let α = rate.rate(update: step + 1)
                    let u = optimizer.step(gradient: e.gradient.w, parameter: w, learningRate: α,
                                           state: memory.state(t: t))
                    guard abs(u.parameter) <= bound, e.gradient.isFinite, e.lossUsed.isFinite else {
                        return .diverged(Divergence(
                            step: step + 1, variant: .sgd, points: [i], pointCount: 1,
                            learningRate: α, wBefore: w, gradient: e.gradient.w, wAfter: u.parameter,
                            bBefore: pb, gradientB: e.gradient.b, bAfter: pb, rolledBack: false))
                    }
                    step += 1
                    if log.keeps(step: step) {
                        log.append(Trainer.optimiserRecord(
                            step: step, epoch: epoch, variant: .sgd, points: [i], count: 1,
                            w: w, b: pb, e, u))
                    } else {
                        log.skip()
                    }
                    w = u.parameter
                    memory = RuleMemory(u.state)
                    t = u.state.t
                    k += 1
                }
                start += m
            }
            return .completed
        }
    }

    /// ⌈n/B⌉ updates over consecutive slices of the data or of a fresh permutation, each
    /// summed by `ModelKernel` exactly as the generic pass sums it. Shuffled slices are
    /// gathered `gatherChunk` points at a time (whole slices), as `runMiniBatchPass` does.
    private mutating func runLineOptimiserMiniBatch<R: LineRule, S: LineRate>(
        _ rule: R, _ rate: S, _ batchSize: Int, _ epoch: Int, _ limit: Int,
        _ workspace: inout Workspace, _ shouldStop: () -> Bool
    ) -> StopReason {
        let b = max(1, batchSize)
        let n = data.count
        let shuffled = shuffles
        if shuffled { prepareOrder(&workspace) }
        let chunk = b >= Trainer.gatherChunk ? b : (Trainer.gatherChunk / b) * b
        let bound = min(data.safeWeightBound, .greatestFiniteMagnitude)
        let listLimit = UpdateRecord.pointListLimit
        let optimizer = self.optimizer
        let pb = parameters.b
        var w = parameters.w
        var step = steps
        var memory = RuleMemory(optimizerState.w)
        var t = optimizerState.w.t
        var log = History(startWeight: 0)
        swap(&log, &history)
        var buffers = PassBuffers(&workspace, gather: shuffled ? min(chunk, max(1, n)) : 0)
        defer {
            swap(&log, &history)
            buffers.giveBack(to: &workspace)
            parameters.w = w
            steps = step
            optimizerState.w = memory.state(t: t)
        }
        return buffers.withPointers(data) { pass in
            let o = pass.order
            /// The data positions of the slice at `first`, when rows keep them.
            func points(_ first: Int, _ count: Int) -> [Int] {
                guard count <= listLimit else { return [] }
                return shuffled ? Array(o[first..<(first + count)]) : Array(first..<(first + count))
            }
            // Copies no closure captures, so they stay in registers (see the sgd loop),
            // written back however the pass ends.
            var (wk, memoryK, tk, stepK) = (w, memory, t, step)
            defer { (w, memory, t, step) = (wk, memoryK, tk, stepK) }
            var made = 0
            var start = 0
            while start < n && made < limit {
                let m = min(chunk, n - start)
                guard let (px, py) = pass.chunk(start: start, count: m, shuffled: shuffled,
                                                fromPairs: false) else { return .completed }
                var k = 0
                while k < m && made < limit {
                    if made % Trainer.cancellationInterval == 0, made > 0, shouldStop() { return .interrupted }
                    let count = min(b, m - k)
                    let e = ModelKernel.evaluate(LineModel.self, x: px + k, y: py + k, count: count,
                                                 Parameters(w: wk, b: pb))
                    let α = rate.rate(update: stepK + 1)
                    let keep = log.keeps(step: stepK + 1)
                    if tk != 0, !keep {
                        var next = memoryK
                        let wAfter = rule.apply(e.gradient.w, wk, α, tk + 1, &next)
                        if abs(wAfter) <= bound, e.gradient.isFinite, e.lossUsed.isFinite {
                            stepK += 1
                            log.skip()
                            wk = wAfter
                            memoryK = next
                            tk += 1
                            made += 1
                            k += count
                            continue
                        }
                    }
                    let u = optimizer.step(gradient: e.gradient.w, parameter: wk, learningRate: α,
                                           state: memoryK.state(t: tk))
                    guard abs(u.parameter) <= bound, e.gradient.isFinite, e.lossUsed.isFinite else {
                        return .diverged(Divergence(
                            step: stepK + 1, variant: .minibatch, points: points(start + k, count),
                            pointCount: count, learningRate: α, wBefore: wk, gradient: e.gradient.w,
                            wAfter: u.parameter, bBefore: pb, gradientB: e.gradient.b, bAfter: pb,
                            rolledBack: false))
                    }
                    stepK += 1
                    if keep {
                        log.append(Trainer.optimiserRecord(
                            step: stepK, epoch: epoch, variant: .minibatch, points: points(start + k, count),
                            count: count, w: wk, b: pb, e, u))
                    } else {
                        log.skip()
                    }
                    wk = u.parameter
                    memoryK = RuleMemory(u.state)
                    tk = u.state.t
                    made += 1
                    k += count
                }
                start += m
            }
            return .completed
        }
    }

    /// The row the generic pass writes for a line-model update made by `Optimizer.step`.
    private static func optimiserRecord(
        step: Int, epoch: Int, variant: Variant, points: [Int], count: Int, w: Double, b: Double,
        _ e: ModelKernel.Evaluation, _ u: Optimizer.Update
    ) -> UpdateRecord {
        UpdateRecord(
            step: step, epoch: epoch, variant: variant, points: points, pointCount: count,
            before: Parameters(w: w, b: b), after: Parameters(w: u.parameter, b: b), gradients: e.gradient,
            lossUsed: e.lossUsed, rates: (u.effectiveRate, 0))
    }
}
