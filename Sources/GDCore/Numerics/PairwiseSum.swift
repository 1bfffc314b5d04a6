/// numpy's pairwise summation, reproduced exactly, for the two sums a gradient needs.
///
/// numpy (`pairwise_sum` in `loops_utils.h.src`) adds fewer than 8 terms left to right;
/// up to 128 terms it keeps 8 interleaved accumulators combined as
/// ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)) and then adds the leftovers one by one; larger
/// blocks split in two, the first part's length a multiple of 8. The result is added to
/// +0.0. Matching that order is what makes gd's weights equal numpy's to the last bit,
/// and the eight independent accumulators are also what lets the loop run at memory speed.
public enum PairwiseSum {
    /// Σ x·(y − w·x) and Σ (y − w·x)², both in numpy's order, in one pass.
    ///
    /// - Complexity: O(n).
    @inlinable
    public static func fused(
        x: UnsafePointer<Double>, y: UnsafePointer<Double>, count n: Int, w: Double
    ) -> (terms: Double, squares: Double) {
        let s = block(x, y, n, w)
        return (0.0 + s.terms, 0.0 + s.squares)
    }

    /// One block of numpy's recursion: a leaf of at most 128 terms, or a split in two.
    @inlinable
    static func block(
        _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ n: Int, _ w: Double
    ) -> (terms: Double, squares: Double) {
        if n <= 128 { return leaf(x, y, n, w) }
        var half = n / 2
        half -= half % 8
        let left = block(x, y, half, w)
        let right = block(x + half, y + half, n - half, w)
        return (left.terms + right.terms, left.squares + right.squares)
    }

    /// A leaf of at most 128 terms. numpy's eight interleaved accumulators are the eight
    /// lanes of one `SIMD8<Double>`: lane k adds the terms k, k+8, k+16, … exactly as
    /// accumulator r_k does, each operation rounded on its own, so the vector form is the
    /// scalar form computed eight terms at a time, bit for bit.
    @inlinable @inline(__always)
    static func leaf(
        _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ n: Int, _ w: Double
    ) -> (terms: Double, squares: Double) {
        if n < 8 {
            var t = 0.0, q = 0.0
            for i in 0..<n {
                let xi = x[i]
                let r = y[i] - w * xi
                t += xi * r
                q += r * r
            }
            return (t, q)
        }
        let xr = UnsafeRawPointer(x), yr = UnsafeRawPointer(y)
        let wv = SIMD8<Double>(repeating: w)
        // numpy seeds the accumulators with the first eight terms, not 0 + term;
        // adding to +0.0 gives the same value except for −0.0, which r·r never is and
        // x·r only is when the sum is −0 anyway; seeding keeps it exact regardless.
        var xv = xr.loadUnaligned(as: SIMD8<Double>.self)
        var rv = yr.loadUnaligned(as: SIMD8<Double>.self) - wv * xv
        var tv = xv * rv
        var qv = rv * rv
        var i = 8
        let end = n - n % 8
        while i < end {
            let offset = i &* MemoryLayout<Double>.stride
            xv = xr.loadUnaligned(fromByteOffset: offset, as: SIMD8<Double>.self)
            rv = yr.loadUnaligned(fromByteOffset: offset, as: SIMD8<Double>.self) - wv * xv
            tv += xv * rv
            qv += rv * rv
            i &+= 8
        }
        var t = ((tv[0] + tv[1]) + (tv[2] + tv[3])) + ((tv[4] + tv[5]) + (tv[6] + tv[7]))
        var q = ((qv[0] + qv[1]) + (qv[2] + qv[3])) + ((qv[4] + qv[5]) + (qv[6] + qv[7]))
        while i < n {
            let xi = x[i]
            let r = y[i] - w * xi
            t += xi * r
            q += r * r
            i &+= 1
        }
        return (t, q)
    }

    /// Sum of plain values in numpy's order (used by tests and the closed-form checks).
    public static func sum(_ values: UnsafeBufferPointer<Double>) -> Double {
        guard let base = values.baseAddress else { return 0.0 }
        return 0.0 + plain(base, values.count)
    }

    static func plain(_ a: UnsafePointer<Double>, _ n: Int) -> Double {
        if n < 8 {
            var s = 0.0
            for i in 0..<n { s += a[i] }
            return s
        }
        if n <= 128 {
            var r = (a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7])
            var i = 8
            let end = n - n % 8
            while i < end {
                r.0 += a[i]; r.1 += a[i + 1]; r.2 += a[i + 2]; r.3 += a[i + 3]
                r.4 += a[i + 4]; r.5 += a[i + 5]; r.6 += a[i + 6]; r.7 += a[i + 7]
                i += 8
            }
            var s = ((r.0 + r.1) + (r.2 + r.3)) + ((r.4 + r.5) + (r.6 + r.7))
            while i < n {
                s += a[i]
                i += 1
            }
            return s
        }
        var half = n / 2
        half -= half % 8
        return plain(a, half) + plain(a + half, n - half)
    }
}
