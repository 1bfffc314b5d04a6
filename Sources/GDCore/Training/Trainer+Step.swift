extension Trainer {
    /// Which points one update uses.
    public enum Selection: Sendable, Equatable {
        /// Every point (batch).
        case all
        /// These 0-based positions, in this order (in range and distinct: the console checks).
        case points([Int])
        /// `count` distinct points drawn from the session's generator.
        case random(count: Int)
    }

    /// One update of the given variant on the given points.
    ///
    /// A step that goes non-finite changes nothing, the generator included (a random point
    /// drawn for it is drawn again by the next step), whatever `divergencePolicy` says: it
    /// has no good updates to keep.
    ///
    /// - Precondition: data is not empty; listed points are in range and distinct.
    /// - Complexity: O(points used), plus O(n) to draw a random mini-batch.
    public mutating func step(_ variant: Variant, _ selection: Selection, workspace: inout Workspace) -> StepOutcome {
        let before = takeSnapshot()
        let result = applyStep(variant, selection, workspace: &workspace)
        switch result {
        case .applied(let record):
            timeline.record(Timeline.Entry(
                before: before, after: takeSnapshot(), run: .step(variant, selection),
                learningRate: learningRate, shuffles: shuffles, optimizer: optimizer, schedule: schedule))
            return StepOutcome(record: record, stop: .completed, loss: currentLoss())
        case .diverged(var divergence):
            restore(before)
            divergence.rolledBack = divergencePolicy == .rollback
            return StepOutcome(record: nil, stop: .diverged(divergence), loss: loss)
        }
    }

    /// `step` with a scratch workspace of its own (tests, one-off calls).
    public mutating func step(_ variant: Variant, _ selection: Selection) -> StepOutcome {
        var workspace = Workspace()
        return step(variant, selection, workspace: &workspace)
    }

    /// Draws the points (when random) and makes the update.
    mutating func applyStep(_ variant: Variant, _ selection: Selection, workspace: inout Workspace) -> UpdateResult {
        let indices: [Int]?
        switch selection {
        case .all: indices = nil
        case .points(let list): indices = list
        case .random(let count):
            indices = count == 1 ? [random.index(below: data.count)] : random.sample(count, from: data.count)
        }
        return applyUpdate(variant, indices: indices, epoch: nil, workspace: &workspace)
    }

    enum UpdateResult {
        case applied(UpdateRecord)
        case diverged(Divergence)
    }

    /// Evaluates, checks for a non-finite value, applies and records one update.
    mutating func applyUpdate(_ variant: Variant, indices: [Int]?, epoch: Int?, workspace: inout Workspace) -> UpdateResult {
        // The line model's own kernels; every other model goes through `ModelKernel`.
        guard model == .line, usesPlainRule else {
            return applyModelUpdate(variant, indices: indices, epoch: epoch, workspace: &workspace)
        }
        if let indices {
            let evaluation = evaluate(indices, gatherX: &workspace.gatherX, gatherY: &workspace.gatherY)
            return commit(variant, evaluation, count: indices.count, epoch: epoch) { indices }
        }
        let w = self.w
        let evaluation = data.xs.withUnsafeBufferPointer { x in
            data.ys.withUnsafeBufferPointer { y in GradientKernel.evaluate(x: x, y: y, w: w) }
        }
        let n = data.count
        return commit(variant, evaluation, count: n, epoch: epoch) { Array(0..<n) }
    }

    /// Applies an evaluated update unless it went non-finite, and records it.
    ///
    /// - Parameter points: the indices used; called only when the row keeps them.
    mutating func commit(
        _ variant: Variant, _ evaluation: GradientKernel.Evaluation, count: Int, epoch: Int?,
        points: () -> [Int]
    ) -> UpdateResult {
        let wAfter = GradientKernel.update(w, learningRate: learningRate, gradient: evaluation.gradient)
        guard wAfter.isFinite, evaluation.gradient.isFinite, evaluation.lossUsed.isFinite,
              abs(wAfter) <= data.safeWeightBound else {
            return .diverged(Divergence(
                step: steps + 1, variant: variant,
                points: count <= UpdateRecord.pointListLimit ? points() : [], pointCount: count,
                learningRate: learningRate, wBefore: w, gradient: evaluation.gradient,
                wAfter: wAfter, rolledBack: false))
        }
        let record = UpdateRecord(
            step: steps + 1, epoch: epoch, variant: variant,
            points: count <= UpdateRecord.pointListLimit ? points() : [], pointCount: count,
            wBefore: w, wAfter: wAfter, gradient: evaluation.gradient, lossUsed: evaluation.lossUsed)
        steps += 1
        w = wAfter
        history.append(record)
        return .applied(record)
    }

    /// Gathers the listed points into contiguous scratch columns and evaluates them there,
    /// so the sum runs in the same order and with the same code as a batch.
    func evaluate(_ indices: [Int], gatherX: inout [Double], gatherY: inout [Double]) -> GradientKernel.Evaluation {
        if indices.count == 1, let p = data.point(at: indices[0]) {
            return GradientKernel.evaluate(x: p.x, y: p.y, w: w)
        }
        gatherX.removeAll(keepingCapacity: true)
        gatherY.removeAll(keepingCapacity: true)
        for i in indices {
            guard let p = data.point(at: i) else { continue }
            gatherX.append(p.x)
            gatherY.append(p.y)
        }
        let w = self.w
        return gatherX.withUnsafeBufferPointer { x in
            gatherY.withUnsafeBufferPointer { y in GradientKernel.evaluate(x: x, y: y, w: w) }
        }
    }
}
