import Testing
@testable import GDCore

/// `show best`: the closed forms and the sine model's minima are where the gradient is 0.
@Suite struct BestFitTests {
    @Test func lineIsSigmaXYOverSigmaXX() {
        let m = BestFit.minima(.line, .lecture, in: -5...5)
        // Σxy = 53.8 (0·0 + 1·0.8 + 2·2.2 + 3·2.3 + 4·4.3 + 5·4.9), Σx² = 55.
        #expect(m.count == 1)
        #expect(abs((m.first?.parameters.w ?? 0) - 53.8 / 55) < 1e-15)
    }

    @Test func affineGradientVanishesAtLeastSquares() {
        let d = TrainerPropertyTests.data(300, seed: 5)
        guard let p = BestFit.minima(.affine, d, in: -5...5).first?.parameters else {
            Issue.record("no minimum")
            return
        }
        let e = ModelTests.evaluate(.affine, d, p)
        #expect(abs(e.gradient.w) < 1e-9 && abs(e.gradient.b) < 1e-9, "\(e.gradient)")
    }

    @Test(arguments: [(3.0, 2 as UInt64), (1.5, 7), (-2.2, 9)])
    func sineMinimaAreStationaryAndTheGlobalOneIsTheLowest(w: Double, seed: UInt64) throws {
        var shape = SyntheticData.Shape(count: 150, weight: w, noise: 0.05, low: -3, high: 3)
        shape.model = .sine
        let d = try #require(SyntheticData.generate(shape, seed: seed))
        let minima = BestFit.minima(.sine, d, in: -5...5)
        #expect(minima.filter(\.isGlobal).count == 1)
        for m in minima {
            let g = ModelTests.evaluate(.sine, d, m.parameters).gradient.w
            #expect(abs(g) < 1e-6, "gradient \(g) at \(m.parameters.w)")
        }
        // No point of a fine grid is lower than the global minimum.
        let best = minima.first(where: \.isGlobal)?.loss ?? .infinity
        for k in 0...20000 {
            let v = -5 + Double(k) * 0.0005
            #expect(d.loss(at: Parameters(w: v), model: .sine) >= best - 1e-12)
        }
        #expect(abs((minima.first(where: \.isGlobal)?.parameters.w ?? 0) - w) < 0.05)
    }
}
