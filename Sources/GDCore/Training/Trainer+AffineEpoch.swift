/// The affine model's own sgd and mini-batch loops for the plain rule at a constant rate,
/// with w and b in registers: what `runStochasticPass` and `runMiniBatchPass` are to the
/// line model. `runEpoch` chooses them (`usesAffineLoops`).
///
/// Every value is the generic loop's (`runModelPass`) bit for bit, and a test runs both
/// (`AffineFastPathTests`). The generic one-point update is w − α·(−2·((0 + x·r)/1)) and the
/// same for b with r; here it is w − (−2α)·(x·r). Multiplying by −2 or dividing by 1 is
/// exact, so α·(−2·t) and (−2α)·t round the same real number (the argument of `negTwoLR` in
/// `runStochasticPass`), and 0 + t differs from t only for t = −0, where the two updates
/// can differ only in the sign of a zero result. So the short form is used only while both
/// new weights are non-zero and every check passes; any other update (a kept row, a zero,
/// a bad value) is made by `affineUpdate`, the generic arithmetic itself (its sums by
/// `AffinePairwiseSum`, `ModelKernel`'s for the affine model bit for bit).
extension Trainer {
    /// One affine pass: n one-point updates (sgd) or ⌈n/B⌉ slices (mini-batch), in data
    /// order or along a fresh permutation, stopped after `limit` updates.
    mutating func runAffinePass(
        _ variant: Variant, batchSize: Int, epoch: Int, limit: Int, workspace: inout Workspace, shouldStop: () -> Bool
    ) -> StopReason {
        let b = max(1, batchSize)
        let n = min(data.count, limit >= data.count ? data.count : max(0, limit) * b)
        let shuffled = shuffles
        // Shuffled slices of more than `pointListLimit` points keep no indices in their rows,
        // so they can come from the shuffled pairs (one random cache line per point instead of
        // three, as `runMiniBatchPass` does), unless the last slice is short enough to list them.
        let last = n - ((n - 1) / b) * b
        let usePairs = shuffled && b > UpdateRecord.pointListLimit && last > UpdateRecord.pointListLimit
        if usePairs { preparePairs(&workspace) } else if shuffled { prepareOrder(&workspace) }
        let chunk = b >= Trainer.gatherChunk ? b : (Trainer.gatherChunk / b) * b
        var p = parameters
        var step = steps
        var log = History(startWeight: 0)
        swap(&log, &history)
        var buffers = PassBuffers(&workspace, gather: shuffled ? min(chunk, max(1, n)) : 0)
        defer {
            swap(&log, &history)
            buffers.giveBack(to: &workspace)
            parameters = p
            steps = step
        }
        let lr = learningRate
        let d = data
        return buffers.withPointers(data) { pass in
            let o = pass.order
            var made = 0
            var start = 0
            while start < n {
                let m = min(chunk, n - start)
                guard let (px, py) = pass.chunk(start: start, count: m, shuffled: shuffled,
                                                fromPairs: usePairs) else { return .completed }
                let stop: StopReason?
                if b == 1 {
                    stop = Trainer.affineStochasticChunk(
                        px, py, m, variant: variant, order: shuffled ? o : nil, first: start, epoch: epoch, lr: lr, data: d,
                        p: &p, step: &step, made: &made, log: &log, shouldStop: shouldStop)
                } else {
                    stop = Trainer.affineMiniBatchChunk(
                        px, py, m, batch: b, order: shuffled && !usePairs ? o : nil, first: start, epoch: epoch, lr: lr,
                        data: d, p: &p, step: &step, made: &made, log: &log, shouldStop: shouldStop)
                }
                if let stop { return stop }
                start += m
            }
            return .completed
        }
    }

    /// The data positions of the `count` points from visiting position `first`, as the
    /// generic loop lists them (up to `UpdateRecord.pointListLimit`, else none).
    @inline(__always)
    static func affinePoints(_ order: UnsafeBufferPointer<Int>?, _ first: Int, _ count: Int) -> [Int] {
        guard count <= UpdateRecord.pointListLimit else { return [] }
        if let order { return Array(order[first..<(first + count)]) }
        return Array(first..<(first + count))
    }

    /// One update of the plain rule on `count` gathered points, exactly as `runModelPass`
    /// makes it: the row when the history keeps it, or the divergence that refuses it.
    @inline(__always)
    static func affineUpdate(
        _ px: UnsafePointer<Double>, _ py: UnsafePointer<Double>, count: Int, points: () -> [Int],
        variant: Variant, epoch: Int, lr: Double, data: Dataset,
        p: inout Parameters, step: inout Int, log: inout History
    ) -> Divergence? {
        let e = AffinePairwiseSum.evaluate(x: px, y: py, count: count, p)
        var after = p
        after.w = p.w - lr * e.gradient.w
        after.b = p.b - lr * e.gradient.b
        guard e.gradient.isFinite, e.lossUsed.isFinite, after.isFinite, data.isSafe(after, model: .affine) else {
            return Divergence(
                step: step + 1, variant: variant, points: points(), pointCount: count,
                learningRate: lr, wBefore: p.w, gradient: e.gradient.w, wAfter: after.w,
                bBefore: p.b, gradientB: e.gradient.b, bAfter: after.b, rolledBack: false)
        }
        step += 1
        if log.keeps(step: step) {
            log.append(UpdateRecord(
                step: step, epoch: epoch, variant: variant, points: points(), pointCount: count,
                before: p, after: after, gradients: e.gradient, lossUsed: e.lossUsed))
        } else {
            log.skip()
        }
        p = after
        return nil
    }

    /// `m` one-point updates (sgd, or mini-batches of 1) on gathered (or in-order) columns. Runs of updates the
    /// history does not keep are the bare dependency chain through w and b.
    @inline(__always)
    static func affineStochasticChunk(
        _ px: UnsafePointer<Double>, _ py: UnsafePointer<Double>, _ m: Int, variant: Variant,
        order: UnsafeBufferPointer<Int>?, first: Int, epoch: Int, lr: Double, data: Dataset,
        p: inout Parameters, step: inout Int, made: inout Int, log: inout History, shouldStop: () -> Bool
    ) -> StopReason? {
        // The generic loop polls before every `cancellationInterval`-th update but the first;
        // a chunk is one interval long.
        if made > 0, made % cancellationInterval == 0, shouldStop() { return .interrupted }
        let c = -2 * lr
        let fast = c.isFinite
        let maxX = data.maxAbsX, room = data.residualRoom
        var w = p.w, b = p.b
        var k = 0
        while k < m {
            let free = min(m - k, nextKept(after: step, log) - step - 1)
            let end = k + free
            if fast {
                k = affineChain(px, py, from: k, to: end, c: c, maxX: maxX, room: room, w: &w, b: &b)
            }
            let done = free - (end - k)
            for _ in 0..<done { log.skip() }
            step += done
            made += done
            guard k < m else { break }
            // A kept update, a zero, or the bad one that stops the run: the generic arithmetic.
            p = Parameters(w: w, b: b)
            let i = first + k
            if let divergence = affineUpdate(
                px + k, py + k, count: 1, points: { affinePoints(order, i, 1) }, variant: variant, epoch: epoch,
                lr: lr, data: data, p: &p, step: &step, log: &log) {
                return .diverged(divergence)
            }
            (w, b) = (p.w, p.b)
            made += 1
            k += 1
        }
        p = Parameters(w: w, b: b)
        return nil
    }

    /// The bare dependency chain through w and b from `k` up to `end`: the index of the first
    /// update it did not make. Not inlined, so that w and b reach it and leave it through two
    /// separate addresses: inlined, LLVM's SLP vectoriser packed them into one register as the
    /// `Parameters` they are stored to, which put a shuffle on the chain from w to w (seen in
    /// `perf annotate`). The chain is then w·x, +b, y−, x·r, c·t, w− (six operations to the
    /// line model's five, so 5/6 ≈ 0.83× its rate at best); with the shuffle, data-order
    /// affine sgd ran at 0.78× the line model in `scripts/bench`, without it at 0.83×.
    @inline(never)
    static func affineChain(
        _ px: UnsafePointer<Double>, _ py: UnsafePointer<Double>, from start: Int, to end: Int,
        c: Double, maxX: Double, room: Double, w: inout Double, b: inout Double
    ) -> Int {
        var w0 = w, b0 = b
        var k = start
        while k < end {
            let xi = px[k]
            let r = py[k] - (w0 * xi + b0)
            let t = xi * r
            let wAfter = w0 - c * t
            let bAfter = b0 - c * r
            // Non-zero results (see the type's comment), finite gradients and loss,
            // and `Dataset.isSafe` for the affine model (false for an infinite or NaN weight).
            guard wAfter != 0, bAfter != 0, (-2 * t).isFinite, (-2 * r).isFinite, (r * r).isFinite,
                  abs(wAfter) * maxX + abs(bAfter) <= room else { break }
            w0 = wAfter
            b0 = bAfter
            k += 1
        }
        w = w0
        b = b0
        return k
    }

    /// The slices of `batch` points in `m` gathered (or in-order) points, each summed as
    /// the generic loop sums it. An update the history skips is made here, in registers;
    /// a kept row or a refused update goes through `affineUpdate`.
    @inline(__always)
    static func affineMiniBatchChunk(
        _ px: UnsafePointer<Double>, _ py: UnsafePointer<Double>, _ m: Int, batch: Int,
        order: UnsafeBufferPointer<Int>?, first: Int, epoch: Int, lr: Double, data: Dataset,
        p: inout Parameters, step: inout Int, made: inout Int, log: inout History, shouldStop: () -> Bool
    ) -> StopReason? {
        let maxX = data.maxAbsX, room = data.residualRoom
        var k = 0
        while k < m {
            if made > 0, made % cancellationInterval == 0, shouldStop() { return .interrupted }
            let count = min(batch, m - k)
            if !log.keeps(step: step + 1) {
                // `affineUpdate`'s arithmetic and checks, without the row.
                let e = AffinePairwiseSum.evaluate(x: px + k, y: py + k, count: count, p)
                let w = p.w - lr * e.gradient.w, b = p.b - lr * e.gradient.b
                if e.gradient.isFinite, e.lossUsed.isFinite, w.isFinite, b.isFinite, abs(w) * maxX + abs(b) <= room {
                    p = Parameters(w: w, b: b)
                    step += 1
                    log.skip()
                    made += 1
                    k += count
                    continue
                }
            }
            let i = first + k
            if let divergence = affineUpdate(
                px + k, py + k, count: count, points: { affinePoints(order, i, count) }, variant: .minibatch,
                epoch: epoch, lr: lr, data: data, p: &p, step: &step, log: &log) {
                return .diverged(divergence)
            }
            made += 1
            k += count
        }
        return nil
    }
}
