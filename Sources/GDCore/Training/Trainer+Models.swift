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
            let (m, p) = (model, parameters)
            evaluation = data.xs.withUnsafeBufferPointer { x in
                data.ys.withUnsafeBufferPointer { y in ModelKernel.evaluate(m, x: x, y: y, p) }
            }
        }
        let n = data.count
        let listed = { indices ?? Array(0..<n) }
        return commitModel(variant, evaluation, count: count, epoch: epoch, step: steps + 1,
                           points: count <= UpdateRecord.pointListLimit ? listed() : [])
    }

    /// The parameters after an evaluated update, or the divergence that refuses it.
    func modelUpdate(_ variant: Variant, _ e: ModelKernel.Evaluation, count: Int, step: Int, points: @autoclosure () -> [Int])
        -> Result<Parameters, DivergenceError> {
        let p = parameters
        let lr = learningRate
        var after = Parameters(w: p.w - lr * e.gradient.w, b: p.b)
        if model.hasBias { after.b = p.b - lr * e.gradient.b }
        guard e.gradient.isFinite, e.lossUsed.isFinite, after.isFinite, data.isSafe(after, model: model) else {
            return .failure(DivergenceError(divergence: Divergence(
                step: step, variant: variant, points: points(), pointCount: count, learningRate: lr,
                wBefore: p.w, gradient: e.gradient.w, wAfter: after.w,
                bBefore: p.b, gradientB: e.gradient.b, bAfter: after.b, rolledBack: false)))
        }
        return .success(after)
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
        case .success(let after):
            var record = UpdateRecord(
                step: step, epoch: epoch, variant: variant, points: points, pointCount: count,
                wBefore: parameters.w, wAfter: after.w, gradient: e.gradient.w, lossUsed: e.lossUsed)
            record.bBefore = parameters.b
            record.bAfter = after.b
            record.gradientB = e.gradient.b
            steps = step
            parameters = after
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
        var gx = [Double](repeating: 0, count: b), gy = [Double](repeating: 0, count: b)
        swap(&gx, &workspace.gatherX)
        swap(&gy, &workspace.gatherY)
        defer {
            swap(&gx, &workspace.gatherX)
            swap(&gy, &workspace.gatherY)
        }
        if workspace.gatherX.count < b { workspace.gatherX = [Double](repeating: 0, count: b) }
        if workspace.gatherY.count < b { workspace.gatherY = [Double](repeating: 0, count: b) }
        var made = 0
        var start = 0
        let listLimit = UpdateRecord.pointListLimit
        while start < n && made < limit {
            if made % Trainer.cancellationInterval == 0, made > 0 || start > 0, shouldStop() { return .interrupted }
            let count = min(b, n - start)
            var e = ModelKernel.Evaluation(gradient: Parameters(w: 0), lossUsed: 0)
            let p = parameters
            let order = workspace.order
            data.xs.withUnsafeBufferPointer { x in
                data.ys.withUnsafeBufferPointer { y in
                    workspace.gatherX.withUnsafeMutableBufferPointer { sx in
                        workspace.gatherY.withUnsafeMutableBufferPointer { sy in
                            guard let xb = x.baseAddress, let yb = y.baseAddress,
                                  let dx = sx.baseAddress, let dy = sy.baseAddress else { return }
                            if shuffled {
                                order.withUnsafeBufferPointer { o in
                                    for k in 0..<count {
                                        let i = o[start + k]
                                        dx[k] = xb[i]
                                        dy[k] = yb[i]
                                    }
                                }
                                e = ModelKernel.evaluate(M.self, x: dx, y: dy, count: count, p)
                            } else {
                                e = ModelKernel.evaluate(M.self, x: xb + start, y: yb + start, count: count, p)
                            }
                        }
                    }
                }
            }
            let points: [Int] = count <= listLimit
                ? (shuffled ? Array(order[start..<(start + count)]) : Array(start..<(start + count))) : []
            if case .diverged(let d) = commitModel(variant, e, count: count, epoch: epoch, step: steps + 1, points: points) {
                return .diverged(d)
            }
            made += 1
            start += count
        }
        return .completed
    }
}
