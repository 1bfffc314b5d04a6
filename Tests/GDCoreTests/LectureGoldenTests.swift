import Testing
@testable import GDCore

/// The lecture's worked example. Expected values were computed independently with
/// Python's `fractions` and numpy (see REFERENCE.md), not by gd.
@Suite struct LectureGoldenTests {
    func lecture() -> Trainer {
        Trainer(data: .lecture, w: 0.2, learningRate: 0.01)
    }

    @Test func initialLoss() {
        #expect(lecture().loss == 5.658333333333334)
    }

    @Test func batchStep() {
        var t = lecture()
        let outcome = t.step(.batch, .all)
        #expect(outcome.record?.wAfter == 0.3426666666666667)
        #expect(t.w == 0.3426666666666667)
        #expect(outcome.loss == 3.8095318518518524)
        #expect(outcome.record?.lossUsed == 5.658333333333334)
    }

    @Test func stochasticSteps() {
        var t = lecture()
        #expect(t.step(.sgd, .points([2])).record?.wAfter == 0.272)
        let second = t.step(.sgd, .points([4]))
        #expect(second.record?.wAfter == 0.52896)
        #expect(second.record?.wBefore == 0.272)
        #expect(t.steps == 2)
    }

    @Test func miniBatchSteps() {
        var t = lecture()
        #expect(t.step(.minibatch, .points([1, 4])).record?.wAfter == 0.346)
        #expect(t.step(.minibatch, .points([0, 2])).record?.wAfter == 0.37616)
        #expect(t.step(.minibatch, .points([3, 5])).record?.wAfter == 0.5622656)
    }

    /// The lecture keeps the initial line's predictions after the first update and so
    /// shows 0.552 where the correct value is 0.52896; gd must not reproduce the slip.
    @Test func lectureSlipIsNotReproduced() {
        var t = lecture()
        _ = t.step(.sgd, .points([2]))
        let stale = 0.272 - 0.01 * (-2 * (4 * (4.3 - 0.2 * 4)))
        #expect(abs(stale - 0.552) < 1e-12)
        #expect(t.step(.sgd, .points([4])).record?.wAfter != stale)
    }

    @Test func gradientMatchesTheFormula() {
        let e = Dataset.lecture.xs.withUnsafeBufferPointer { x in
            Dataset.lecture.ys.withUnsafeBufferPointer { y in GradientKernel.evaluate(x: x, y: y, w: 0.2) }
        }
        // −(2/6)·Σ(yᵢ − 0.2xᵢ)xᵢ = −(2/6)·42.8
        #expect(abs(e.gradient - (-42.8 / 3)) < 1e-12)
    }
}
