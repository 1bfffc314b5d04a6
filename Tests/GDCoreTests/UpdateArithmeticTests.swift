import Testing
@testable import GDCore

/// `explain` recomputes each update from the history row's points and weights; the weight
/// it ends with must be the one the trainer produced, to the last bit, for every model,
/// variant and batch size (the trainer's line model runs its own kernels, the others
/// `ModelKernel`: both paths are checked against the one recomputation).
@Suite struct UpdateArithmeticTests {
    static func rows(_ model: ModelKind, _ variant: Variant, batch: Int, n: Int, rate: Double, shuffles: Bool)
        -> (Trainer, [UpdateRecord]) {
        var t = Trainer(data: TrainerPropertyTests.data(n, seed: 5), w: 0.3, learningRate: rate, batchSize: batch, shuffles: shuffles)
        t.setModel(model)
        if model.hasBias { t.setBias(-0.4) }
        _ = t.train(variant, epochs: 2)
        return (t, Array(t.history.updates))
    }

    @Test(arguments: [ModelKind.line, .affine, .sine], [
        (Variant.batch, 1, 6), (.batch, 1, 300), (.batch, 1, 10_000), (.sgd, 1, 40), (.minibatch, 2, 40),
        (.minibatch, 8, 40), (.minibatch, 16, 300), (.minibatch, 13, 100),
    ])
    func recomputedWeightsAreTheTrainers(model: ModelKind, run: (Variant, Int, Int)) {
        for shuffles in [true, false] {
            let (t, rows) = Self.rows(model, run.0, batch: run.1, n: run.2, rate: 0.01, shuffles: shuffles)
            #expect(!rows.isEmpty)
            for r in rows {
                let indices: [Int]? = r.points.isEmpty ? nil : r.points
                #expect(indices != nil || r.pointCount == t.data.count)
                let a = UpdateArithmetic(model: model, data: t.data, indices: indices, before: r.before, learningRate: 0.01)
                #expect(a.after.sameBits(as: r.after), "step \(r.step): \(a.after) vs \(r.after)")
                #expect(a.gradient.w.bitPattern == r.gradient.bitPattern)
                #expect(a.lossUsed.bitPattern == r.lossUsed.bitPattern)
                #expect(a.head.count + a.tail.count == min(r.pointCount, UpdateArithmetic.shownLimit == 8 && r.pointCount > 8 ? 5 : r.pointCount))
            }
        }
    }

    @Test func theLecturesSecondSgdUpdate() {
        let a = UpdateArithmetic(model: .line, data: .lecture, indices: [4], before: Parameters(w: 0.272), learningRate: 0.01)
        #expect(a.head.first?.prediction == 1.088)
        #expect(a.after.w == 0.52896)
    }
}
