import Testing
@testable import GDCore

/// gd's own generator: properties of its draws and shuffles. Its outputs are checked
/// against the authors' reference C code in XoshiroReferenceTests.
@Suite struct GeneratorTests {
    @Test func boundedDrawsStayInRange() {
        var g = Xoshiro256(seed: 7)
        for bound in [1, 2, 3, 6, 7, 1000, 1 << 40] as [UInt64] {
            for _ in 0..<200 { #expect(g.next(below: bound) < bound) }
        }
    }

    @Test func sameSeedSameShuffle() {
        var a = RandomStream(kind: .gd, seed: 42), b = RandomStream(kind: .gd, seed: 42)
        #expect(a.permutation(100) == b.permutation(100))
    }

    @Test func permutationIsAPermutation() {
        var r = RandomStream(kind: .gd, seed: 3)
        #expect(r.permutation(1000).sorted() == Array(0..<1000))
    }
}
