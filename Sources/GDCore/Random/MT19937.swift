/// numpy's legacy generator state after np.random.seed(S): classic init_genrand(S), tempered 32-bit outputs.
///
/// `np.random.seed(S)` with an integer S in [0, 2³²−1] reaches `mt19937_seed` in numpy's
/// `mt19937.c`, which is Matsumoto–Nishimura's `init_genrand` (not `init_by_array`, which
/// Python's own `random` uses). Reproducing it bit for bit is what lets gd visit samples in
/// exactly the order a numpy script seeded the same way would, so trajectories can be
/// compared to the last bit.
///
/// The 624-word state lives in one array allocated by `init`; drawing never allocates
/// (the array is uniquely referenced, so mutation happens in place).
public struct MT19937: Sendable, Equatable {
    @usableFromInline static let n = 624
    @usableFromInline static let m = 397

    /// The twisted state words (numpy's `key`).
    @usableFromInline var key: [UInt32]
    /// Index of the next word to temper; `n` means the block is used up and must be twisted.
    @usableFromInline var pos: Int

    /// Seeds exactly as `np.random.seed(seed)` / `RandomState(seed)` does.
    ///
    /// - Complexity: O(624).
    public init(seed: UInt32) {
        var key = [UInt32](repeating: 0, count: Self.n)
        var s = seed
        for i in 0..<Self.n {
            key[i] = s
            // 1812433253 · (s ⊕ (s >> 30)) + i + 1, all mod 2³² (Knuth's multiplier).
            s = 1_812_433_253 &* (s ^ (s >> 30)) &+ UInt32(truncatingIfNeeded: i + 1)
        }
        self.key = key
        self.pos = Self.n
    }

    /// The next tempered 32-bit output (numpy's `mt19937_next32`, which is also what
    /// `bit_generator.random_raw()` returns for MT19937).
    ///
    /// - Complexity: amortized O(1); every 624th call regenerates the block in O(624).
    @inlinable
    public mutating func next32() -> UInt32 {
        if pos >= Self.n { twist() }
        var y = key[pos]
        pos &+= 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// A 64-bit draw as numpy's legacy generator makes it: (hi << 32) | lo, high word first.
    ///
    /// numpy writes `(uint64_t)mt19937_next(state) << 32 | mt19937_next(state)`, whose
    /// evaluation order C leaves unspecified; the shipped binary draws the high word first
    /// (checked against `MT19937.ctypes.next_uint64` and legacy `randint(..., dtype=uint64)`).
    ///
    /// - Complexity: amortized O(1).
    @inlinable
    public mutating func next64() -> UInt64 {
        let hi = UInt64(next32())
        let lo = UInt64(next32())
        return hi << 32 | lo
    }

    /// Regenerates all 624 words (numpy's `mt19937_gen`). Kept out of line so the hot
    /// `next32` stays small enough to inline.
    @usableFromInline
    mutating func twist() {
        let n = Self.n, m = Self.m
        let upper: UInt32 = 0x8000_0000, lower: UInt32 = 0x7FFF_FFFF, matrixA: UInt32 = 0x9908_B0DF
        key.withUnsafeMutableBufferPointer { k in
            @inline(__always) func mixed(_ a: Int, _ b: Int, _ c: Int) -> UInt32 {
                let y = (k[a] & upper) | (k[b] & lower)
                return k[c] ^ (y >> 1) ^ ((0 &- (y & 1)) & matrixA)
            }
            for i in 0..<(n - m) { k[i] = mixed(i, i + 1, i + m) }
            for i in (n - m)..<(n - 1) { k[i] = mixed(i, i + 1, i + m - n) }
            k[n - 1] = mixed(n - 1, 0, m - 1)
        }
        pos = 0
    }
}
