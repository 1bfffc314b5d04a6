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
        _ variant: Variant, batchSize: Int? = nil, epochs count: Int,
        shouldStop: () -> Bool = { false }, onEpoch: (EpochRecord) -> Void = { _ in }
    ) -> TrainOutcome {
        let before = checkpoint
        let b = max(1, min(batchSize ?? self.batchSize, data.count))
        var finished: [EpochRecord] = []
        var stop = StopReason.completed
        for _ in 0..<max(0, count) {
            if shouldStop() {
                stop = .interrupted
                break
            }
            let (record, reason) = runEpoch(variant, batchSize: b, shouldStop: shouldStop)
            if let record {
                finished.append(record)
                onEpoch(record)
            }
            if reason != .completed {
                stop = reason
                break
            }
        }
        if case .diverged(var divergence) = stop, divergencePolicy == .rollback {
            restore(before)
            divergence.rolledBack = true
            stop = .diverged(divergence)
            finished = []
        }
        return TrainOutcome(epochs: finished, updates: steps - before.steps, stop: stop, loss: loss)
    }

    /// One epoch. An interrupted epoch keeps its updates and is recorded with the number
    /// it made; a diverged one keeps those before the bad update.
    mutating func runEpoch(
        _ variant: Variant, batchSize: Int, shouldStop: () -> Bool
    ) -> (EpochRecord?, StopReason) {
        let number = epochs + 1
        let wStart = w
        let firstStep = steps + 1
        let reason: StopReason
        switch variant {
        case .batch:
            switch applyUpdate(.batch, indices: nil, epoch: number) {
            case .applied: reason = .completed
            case .diverged(let d): reason = .diverged(d)
            }
        case .sgd:
            prepareOrder()
            reason = runStochasticPass(epoch: number, shouldStop: shouldStop)
        case .minibatch:
            prepareOrder()
            reason = runMiniBatchPass(batchSize: batchSize, epoch: number, shouldStop: shouldStop)
        }
        let made = steps - firstStep + 1
        guard made > 0 else { return (nil, reason) }
        epochs = number
        let record = EpochRecord(
            epoch: number, variant: variant, batchSize: variant == .minibatch ? batchSize : (variant == .sgd ? 1 : data.count),
            updates: made, firstStep: firstStep, wBefore: wStart, wAfter: w, loss: loss)
        history.append(record)
        return (record, reason)
    }

    /// Fills the reusable order buffer with 0…n−1, shuffled when `shuffles` is on.
    mutating func prepareOrder() {
        let n = data.count
        if orderBuffer.count != n {
            orderBuffer = Array(0..<n)
        } else {
            orderBuffer.withUnsafeMutableBufferPointer { buffer in
                for i in 0..<buffer.count { buffer[i] = i }
            }
        }
        if shuffles {
            orderBuffer.withUnsafeMutableBufferPointer { random.shuffle($0) }
        }
    }

    /// n one-point updates along `orderBuffer`, with the weight kept in a register and a
    /// row built only for the updates the history keeps.
    mutating func runStochasticPass(epoch: Int, shouldStop: () -> Bool) -> StopReason {
        let xs = data.xs, ys = data.ys, order = orderBuffer
        let lr = learningRate
        var w = self.w
        var step = steps
        var log = History(startWeight: 0)
        swap(&log, &history)
        defer {
            swap(&log, &history)
            self.w = w
            steps = step
        }
        return xs.withUnsafeBufferPointer { x in
            ys.withUnsafeBufferPointer { y in
                order.withUnsafeBufferPointer { o in
                    var k = 0
                    let n = o.count
                    while k < n {
                        if shouldStop() { return .interrupted }
                        let end = min(n, k + Trainer.cancellationInterval)
                        while k < end {
                            let i = o[k]
                            let e = GradientKernel.evaluate(x: x[i], y: y[i], w: w)
                            let wAfter = GradientKernel.update(w, learningRate: lr, gradient: e.gradient)
                            guard wAfter.isFinite, e.gradient.isFinite, e.lossUsed.isFinite else {
                                return .diverged(Divergence(
                                    step: step + 1, variant: .sgd, points: [i], pointCount: 1,
                                    learningRate: lr, wBefore: w, gradient: e.gradient,
                                    wAfter: wAfter, rolledBack: false))
                            }
                            step += 1
                            if log.keeps(step: step) {
                                log.append(UpdateRecord(
                                    step: step, epoch: epoch, variant: .sgd, points: [i], pointCount: 1,
                                    wBefore: w, wAfter: wAfter, gradient: e.gradient, lossUsed: e.lossUsed))
                            } else {
                                log.skip()
                            }
                            w = wAfter
                            k += 1
                        }
                    }
                    return .completed
                }
            }
        }
    }

    /// ⌈n/B⌉ updates over consecutive slices of `orderBuffer`, each slice gathered into
    /// contiguous scratch columns and summed exactly as a batch would be.
    mutating func runMiniBatchPass(batchSize: Int, epoch: Int, shouldStop: () -> Bool) -> StopReason {
        let order = orderBuffer
        let n = order.count
        var start = 0
        while start < n {
            if shouldStop() { return .interrupted }
            let end = min(n, start + batchSize)
            let slice = order[start..<end]
            gatherX.removeAll(keepingCapacity: true)
            gatherY.removeAll(keepingCapacity: true)
            data.xs.withUnsafeBufferPointer { x in
                data.ys.withUnsafeBufferPointer { y in
                    for i in slice {
                        gatherX.append(x[i])
                        gatherY.append(y[i])
                    }
                }
            }
            let w = self.w
            let evaluation = gatherX.withUnsafeBufferPointer { x in
                gatherY.withUnsafeBufferPointer { y in GradientKernel.evaluate(x: x, y: y, w: w) }
            }
            switch commit(.minibatch, evaluation, count: slice.count, epoch: epoch, points: { Array(slice) }) {
            case .applied: break
            case .diverged(let d): return .diverged(d)
            }
            start = end
        }
        return .completed
    }
}
