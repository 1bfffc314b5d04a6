import Testing
@testable import GDCore

/// Every kernel against numpy's own numbers, bit for bit, and the summation order against
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

    /// numpy's batch gradient and loss for `values(n, seed: 1)`, `values(n, seed: 2)` at
    /// w = 0.37, printed by Tests/numpy/make_kernel_vectors.py (numpy 2.4.6).
    static let numpyValues: [Int: (gradient: Double, loss: Double)] = [
        1: (43636556760824.35, 8072763762806.214),
        2: (22145728311978.5, 4096960118670.283),
        7: (6415037769751.056, 6317916858285.361),
        8: (5613158048532.221, 5528177250999.715),
        9: (4989473820917.552, 4913935344445.973),
        15: (42695262250466.54, 38672341183878.15),
        16: (40026808368882.38, 36255319865154.016),
        17: (37672290083801.37, 49973085930106.125),
        127: (132940241040756.8, 247256480086279.28),
        128: (131901645407625.9, 245324788835605.2),
        129: (137565412333357.0, 244660004430674.1),
        255: (176968781928959.97, 220180633269676.2),
        256: (176277497624549.97, 219320552670966.47),
        257: (179330725326736.0, 219158904813880.3),
        1000: (156107649552909.88, 222452429711923.2),
        4099: (162156484016514.4, 239063639937127.7),
    ]

    /// The fused kernel gives numpy's numbers bit for bit: the same products, the same
    /// pairwise summation order (8-way unrolled, split at 128), the same division.
    @Test(arguments: [1, 2, 7, 8, 9, 15, 16, 17, 127, 128, 129, 255, 256, 257, 1000, 4099])
    func fusedKernelGivesNumpysValues(n: Int) throws {
        let xs = Self.values(n, seed: 1), ys = Self.values(n, seed: 2)
        let expected = try #require(Self.numpyValues[n])
        let e = xs.withUnsafeBufferPointer { x in ys.withUnsafeBufferPointer { y in GradientKernel.evaluate(x: x, y: y, w: 0.37) } }
        #expect(e.gradient.bitPattern == expected.gradient.bitPattern, "gradient \(e.gradient), numpy \(expected.gradient)")
        #expect(e.lossUsed.bitPattern == expected.loss.bitPattern, "loss \(e.lossUsed), numpy \(expected.loss)")
        // The loss over all points gd prints is the same sum (direct up to 1,024 points).
        if n <= Dataset.directLossLimit {
            #expect(Dataset(xs: xs, ys: ys).loss(at: 0.37) == expected.loss)
        }
    }

    @Test func pairwiseOrderIsNumpys() {
        // Values whose sum depends on the order: 1e16 swallows a lone 1 in a left-to-right sum.
        var a = [Double](repeating: 1.0, count: 16)
        a[0] = 1e16
        let s = a.withUnsafeBufferPointer { PairwiseSum.sum($0) }
        // numpy: np.sum(np.array([1e16] + [1.0]*15)) == 1.0000000000000014e+16
        #expect(s == 1.0000000000000014e16)  // left to right would lose every 1: 1e16
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
