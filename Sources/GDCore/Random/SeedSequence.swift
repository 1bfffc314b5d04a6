/// numpy's SeedSequence (entropy = the seed as 32-bit words, little end first; pool size 4; generate_state).
///
/// `np.random.default_rng(S)` does not put S into PCG64 directly: it builds
/// `SeedSequence(S)` (bit_generator.pyx), which hashes the seed into a 128-bit pool, and
/// PCG64 takes its 128-bit state and increment from `generate_state(4, uint64)`. Matching
/// numpy's permutations therefore needs this exact hash, reproduced here for the case gd
/// needs: a non-negative integer seed, no spawn key, the default pool size of 4.
///
/// An integer seed becomes 32-bit words lowest first, with 0 becoming the single word 0;
/// a 64-bit seed is therefore one word when below 2³² and two words otherwise, which
/// changes the hash — so a seed is not just zero-extended to 64 bits.
public struct SeedSequence: Sendable {
    static let initA: UInt32 = 0x43B0_D7E5
    static let multA: UInt32 = 0x931E_8875
    static let initB: UInt32 = 0x8B51_F9DD
    static let multB: UInt32 = 0x58F3_8DED
    static let mixMultL: UInt32 = 0xCA01_F9DD
    static let mixMultR: UInt32 = 0x4973_F715
    static let xshift: UInt32 = 16
    static let poolSize = 4

    /// The mixed entropy pool (numpy's `self.pool`), 4 words.
    let pool: [UInt32]

    /// `SeedSequence(entropy)` for a non-negative integer entropy.
    ///
    /// - Complexity: O(1) (a fixed 4-word pool and at most 2 entropy words).
    public init(entropy: UInt64) {
        let lo = UInt32(truncatingIfNeeded: entropy)
        let hi = UInt32(truncatingIfNeeded: entropy >> 32)
        let words: [UInt32] = hi == 0 ? [lo] : [lo, hi]

        var hashConst = Self.initA
        func hashmix(_ value: UInt32) -> UInt32 {
            var v = value ^ hashConst
            hashConst = hashConst &* Self.multA
            v = v &* hashConst
            v ^= v >> Self.xshift
            return v
        }
        func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
            var r = (Self.mixMultL &* x) &- (Self.mixMultR &* y)
            r ^= r >> Self.xshift
            return r
        }

        var mixer = [UInt32](repeating: 0, count: Self.poolSize)
        // Add in the entropy up to the pool size, running the hash on 0 past its end.
        for i in 0..<Self.poolSize {
            mixer[i] = hashmix(i < words.count ? words[i] : 0)
        }
        // Mix all bits together so late bits can affect earlier bits.
        for src in 0..<Self.poolSize {
            for dst in 0..<Self.poolSize where src != dst {
                mixer[dst] = mix(mixer[dst], hashmix(mixer[src]))
            }
        }
        // numpy then folds in entropy words beyond the pool size; a UInt64 has at most 2.
        self.pool = mixer
    }

    /// `generate_state(count, np.uint32)`.
    ///
    /// - Complexity: O(count).
    public func generateState32(count: Int) -> [UInt32] {
        precondition(count >= 0, "count must be non-negative")
        var hashConst = Self.initB
        var out = [UInt32]()
        out.reserveCapacity(count)
        for i in 0..<count {
            var v = pool[i % Self.poolSize] ^ hashConst
            hashConst = hashConst &* Self.multB
            v = v &* hashConst
            v ^= v >> Self.xshift
            out.append(v)
        }
        return out
    }

    /// `generate_state(count, np.uint64)`: twice as many 32-bit words, paired
    /// little end first (numpy views them as `<u4` then `<u8`).
    ///
    /// - Complexity: O(count).
    public func generateState64(count: Int) -> [UInt64] {
        precondition(count >= 0, "count must be non-negative")
        let words = generateState32(count: 2 * count)
        var out = [UInt64]()
        out.reserveCapacity(count)
        for i in 0..<count {
            out.append(UInt64(words[2 * i]) | UInt64(words[2 * i + 1]) << 32)
        }
        return out
    }
}
