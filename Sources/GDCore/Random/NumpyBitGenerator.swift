/// A numpy bit generator as `random_interval` sees it: 32-bit and 64-bit raw draws.
///
/// numpy's legacy `RandomState.shuffle` (mtrand.pyx) and `Generator.shuffle` /
/// `permutation` (_generator.pyx) both call `random_interval(&bitgen, i)` from
/// `distributions.c`: bitmask rejection, not the Lemire multiply-shift that `randint`,
/// `integers` and `choice` use. Any other bounded draw still shuffles well, just not as
/// numpy does, so both generators share this one exact transcription.
public protocol NumpyBitGenerator {
    mutating func next32() -> UInt32
    mutating func next64() -> UInt64
}

extension MT19937: NumpyBitGenerator {}
extension NumpyGenerator: NumpyBitGenerator {}

extension NumpyBitGenerator {
    /// Uniform integer in 0...max by numpy's bitmask rejection (32-bit draws when max <= UInt32.max, else 64-bit).
    ///
    /// This is `random_interval`: `max == 0` returns 0 without consuming a draw; otherwise
    /// mask = the smallest 2ᵏ−1 ≥ max, and draws are ANDed with the mask and rejected
    /// while greater than max. Both the draw width and the no-draw case matter for keeping
    /// the stream aligned with numpy.
    ///
    /// - Complexity: expected O(1) (fewer than 2 draws on average).
    @inlinable
    public mutating func bounded(_ max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        var mask = max
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        mask |= mask >> 32
        if max <= UInt64(UInt32.max) {
            let max32 = UInt32(truncatingIfNeeded: max), mask32 = UInt32(truncatingIfNeeded: mask)
            while true {
                let v = next32() & mask32
                if v <= max32 { return UInt64(v) }
            }
        } else {
            while true {
                let v = next64() & mask
                if v <= max { return v }
            }
        }
    }

    /// `shuffle` on a 1-D array: i from count-1 down to 1, swap i with bounded(i).
    ///
    /// Successive calls continue from the current state, as successive numpy epochs do.
    ///
    /// - Complexity: O(n) swaps, expected fewer than 2n 32-bit draws.
    @inlinable
    public mutating func shuffle<T>(_ buffer: UnsafeMutableBufferPointer<T>) {
        var i = buffer.count - 1
        while i >= 1 {
            let j = Int(truncatingIfNeeded: bounded(UInt64(i)))
            buffer.swapAt(i, j)
            i -= 1
        }
    }

    /// `shuffle` on an array, in place; same order as the buffer version.
    ///
    /// - Complexity: O(n).
    @inlinable
    public mutating func shuffle<T>(_ array: inout [T]) {
        array.withUnsafeMutableBufferPointer { shuffle($0) }
    }
}
