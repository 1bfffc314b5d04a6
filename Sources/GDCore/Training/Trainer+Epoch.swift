extension Trainer {
    /// Updates between two looks at the cancellation check in the sgd loop; small enough
    /// that Ctrl-C answers within microseconds, large enough to cost nothing.
    static let cancellationInterval = 4096

    /// Runs `count` epochs of `variant` in a row.
    ///
    /// An epoch is one pass over the data: batch makes one update; sgd makes n, one per
    /// point, in a fresh shuffled order (in order when `shuffles` is off); mini-batch makes
    /// ⌈n/B⌉ over consecutive slices of a fresh shuffled order, the last slice shorter.
    /// Each epoch draws a new permutation of 0…n−1 the way the reference code does.
    ///
    /// - Parameters:
    ///   - batchSize: the mini-batch size for this run (the session's when nil).
    ///   - shouldStop: polled between updates; true stops after the current update.
    ///   - onEpoch: called after each finished epoch, for progress output.
    /// - Precondition: data is not empty; 1 ≤ batch size ≤ n.
    /// - Complexity: O(count · n) time; no allocation per update.
    public mutating func train(
        _ variant: Variant, batchSize: Int? = nil, epochs count: Int, workspace: inout Workspace,
        shouldStop: () -> Bool = { false }, onEpoch: (EpochRecord) -> Void = { _ in }
    ) -> TrainOutcome {
        let before = takeSnapshot()
        let b = max(1, min(batchSize ?? self.batchSize, data.count))
        var outcome = runEpochs(variant, batchSize: b, epochs: count, limit: .max,
                                workspace: &workspace, shouldStop: shouldStop, onEpoch: onEpoch)
        if case .diverged(var divergence) = outcome.stop {
            // A command that kept no update changes nothing, the generator included.
            if divergencePolicy == .rollback || outcome.updates == 0 {
                restore(before)
                divergence.rolledBack = divergencePolicy == .rollback
                outcome = TrainOutcome(epochs: 0, lastEpoch: nil, updates: 0, stop: .diverged(divergence), loss: loss)
            }
        }
        timeline.record(Timeline.Entry(
            before: before, after: takeSnapshot(), run: .train(variant, batchSize: b, epochs: count),
            learningRate: learningRate, shuffles: shuffles, optimizer: optimizer, schedule: schedule))
        return outcome
    }

    /// `train` with a scratch workspace of its own (tests, one-off calls).
    public mutating func train(
        _ variant: Variant, batchSize: Int? = nil, epochs count: Int,
        shouldStop: () -> Bool = { false }, onEpoch: (EpochRecord) -> Void = { _ in }
    ) -> TrainOutcome {
        var workspace = Workspace()
        return train(variant, batchSize: batchSize, epochs: count, workspace: &workspace,
                     shouldStop: shouldStop, onEpoch: onEpoch)
    }

    /// The epochs of `train`, stopping early after `limit` updates (a replay's stop).
    mutating func runEpochs(
        _ variant: Variant, batchSize b: Int, epochs count: Int, limit: Int, workspace: inout Workspace,
        shouldStop: () -> Bool, onEpoch: (EpochRecord) -> Void
    ) -> TrainOutcome {
        let firstSteps = steps
        var finished = 0
        var last: EpochRecord?
        var stop = StopReason.completed
        for _ in 0..<max(0, count) {
            let left = limit - (steps - firstSteps)
            if left <= 0 { break }
            if shouldStop() {
                stop = .interrupted
                break
            }
            let (record, reason) = runEpoch(variant, batchSize: b, limit: left, workspace: &workspace, shouldStop: shouldStop)
            if let record {
                finished += 1
                last = record
                onEpoch(record)
            }
            if reason != .completed {
                stop = reason
                break
            }
        }
        return TrainOutcome(epochs: finished, lastEpoch: last, updates: steps - firstSteps, stop: stop, loss: currentLoss())
    }

    /// One epoch. An interrupted epoch keeps its updates and is recorded with the number
    /// it made; a diverged one keeps those before the bad update.
    mutating func runEpoch(
        _ variant: Variant, batchSize: Int, limit: Int, workspace: inout Workspace, shouldStop: () -> Bool
    ) -> (EpochRecord?, StopReason) {
        let number = epochs + 1
        let start = parameters
        let firstStep = steps + 1
        let reason: StopReason
        // The one place the fast paths are chosen: the line model's hand-tuned passes, or
        // the generic ones (`Trainer+Models`) for every other model.
        switch variant {
        case .sgd where usesLineOptimiserLoop, .minibatch where usesLineOptimiserLoop:
            reason = runLineOptimiserPass(variant, batchSize: batchSize, epoch: number, limit: limit,
                                          workspace: &workspace, shouldStop: shouldStop)
        case .sgd where usesAffineLoops, .minibatch where usesAffineLoops:
            reason = runAffinePass(variant, batchSize: variant == .sgd ? 1 : batchSize, epoch: number, limit: limit,
                                   workspace: &workspace, shouldStop: shouldStop)
        // The plain rule at a constant rate keeps them; any other optimiser or schedule takes the generic pass.
        case .sgd where model != .line || !usesPlainRule, .minibatch where model != .line || !usesPlainRule:
            reason = runModelPass(variant, batchSize: variant == .sgd ? 1 : batchSize, epoch: number, limit: limit,
                                  workspace: &workspace, shouldStop: shouldStop)
        case .batch:
            switch applyUpdate(.batch, indices: nil, epoch: number, workspace: &workspace) {
            case .applied: reason = .completed
            case .diverged(let d): reason = .diverged(d)
            }
        case .sgd:
            reason = runStochasticPass(epoch: number, limit: limit, workspace: &workspace, shouldStop: shouldStop)
        case .minibatch:
            reason = runMiniBatchPass(batchSize: batchSize, epoch: number, limit: limit,
                                      workspace: &workspace, shouldStop: shouldStop)
        }
        let made = steps - firstStep + 1
        guard made > 0 else { return (nil, reason) }
        epochs = number
        var record = EpochRecord(
            epoch: number, variant: variant, batchSize: variant == .minibatch ? batchSize : (variant == .sgd ? 1 : data.count),
            updates: made, firstStep: firstStep, wBefore: start.w, wAfter: w, loss: currentLoss())
        record.bBefore = start.b
        record.bAfter = parameters.b
        history.append(record)
        return (record, reason)
    }

    /// Fills the reusable order buffer with 0…n−1 and shuffles it. Only shuffled epochs use
    /// it: an epoch in data order reads the columns directly.
    mutating func prepareOrder(_ workspace: inout Workspace) {
        let n = data.count
        workspace.pairs = []
        if workspace.order.count != n {
            workspace.order = []  // free the old buffer before the new one is made
            workspace.order = LargeArray.make(count: n) { buffer in
                for i in 0..<n { buffer[i] = i }
            }
        } else {
            workspace.order.withUnsafeMutableBufferPointer { buffer in
                for i in 0..<buffer.count { buffer[i] = i }
            }
        }
        workspace.order.withUnsafeMutableBufferPointer { random.shuffle($0) }
    }

    /// Copies the points into the pair buffer and shuffles the pairs themselves: the same
    /// swaps as shuffling 0…n−1, so slice k holds the same points in the same order, and
    /// each point costs one random cache line instead of three (index, x, y).
    mutating func preparePairs(_ workspace: inout Workspace) {
        let n = data.count
        if workspace.pairs.count != n {
            workspace.order = []
            workspace.pairs = []
            workspace.pairs = LargeArray.make(count: n) { _ in }
        }
        data.xs.withUnsafeBufferPointer { x in
            data.ys.withUnsafeBufferPointer { y in
                workspace.pairs.withUnsafeMutableBufferPointer { p in
                    for i in 0..<min(n, p.count) { p[i] = SIMD2(x[i], y[i]) }
                }
            }
        }
        workspace.pairs.withUnsafeMutableBufferPointer { random.shuffle($0) }
    }

    /// Copies `count` shuffled pairs from `start` into the scratch columns, split into x and y.
    @inline(__always)
    static func unzip(
        _ pairs: UnsafeBufferPointer<SIMD2<Double>>, start: Int, count: Int,
        scratch gx: UnsafeMutableBufferPointer<Double>, _ gy: UnsafeMutableBufferPointer<Double>
    ) -> (UnsafePointer<Double>, UnsafePointer<Double>)? {
        guard let pb = pairs.baseAddress, let dx = gx.baseAddress, let dy = gy.baseAddress,
              start + count <= pairs.count, count <= gx.count, count <= gy.count else { return nil }
        let p = pb + start
        for k in 0..<count {
            let v = p[k]
            dx[k] = v.x
            dy[k] = v.y
        }
        return (UnsafePointer(dx), UnsafePointer(dy))
    }

    /// Points per gather in a shuffled mini-batch epoch (sgd gathers one cancellation
    /// interval at a time): a shuffled epoch copies this many points at a time, in visiting
    /// order, into contiguous scratch columns (64 KiB, cache-resident) and runs the updates
    /// there. Independent loads in a row overlap their cache misses far better than loads
    /// interleaved with a chain of dependent updates, and the arithmetic is unchanged.
    static let gatherChunk = 4096

    /// Copies the points `order[start..<start+count]` into the scratch columns.
    @inline(__always)
    static func gather(
        _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ order: UnsafePointer<Int>,
        start: Int, count: Int, into gx: UnsafeMutablePointer<Double>, _ gy: UnsafeMutablePointer<Double>
    ) {
        let o = order + start
        for k in 0..<count {
            let i = o[k]
            gx[k] = x[i]
            gy[k] = y[i]
        }
    }

    /// The columns of the chunk of `count` points from `start`: gathered through the order
    /// into the scratch columns when the epoch is shuffled, else the data where it lies.
    /// Nil only for empty buffers, which a non-empty data set never has.
    @inline(__always)
    static func chunk(
        _ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>, order: UnsafeBufferPointer<Int>,
        start: Int, count: Int, shuffled: Bool,
        scratch gx: UnsafeMutableBufferPointer<Double>, _ gy: UnsafeMutableBufferPointer<Double>
    ) -> (UnsafePointer<Double>, UnsafePointer<Double>)? {
        guard let xb = x.baseAddress, let yb = y.baseAddress else { return nil }
        guard shuffled else { return (xb + start, yb + start) }
        guard let ob = order.baseAddress, let gxb = gx.baseAddress, let gyb = gy.baseAddress,
              start + count <= order.count, count <= gx.count, count <= gy.count else { return nil }
        return columns(xb, yb, order: ob, start: start, count: count, shuffled: true, into: gxb, gyb)
    }

    /// `chunk` without its checks, for callers that sized the buffers themselves (the
    /// sweep's lanes): the data where it lies, or gathered through `order` into `gx`, `gy`.
    @inline(__always)
    static func columns(
        _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, order: UnsafePointer<Int>,
        start: Int, count: Int, shuffled: Bool,
        into gx: UnsafeMutablePointer<Double>, _ gy: UnsafeMutablePointer<Double>
    ) -> (UnsafePointer<Double>, UnsafePointer<Double>) {
        guard shuffled else { return (x + start, y + start) }
        gather(x, y, order, start: start, count: count, into: gx, gy)
        return (UnsafePointer(gx), UnsafePointer(gy))
    }

    /// The first step number after `step` that the history keeps.
    @inline(__always)
    static func nextKept(after step: Int, _ log: History) -> Int {
        log.stride == 1 ? step + 1 : (step / log.stride + 1) * log.stride
    }

    /// n one-point updates, in data order or along a fresh permutation, with the weight in
    /// a register: runs of updates the history does not keep are a bare loop (no row, no
    /// call), and a row is built only for each kept update.
    mutating func runStochasticPass(
        epoch: Int, limit: Int, workspace: inout Workspace, shouldStop: () -> Bool
    ) -> StopReason {
        // A replay stops after `limit` updates; the order is drawn whole all the same.
        let n = min(data.count, max(0, limit))
        let shuffled = shuffles
        if shuffled { prepareOrder(&workspace) }
        let lr = learningRate
        // The update is w − lr·g with g = −2·t, t = x·r. Multiplying by −2 is exact in binary
        // floating point (short of overflow), so lr·(−2·t) and (−2·lr)·t are roundings of the
        // same real number, the same double, signs of zero included. When −2·t overflows the
        // gradient is infinite and the update is refused either way (and re-evaluated with
        // the plain formula for the report); when −2·lr overflows the plain loop runs.
        let negTwoLR: Double? = (-2 * lr).isFinite ? -2 * lr : nil
        // |w| past this would make the loss over all points overflow (`Dataset.safeWeightBound`);
        // the one comparison also refuses an infinite or NaN weight.
        let bound = min(data.safeWeightBound, .greatestFiniteMagnitude)
        var w = self.w
        var step = steps
        var log = History(startWeight: 0)
        swap(&log, &history)
        // One gather per cancellation check: the chunk is the polling interval.
        var buffers = PassBuffers(&workspace, gather: shuffled ? Trainer.cancellationInterval : 0)
        defer {
            swap(&log, &history)
            buffers.giveBack(to: &workspace)
            self.w = w
            steps = step
        }
        return buffers.withPointers(data) { pass in
            let o = pass.order
            var start = 0
            while start < n {
                if shouldStop() { return .interrupted }
                let m = min(Trainer.cancellationInterval, n - start)
                guard let (px, py) = pass.chunk(start: start, count: m, shuffled: shuffled,
                                                fromPairs: false) else { return .completed }
                var k = 0
                while k < m {
                    // Updates the history skips: the bare dependency chain.
                    let free = min(m - k, Trainer.nextKept(after: step, log) - step - 1)
                    let end = k + free
                    if let step2 = negTwoLR {
                        // lr·(−2·(x·r)) == (−2·lr)·(x·r) bit for bit (see `negTwoLR`),
                        // one multiplication fewer on the chain from w to w.
                        while k < end {
                            let xi = px[k]
                            let r = py[k] - w * xi
                            let term = xi * r
                            let wAfter = w - step2 * term
                            guard abs(wAfter) <= bound, (-2 * term).isFinite, (r * r).isFinite else { break }
                            w = wAfter
                            k += 1
                        }
                    } else {
                        while k < end {
                            let xi = px[k]
                            let r = py[k] - w * xi
                            let gradient = -2 * (xi * r)
                            let wAfter = w - lr * gradient
                            guard abs(wAfter) <= bound, gradient.isFinite, (r * r).isFinite else { break }
                            w = wAfter
                            k += 1
                        }
                    }
                    let done = free - (end - k)
                    for _ in 0..<done { log.skip() }
                    step += done
                    guard k < m else { break }
                    // A kept update, or the bad one that stopped the run.
                    let i = shuffled ? o[start + k] : start + k
                    let e = GradientKernel.evaluate(x: px[k], y: py[k], w: w)
                    let wAfter = GradientKernel.update(w, learningRate: lr, gradient: e.gradient)
                    guard abs(wAfter) <= bound, e.gradient.isFinite, e.lossUsed.isFinite else {
                        return .diverged(Divergence(
                            step: step + 1, variant: .sgd, points: [i], pointCount: 1,
                            learningRate: lr, wBefore: w, gradient: e.gradient,
                            wAfter: wAfter, rolledBack: false))
                    }
                    step += 1
                    log.append(UpdateRecord(
                        step: step, epoch: epoch, point: i,
                        wBefore: w, wAfter: wAfter, gradient: e.gradient, lossUsed: e.lossUsed))
                    w = wAfter
                    k += 1
                }
                start += m
            }
            return .completed
        }
    }

    /// ⌈n/B⌉ updates over consecutive slices of the data or of a fresh permutation, each
    /// summed exactly as a batch would be. A shuffled epoch gathers whole slices at a time
    /// (`gatherChunk` points, at least one slice) into the scratch columns.
    mutating func runMiniBatchPass(
        batchSize: Int, epoch: Int, limit: Int, workspace: inout Workspace, shouldStop: () -> Bool
    ) -> StopReason {
        let b = max(1, batchSize)
        // A replay stops after `limit` slices; the order is drawn whole all the same.
        let n = limit >= data.count ? data.count : min(data.count, max(0, limit) * b)
        let shuffled = shuffles
        // Rows of batches up to `pointListLimit` points list them, which needs the indices.
        let usePairs = shuffled && b > UpdateRecord.pointListLimit
        if usePairs { preparePairs(&workspace) } else if shuffled { prepareOrder(&workspace) }
        let chunk = b >= Trainer.gatherChunk ? b : (Trainer.gatherChunk / b) * b
        let lr = learningRate
        let bound = data.safeWeightBound
        let listLimit = UpdateRecord.pointListLimit
        var w = self.w
        var step = steps
        var log = History(startWeight: 0)
        swap(&log, &history)
        var buffers = PassBuffers(&workspace, gather: shuffled ? min(chunk, max(1, n)) : 0)
        defer {
            swap(&log, &history)
            buffers.giveBack(to: &workspace)
            self.w = w
            steps = step
        }
        return buffers.withPointers(data) { pass in
            let o = pass.order
            /// The data positions of the slice at `first`, when rows keep them.
            func points(_ first: Int, _ count: Int) -> [Int] {
                // Shuffled pairs carry no indices; their rows keep the count only.
                guard count <= listLimit, !usePairs else { return [] }
                return shuffled ? Array(o[first..<(first + count)]) : Array(first..<(first + count))
            }
            var start = 0
            while start < n {
                let m = min(chunk, n - start)
                guard let (px, py) = pass.chunk(start: start, count: m, shuffled: shuffled,
                                                fromPairs: usePairs) else { return .completed }
                var k = 0
                while k < m {
                    if shouldStop() { return .interrupted }
                    let count = min(b, m - k)
                    let e = GradientKernel.evaluate(
                        x: UnsafeBufferPointer(start: px + k, count: count),
                        y: UnsafeBufferPointer(start: py + k, count: count), w: w)
                    let wAfter = GradientKernel.update(w, learningRate: lr, gradient: e.gradient)
                    guard wAfter.isFinite, e.gradient.isFinite, e.lossUsed.isFinite,
                          abs(wAfter) <= bound else {
                        return .diverged(Divergence(
                            step: step + 1, variant: .minibatch, points: points(start + k, count),
                            pointCount: count, learningRate: lr, wBefore: w, gradient: e.gradient,
                            wAfter: wAfter, rolledBack: false))
                    }
                    step += 1
                    if log.keeps(step: step) {
                        log.append(UpdateRecord(
                            step: step, epoch: epoch, variant: .minibatch, points: points(start + k, count),
                            pointCount: count, wBefore: w, wAfter: wAfter, gradient: e.gradient,
                            lossUsed: e.lossUsed))
                    } else {
                        log.skip()
                    }
                    w = wAfter
                    k += count
                }
                start += m
            }
            return .completed
        }
    }
}
