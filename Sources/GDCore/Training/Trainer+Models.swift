/// Updates for the models other than the line, which keeps its own hand-tuned loops
/// (`Trainer+Epoch`, `Trainer+Step`); `runEpoch` and `applyUpdate` choose in one place.
///
/// The arithmetic is the reference code's, generalised: the gradient of each parameter
/// from one evaluation over the points used (`ModelKernel`, numpy's summation order),
/// then w ← w − α·∂L/∂w and b ← b − α·∂L/∂b. Orders are drawn exactly as for the line
/// (`prepareOrder`), so a numpy-mode affine run visits the points numpy visits.
extension Trainer {
    /// One update of a non-line model over the listed points (all when nil).
    mutating func applyModelUpdate(_ variant: Variant, indices: [Int]?, epoch: Int?, workspace: inout Workspace) -> UpdateResult {
        let evaluation: ModelKernel.Evaluation
        let count: Int
        if let indices {
            count = indices.count
            workspace.gatherX.removeAll(keepingCapacity: true)
            workspace.gatherY.removeAll(keepingCapacity: true)
            for i in indices {
                guard let p = data.point(at: i) else { continue }
                workspace.gatherX.append(p.x)
                workspace.gatherY.append(p.y)
            }
            let (m, p) = (model, parameters)
            evaluation = workspace.gatherX.withUnsafeBufferPointer { x in
                workspace.gatherY.withUnsafeBufferPointer { y in ModelKernel.evaluate(m, x: x, y: y, p) }
            }
        } else {
            count = data.count
            evaluation = evaluateAll(at: parameters)
        }
        let n = data.count
        let listed = { indices ?? Array(0..<n) }
        return commitModel(variant, evaluation, count: count, epoch: epoch, step: steps + 1,
                           points: count <= UpdateRecord.pointListLimit ? listed() : [])
    }

    /// The parameters after an evaluated update, or the divergence that refuses it.
    func modelUpdate(_ variant: Variant, _ e: ModelKernel.Evaluation, count: Int, step: Int, points: @autoclosure () -> [Int])
        -> Result<Optimised, DivergenceError> {
        let p = parameters
        var lr = learningRate
        var result = Optimised(after: Parameters(w: p.w - lr * e.gradient.w, b: p.b), states: optimizerState, rateW: 0, rateB: 0)
        if usesPlainRule {
            if model.hasBias { result.after.b = p.b - lr * e.gradient.b }
        } else {
            lr = schedule.rate(base: learningRate, update: step, epochs: epochs)
            let o = Trainer.optimise(optimizer, p, gradient: e.gradient, hasBias: model.hasBias, rate: lr, states: optimizerState)
            result = Optimised(after: o.after, states: o.states, rateW: o.rateW, rateB: o.rateB)
        }
        let after = result.after
        guard e.gradient.isFinite, e.lossUsed.isFinite, after.isFinite, data.isSafe(after, model: model) else {
            return .failure(DivergenceError(divergence: Divergence(
                step: step, variant: variant, points: points(), pointCount: count, learningRate: lr,
                wBefore: p.w, gradient: e.gradient.w, wAfter: after.w,
                bBefore: p.b, gradientB: e.gradient.b, bAfter: after.b, rolledBack: false)))
        }
        return .success(result)
    }

    /// An update's outcome before it is committed: the parameters, the optimiser's memory
    /// and the effective rates (0 for the plain rule).
    struct Optimised {
        var after: Parameters
        var states: ParameterStates
        var rateW: Double
        var rateB: Double
    }

    struct DivergenceError: Error {
        var divergence: Divergence
    }

    mutating func commitModel(
        _ variant: Variant, _ e: ModelKernel.Evaluation, count: Int, epoch: Int?, step: Int, points: [Int]
    ) -> UpdateResult {
        switch modelUpdate(variant, e, count: count, step: step, points: points) {
        case .failure(let error):
            return .diverged(error.divergence)
        case .success(let result):
            let after = result.after
            let record = UpdateRecord(
                step: step, epoch: epoch, variant: variant, points: points, pointCount: count,
                before: parameters, after: after, gradients: e.gradient, lossUsed: e.lossUsed,
                rates: (result.rateW, result.rateB))
            steps = step
            parameters = after
            optimizerState = result.states
            history.append(record)
            return .applied(record)
        }
    }

    /// An sgd (B = 1) or mini-batch pass of a non-line model: consecutive slices of B
    /// points of the data or of a fresh permutation, stopped after `limit` updates.
    mutating func runModelPass(
        _ variant: Variant, batchSize: Int, epoch: Int, limit: Int, workspace: inout Workspace, shouldStop: () -> Bool
    ) -> StopReason {
        switch model {
        case .line: return runModelPass(LineModel.self, variant, batchSize, epoch, limit, &workspace, shouldStop)
        case .affine: return runModelPass(AffineModel.self, variant, batchSize, epoch, limit, &workspace, shouldStop)
        case .sine: return runModelPass(SineModel.self, variant, batchSize, epoch, limit, &workspace, shouldStop)
        }
    }

    mutating func runModelPass<M: Model>(
        _ model: M.Type, _ variant: Variant, _ batchSize: Int, _ epoch: Int, _ limit: Int,
        _ workspace: inout Workspace, _ shouldStop: () -> Bool
    ) -> StopReason {
        let n = data.count
        let b = max(1, batchSize)
        let shuffled = shuffles
        if shuffled { prepareOrder(&workspace) }
        var buffers = PassBuffers(&workspace, gather: shuffled ? b : 0)
        var p = parameters
        var step = steps
        var states = optimizerState
        var log = History(startWeight: 0)
        swap(&log, &history)
        defer {
            swap(&log, &history)
            buffers.giveBack(to: &workspace)
            parameters = p
            steps = step
            optimizerState = states
        }
        let base = learningRate
        var lr = base
        let plain = usesPlainRule
        let (rule, plan, finished) = (optimizer, schedule, epochs)
        let hasBias = M.kind.hasBias
        let listLimit = UpdateRecord.pointListLimit
        let d = data
        return buffers.withPointers(data) { pass in
            let o = pass.order
            var made = 0
            var start = 0
            while start < n && made < limit {
                if made % Trainer.cancellationInterval == 0, made > 0, shouldStop() { return .interrupted }
                let count = min(b, n - start)
                guard let (px, py) = pass.chunk(start: start, count: count, shuffled: shuffled,
                                                fromPairs: false) else { return .completed }
                let e = ModelKernel.evaluate(M.self, x: px, y: py, count: count, p)
                var after = p
                var next = states
                var rates = (w: 0.0, b: 0.0)
                if plain {
                    after.w = p.w - lr * e.gradient.w
                    if hasBias { after.b = p.b - lr * e.gradient.b }
                } else {
                    lr = plan.rate(base: base, update: step + 1, epochs: finished)
                    let o = Trainer.optimise(rule, p, gradient: e.gradient, hasBias: hasBias, rate: lr, states: states)
                    (after, next, rates) = (o.after, o.states, (o.rateW, o.rateB))
                }
                func points() -> [Int] {
                    guard count <= listLimit else { return [] }
                    return shuffled ? Array(o[start..<(start + count)]) : Array(start..<(start + count))
                }
                guard e.gradient.isFinite, e.lossUsed.isFinite, after.isFinite,
                      d.isSafe(after, model: M.kind) else {
                    return .diverged(Divergence(
                        step: step + 1, variant: variant, points: points(), pointCount: count,
                        learningRate: lr, wBefore: p.w, gradient: e.gradient.w, wAfter: after.w,
                        bBefore: p.b, gradientB: e.gradient.b, bAfter: after.b, rolledBack: false))
                }
                step += 1
                if log.keeps(step: step) {
                    log.append(UpdateRecord(
                        step: step, epoch: epoch, variant: variant, points: points(), pointCount: count,
                        before: p, after: after, gradients: e.gradient, lossUsed: e.lossUsed, rates: rates))
                } else {
                    log.skip()
                }
                p = after
                states = next
                made += 1
                start += count
            }
            return .completed
        }
    }
}
