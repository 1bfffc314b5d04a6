/// A 128-bit unsigned integer as two 64-bit halves, with just the wrapping arithmetic
/// PCG64 needs. Kept local (rather than the standard library's `UInt128`) so the
/// generator has no platform-availability constraints and its arithmetic is explicit.
@usableFromInline
struct NumpyPCG128: Sendable, Equatable {
    @usableFromInline var hi: UInt64
    @usableFromInline var lo: UInt64

    @inlinable
    init(hi: UInt64, lo: UInt64) {
        self.hi = hi
        self.lo = lo
    }

    /// `a · b mod 2¹²⁸`: the full 64×64 product of the low halves plus the two cross
    /// terms, which only reach the high half.
    @inlinable
    static func &* (a: NumpyPCG128, b: NumpyPCG128) -> NumpyPCG128 {
        let p = a.lo.multipliedFullWidth(by: b.lo)
        return NumpyPCG128(hi: p.high &+ a.hi &* b.lo &+ a.lo &* b.hi, lo: p.low)
    }

    /// `a + b mod 2¹²⁸`.
    @inlinable
    static func &+ (a: NumpyPCG128, b: NumpyPCG128) -> NumpyPCG128 {
        let (lo, carry) = a.lo.addingReportingOverflow(b.lo)
        return NumpyPCG128(hi: a.hi &+ b.hi &+ (carry ? 1 : 0), lo: lo)
    }
}

/// numpy.random.default_rng(S): PCG64 (XSL-RR 128/64) seeded through SeedSequence, with numpy's buffered 32-bit draws (low half first).
///
/// This is numpy's `PCG64` bit generator (pcg64.h: the default 128-bit LCG multiplier,
/// state advanced *before* the XSL-RR output) together with the part of `Generator`
/// that shuffles. Matching it draw for draw lets gd reproduce `rng.permutation(n)` /
/// `rng.shuffle(a)` of a numpy script that used `default_rng(S)`.
///
/// Seeding: `SeedSequence(S).generate_state(4, uint64)` gives words w0…w3; the state
/// seed is (w0 << 64 | w1) and the stream is (w2 << 64 | w3), fed to PCG's
/// `srandom_r` (state = 0, inc = stream·2+1, step, state += seed, step).
///
/// `next32` reproduces `pcg64_next32`: one 64-bit output serves two 32-bit draws, low
/// half first, and the pending high half is part of the state (`has_uint32`/`uinteger`),
/// so it carries over between shuffles exactly as in numpy. `next64` neither uses nor
/// clears that buffer, as in numpy.
public struct NumpyGenerator: Sendable, Equatable {
    /// PCG_DEFAULT_MULTIPLIER_128 = 0x2360ED051FC65DA44385DF649FCCF645.
    @usableFromInline static let multiplier = NumpyPCG128(hi: 0x2360_ED05_1FC6_5DA4, lo: 0x4385_DF64_9FCC_F645)

    @usableFromInline var state: NumpyPCG128
    @usableFromInline var inc: NumpyPCG128
    /// numpy's `has_uint32`: whether `uinteger` holds the unused high half of the last draw.
    @usableFromInline var hasUInt32: Bool
    @usableFromInline var uinteger: UInt32

    /// `np.random.default_rng(seed)`.
    ///
    /// - Complexity: O(1).
    public init(seed: UInt64) {
        let w = SeedSequence(entropy: seed).generateState64(count: 4)
        let initState = NumpyPCG128(hi: w[0], lo: w[1])
        let initSeq = NumpyPCG128(hi: w[2], lo: w[3])
        state = NumpyPCG128(hi: 0, lo: 0)
        inc = NumpyPCG128(hi: initSeq.hi << 1 | initSeq.lo >> 63, lo: initSeq.lo << 1 | 1)
        hasUInt32 = false
        uinteger = 0
        step()
        state = state &+ initState
        step()
    }

    @inlinable
    mutating func step() {
        state = state &* Self.multiplier &+ inc
    }

    /// The next raw 64-bit output (`bit_generator.random_raw()`, numpy's `pcg64_next64`).
    ///
    /// - Complexity: O(1).
    @inlinable
    public mutating func next64() -> UInt64 {
        step()
        let x = state.hi ^ state.lo
        let r = state.hi &>> 58
        // Rotate right by r; masking shifts make r == 0 come out as x | x == x.
        return (x &>> r) | (x &<< (64 &- r))
    }

    /// A 32-bit draw as `pcg64_next32` makes it: the buffered halves of next64, low half
    /// first, the buffer kept across calls (and across shuffles).
    ///
    /// - Complexity: O(1).
    @inlinable
    public mutating func next32() -> UInt32 {
        if hasUInt32 {
            hasUInt32 = false
            return uinteger
        }
        let next = next64()
        hasUInt32 = true
        uinteger = UInt32(truncatingIfNeeded: next >> 32)
        return UInt32(truncatingIfNeeded: next)
    }

    /// `rng.permutation(n)`: `arange(n)` shuffled in place.
    ///
    /// - Complexity: O(n).
    @inlinable
    public mutating func permutation(_ n: Int) -> [Int] {
        precondition(n >= 0, "permutation size must be non-negative")
        var a = Array(0..<n)
        shuffle(&a)
        return a
    }
}
