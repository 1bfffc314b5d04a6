import Testing
@testable import GDCore

/// Bit-exact agreement with numpy 2.4's random streams. Every literal below was printed by
/// Tests/numpy/make_rng_vectors.py (same names); a mismatch means gd would visit samples
/// in a different order than the numpy script it is meant to reproduce.
@Suite("numpy random streams")
struct NumpyRandomTests {
    // MARK: legacy np.random.seed(S) / np.random.shuffle (MT19937)

    @Test func mt19937RawOutputsAfterSeed42() {
        var mt = MT19937(seed: 42)
        let raw = (0..<10).map { _ in mt.next32() }
        #expect(raw == [1_608_637_542, 3_421_126_067, 4_083_286_876, 787_846_414, 3_143_890_026,
                        3_348_747_335, 2_571_218_620, 2_563_451_924, 670_094_950, 1_914_837_113])
    }

    @Test func mt19937Next64DrawsHighWordFirst() {
        var mt = MT19937(seed: 42)
        let wide = (0..<3).map { _ in mt.next64() }
        #expect(wide == [6_909_045_637_428_952_499, 17_537_583_593_393_853_710, 13_502_904_847_239_337_031])
        var halves = MT19937(seed: 42)
        #expect(UInt64(halves.next32()) << 32 | UInt64(halves.next32()) == wide[0])
    }

    @Test func legacyShuffleMatchesReference() {
        var mt = MT19937(seed: 42)
        var orders: [[Int]] = []
        for _ in 0..<3 {
            var a = Array(0..<6)
            mt.shuffle(&a)
            orders.append(a)
        }
        #expect(orders == [[0, 1, 5, 2, 4, 3], [3, 0, 1, 2, 5, 4], [4, 1, 0, 3, 5, 2]])
    }

    @Test func legacyPermutations() {
        var mt = MT19937(seed: 7)
        var a = Array(0..<20)
        mt.shuffle(&a)
        #expect(a == [1, 17, 2, 5, 11, 0, 18, 6, 13, 19, 10, 14, 8, 16, 9, 12, 7, 3, 4, 15])

        var top = MT19937(seed: UInt32.max)
        var b = Array(0..<10)
        top.shuffle(&b)
        #expect(b == [6, 9, 5, 1, 8, 0, 7, 4, 2, 3])
    }

    @Test func legacyBoundedUses64BitDrawsAbove32Bits() {
        var mt = MT19937(seed: 1)
        let max: UInt64 = (1 << 40) + 12345
        let draws = (0..<3).map { _ in mt.bounded(max) }
        #expect(draws == [163_196_666_091, 1_095_766_950_793, 876_169_207_429])
    }

    @Test func boundedZeroConsumesNoDraw() {
        var a = MT19937(seed: 3), b = MT19937(seed: 3)
        #expect(a.bounded(0) == 0)
        #expect(a == b)
        #expect(a.next32() == b.next32())

        var g = NumpyGenerator(seed: 3), h = NumpyGenerator(seed: 3)
        #expect(g.bounded(0) == 0)
        #expect(g == h)
    }

    // MARK: np.random.default_rng(S) (SeedSequence + PCG64)

    @Test func seedSequenceGenerateState() {
        let ss = SeedSequence(entropy: 42)
        #expect(ss.generateState32(count: 4) == [3_444_837_047, 2_669_555_309, 2_046_530_742, 3_581_440_988])
        #expect(ss.generateState64(count: 4) == [11_465_652_750_463_011_511, 15_382_171_918_060_459_190,
                                                 9_018_504_550_953_525_431, 3_703_499_796_004_394_495])
        // A seed above 2³² is two entropy words, which changes the hash.
        #expect(SeedSequence(entropy: (1 << 63) + 5).generateState64(count: 2)
                == [9_074_091_149_795_526_953, 17_516_966_687_313_186_246])
    }

    @Test func pcg64RawOutputs() {
        var g = NumpyGenerator(seed: 42)
        let raw = (0..<10).map { _ in g.next64() }
        #expect(raw == [14_276_969_152_011_380_360, 8_095_878_257_575_067_585, 15_838_336_090_824_644_132,
                        12_864_169_557_245_331_597, 1_737_265_434_024_182_251, 17_997_055_833_233_904_524,
                        14_040_549_286_955_598_961, 14_500_327_064_922_265_408, 2_363_279_394_319_028_499,
                        8_308_154_130_757_172_590])
    }

    @Test func next32BuffersLowHalfThenHighHalf() {
        var wide = NumpyGenerator(seed: 42)
        let r0 = wide.next64(), r1 = wide.next64()
        var g = NumpyGenerator(seed: 42)
        #expect(g.next32() == UInt32(truncatingIfNeeded: r0))
        #expect(g.next32() == UInt32(truncatingIfNeeded: r0 >> 32))
        #expect(g.next32() == UInt32(truncatingIfNeeded: r1))
    }

    @Test func generatorPermutationsMatchReference() {
        var g = NumpyGenerator(seed: 42)
        let orders = (0..<3).map { _ in g.permutation(6) }
        #expect(orders == [[3, 2, 5, 4, 1, 0], [2, 4, 0, 1, 3, 5], [5, 4, 2, 3, 0, 1]])
    }

    @Test func generatorPermutations() {
        var zero = NumpyGenerator(seed: 0)
        #expect(zero.permutation(20) == [4, 19, 6, 2, 13, 16, 3, 11, 10, 8, 0, 12, 7, 5, 18, 17, 14, 9, 1, 15])
        var big = NumpyGenerator(seed: (1 << 63) + 5)
        #expect(big.permutation(20) == [7, 19, 17, 18, 2, 3, 10, 15, 11, 1, 16, 14, 6, 4, 8, 5, 0, 12, 9, 13])
        var top = NumpyGenerator(seed: UInt64(UInt32.max))
        #expect(top.permutation(10) == [0, 1, 4, 8, 3, 7, 5, 6, 2, 9])
    }

    @Test func bufferedHalfCarriesAcrossPermutations() {
        var g = NumpyGenerator(seed: 5)
        #expect(g.permutation(2) == [1, 0])
        #expect(g.permutation(7) == [1, 4, 2, 3, 0, 5, 6])
    }

    @Test func shuffleOfAnyElementTypeFollowsPermutation() {
        var g = NumpyGenerator(seed: 11), h = NumpyGenerator(seed: 11)
        var labels = (0..<50).map { "s\($0)" }
        g.shuffle(&labels)
        #expect(labels == h.permutation(50).map { "s\($0)" })

        var m = MT19937(seed: 11), n = MT19937(seed: 11)
        var values = (0..<50).map(Double.init)
        values.withUnsafeMutableBufferPointer { m.shuffle($0) }
        var indices = Array(0..<50)
        n.shuffle(&indices)
        #expect(values == indices.map(Double.init))
    }
}
