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
    /// - Precondition: data is not empty; listed points are in range and distinct.
    /// - Complexity: O(points used), plus O(n) to draw a random mini-batch.
    public mutating func step(_ variant: Variant, _ selection: Selection) -> StepOutcome {
        let indices: [Int]?
        switch selection {
        case .all: indices = nil
        case .points(let list): indices = list
        case .random(let count):
            indices = count == 1 ? [random.index(below: data.count)] : random.sample(count, from: data.count)
        }
        let before = checkpoint
        let result = applyUpdate(variant, indices: indices, epoch: nil)
        switch result {
        case .applied(let record):
            return StepOutcome(record: record, stop: .completed, loss: loss)
        case .diverged(var divergence):
            if divergencePolicy == .rollback {
                restore(before)
                divergence.rolledBack = true
            }
            return StepOutcome(record: nil, stop: .diverged(divergence), loss: loss)
        }
    }

    enum UpdateResult {
        case applied(UpdateRecord)
        case diverged(Divergence)
    }

    /// Evaluates, checks for a non-finite value, applies and records one update.
    mutating func applyUpdate(_ variant: Variant, indices: [Int]?, epoch: Int?) -> UpdateResult {
        if let indices {
            let evaluation = evaluate(indices)
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
    mutating func evaluate(_ indices: [Int]) -> GradientKernel.Evaluation {
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

    /// The scalar state a failed command returns to.
    struct Checkpoint {
        var w: Double
        var steps: Int
        var epochs: Int
        var random: RandomStream
        var mark: History.Mark
    }

    var checkpoint: Checkpoint {
        Checkpoint(w: w, steps: steps, epochs: epochs, random: random, mark: history.mark)
    }

    mutating func restore(_ c: Checkpoint) {
        w = c.w
        steps = c.steps
        epochs = c.epochs
        random = c.random
        history.rollBack(to: c.mark, lastKeptStep: c.steps)
    }
}
