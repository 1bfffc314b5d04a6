import Testing
@testable import GDCore

/// Every kernel on small cases against the plain formula, and the summation order against
/// numpy's (values from numpy 2.4: `np.sum` of the same arrays).
@Suite struct KernelTests {
    /// A deterministic list of awkward values (a cheap LCG; not gd's generator).
    static func values(_ n: Int, seed: UInt64) -> [Double] {
        var s = seed
        return (0..<n).map { _ in
            s = s &* 6364136223846793005 &+ 1442695040888963407
            let mantissa = Double(s >> 11) * 0x1.0p-53 - 0.5
            let scale = [1e-3, 1.0, 1e3, 1e8][Int((s >> 3) % 4)]
            return mantissa * scale
        }
    }

    @Test(arguments: [1, 2, 7, 8, 9, 15, 16, 17, 127, 128, 129, 255, 256, 257, 1000, 4099])
    func fusedKernelAgreesWithPlainFormula(n: Int) {
        let xs = Self.values(n, seed: 1), ys = Self.values(n, seed: 2)
        let w = 0.37
        let e = xs.withUnsafeBufferPointer { x in ys.withUnsafeBufferPointer { y in GradientKernel.evaluate(x: x, y: y, w: w) } }
        var terms = 0.0, squares = 0.0, magnitude = 0.0, magnitudeSq = 0.0
        for i in 0..<n {
            let r = ys[i] - w * xs[i]
            terms += xs[i] * r
            squares += r * r
            magnitude += abs(xs[i] * r)
            magnitudeSq += r * r
        }
        let gradient = -2 * terms / Double(n)
        // Different summation orders differ by at most n·ε of the sum of magnitudes.
        let bound = Double(n) * 2.3e-16 * 2 * magnitude / Double(n) + 1e-300
        #expect(abs(e.gradient - gradient) <= bound)
        #expect(isClose(e.lossUsed, squares / Double(n), relative: Double(n) * 2.3e-16))
    }

    @Test func pairwiseOrderIsNumpys() {
        // Values whose sum depends on the order: 1e16 swallows a lone 1 in a left-to-right sum.
        var a = [Double](repeating: 1.0, count: 16)
        a[0] = 1e16
        let s = a.withUnsafeBufferPointer { PairwiseSum.sum($0) }
        // numpy: np.sum(np.array([1e16] + [1.0]*15)) == 1.0000000000000014e+16
        #expect(s == 1.0000000000000014e16)
        var l = 0.0
        for v in a { l += v }
        #expect(l == 1e16)  // left to right loses every 1
    }

    @Test func pairwiseSplitsLargeBlocks() {
        // numpy: np.sum(np.arange(1000) * 0.1) == 49950.0 ; and 0.1*arange(1,301): 4515.0
        let a = (0..<1000).map { Double($0) * 0.1 }
        #expect(a.withUnsafeBufferPointer { PairwiseSum.sum($0) } == 49950.0)
        let b = (1...300).map { Double($0) * 0.1 }
        #expect(b.withUnsafeBufferPointer { PairwiseSum.sum($0) } == 4515.0)
    }

    @Test func closedFormLossAgreesWithDirectSum() {
        let xs = Self.values(5000, seed: 3), ys = Self.values(5000, seed: 4)
        let d = Dataset(xs: xs, ys: ys)
        for w in [-3.0, 0.0, 0.5, 1.7, 1e3] {
            #expect(isClose(d.loss(at: w), d.directLoss(at: w), relative: 1e-12))
        }
    }
}
