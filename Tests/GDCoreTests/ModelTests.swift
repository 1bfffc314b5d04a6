import Testing
@testable import GDCore

/// Each model's analytic gradient against a central finite difference of its loss and
/// against values worked out independently (by hand, or with Python's math module).
@Suite struct ModelTests {
    static func evaluate(_ kind: ModelKind, _ d: Dataset, _ p: Parameters) -> ModelKernel.Evaluation {
        d.xs.withUnsafeBufferPointer { x in
            d.ys.withUnsafeBufferPointer { y in ModelKernel.evaluate(kind, x: x, y: y, p) }
        }
    }

    static func close(_ a: Double, _ b: Double, relative: Double) -> Bool {
        abs(a - b) <= relative * max(abs(a), abs(b), 1e-12)
    }

    @Test(arguments: [
        (ModelKind.line, 0.3, 0.0), (.line, -2.0, 0.0), (.affine, 0.3, 0.7), (.affine, -1.2, -2.5),
        (.sine, 0.4, 0.0), (.sine, 2.3, 0.0), (.sine, -3.7, 0.0),
    ])
    func gradientMatchesCentralDifference(kind: ModelKind, w: Double, b: Double) {
        let d = TrainerPropertyTests.data(200, seed: 11)
        let p = Parameters(w: w, b: b)
        let e = Self.evaluate(kind, d, p)
        let h = 1e-6 * max(1, abs(w))
        let dw = (d.loss(at: Parameters(w: w + h, b: b), model: kind) - d.loss(at: Parameters(w: w - h, b: b), model: kind)) / (2 * h)
        #expect(Self.close(e.gradient.w, dw, relative: 1e-6), "∂L/∂w \(e.gradient.w) vs \(dw)")
        if kind.hasBias {
            let hb = 1e-6 * max(1, abs(b))
            let db = (d.loss(at: Parameters(w: w, b: b + hb), model: kind) - d.loss(at: Parameters(w: w, b: b - hb), model: kind)) / (2 * hb)
            #expect(Self.close(e.gradient.b, db, relative: 1e-6), "∂L/∂b \(e.gradient.b) vs \(db)")
        } else {
            #expect(e.gradient.b == 0)
        }
    }

    @Test func lineOnTheLectureDataIsTheGoldenGradient() {
        let e = Self.evaluate(.line, .lecture, Parameters(w: 0.2))
        #expect(e.gradient.w == -14.266666666666666)
        #expect(e.lossUsed == 5.658333333333334)
        // The generic kernel and the line's own give the same bits.
        let g = Dataset.lecture.xs.withUnsafeBufferPointer { x in
            Dataset.lecture.ys.withUnsafeBufferPointer { y in GradientKernel.evaluate(x: x, y: y, w: 0.2) }
        }
        #expect(g.gradient == e.gradient.w && g.lossUsed == e.lossUsed)
    }

    @Test func affineOnTheLectureDataByHand() {
        // ŷ = 0.2x + 0.5; r = y − ŷ = −0.5, 0.1, 1.3, 1.2, 3.0, 3.4;
        // Σx·r = 35.3, Σr = 8.5, Σr² = 23.95 over n = 6.
        let e = Self.evaluate(.affine, .lecture, Parameters(w: 0.2, b: 0.5))
        #expect(Self.close(e.gradient.w, -2 * 35.3 / 6, relative: 1e-13))
        #expect(Self.close(e.gradient.b, -2 * 8.5 / 6, relative: 1e-13))
        #expect(Self.close(e.lossUsed, 23.95 / 6, relative: 1e-13))
    }

    @Test func sineOnThreePointsAsPythonComputesIt() {
        // python3: r = y − sin(w·x); g = −2·Σ r·cos(w·x)·x / 3; L = Σ r² / 3 at w = 0.5.
        let d = Dataset(xs: [1.0, 2.0, -1.5], ys: [0.5, 0.2, -0.9])
        let e = Self.evaluate(.sine, d, Parameters(w: 0.5))
        #expect(Self.close(e.gradient.w, 0.29030798860704693, relative: 1e-14))
        #expect(Self.close(e.lossUsed, 0.15319665464542895, relative: 1e-14))
    }

    @Test func affineTrainingConvergesToLeastSquares() throws {
        let d = try #require(SyntheticData.generate({
            var s = SyntheticData.Shape(count: 500, weight: 2, noise: 0.05, low: -1, high: 1)
            s.model = .affine
            s.bias = -1
            return s
        }(), seed: 3))
        var t = Trainer(data: d, w: 0, learningRate: 0.1)
        t.setModel(.affine)
        _ = t.train(.batch, epochs: 2000)
        #expect(abs(t.parameters.w - 2) < 0.02 && abs(t.parameters.b + 1) < 0.02, "\(t.parameters)")
    }

    @Test func lineModelPathIsUnchangedByTheModelMachinery() {
        // The same session as the lecture's batch step: 0.2 → 0.3426666666666667.
        var t = Trainer()
        _ = t.step(.batch, .all)
        #expect(t.w == 0.3426666666666667)
        #expect(t.parameters.b == 0)
    }

    @Test func bothWeightsComeFromOneEvaluation() {
        var t = Trainer(w: 0.2, learningRate: 0.01)
        t.setModel(.affine)
        t.setBias(0.5)
        let outcome = t.step(.batch, .all)
        let r = outcome.record
        #expect(Self.close(r?.wAfter ?? 0, 0.2 + 0.02 * 35.3 / 6, relative: 1e-14))
        #expect(Self.close(r?.bAfter ?? 0, 0.5 + 0.02 * 8.5 / 6, relative: 1e-14))
        #expect(r?.gradientB == Self.evaluate(.affine, .lecture, Parameters(w: 0.2, b: 0.5)).gradient.b)
    }
}
