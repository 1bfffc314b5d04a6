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

    @inlinable
    static func block(
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
        if n <= 128 {
            var t0 = 0.0, t1 = 0.0, t2 = 0.0, t3 = 0.0, t4 = 0.0, t5 = 0.0, t6 = 0.0, t7 = 0.0
            var q0 = 0.0, q1 = 0.0, q2 = 0.0, q3 = 0.0, q4 = 0.0, q5 = 0.0, q6 = 0.0, q7 = 0.0
            // numpy seeds the accumulators with the first eight terms, not 0 + term;
            // adding to +0.0 gives the same value except for −0.0, which r·r never is and
            // x·r only is when the sum is −0 anyway; seeding keeps it exact regardless.
            @inline(__always) func term(_ i: Int) -> (Double, Double) {
                let xi = x[i]
                let r = y[i] - w * xi
                return (xi * r, r * r)
            }
            (t0, q0) = term(0); (t1, q1) = term(1); (t2, q2) = term(2); (t3, q3) = term(3)
            (t4, q4) = term(4); (t5, q5) = term(5); (t6, q6) = term(6); (t7, q7) = term(7)
            var i = 8
            let end = n - n % 8
            while i < end {
                var a: Double, b: Double
                (a, b) = term(i); t0 += a; q0 += b
                (a, b) = term(i + 1); t1 += a; q1 += b
                (a, b) = term(i + 2); t2 += a; q2 += b
                (a, b) = term(i + 3); t3 += a; q3 += b
                (a, b) = term(i + 4); t4 += a; q4 += b
                (a, b) = term(i + 5); t5 += a; q5 += b
                (a, b) = term(i + 6); t6 += a; q6 += b
                (a, b) = term(i + 7); t7 += a; q7 += b
                i += 8
            }
            var t = ((t0 + t1) + (t2 + t3)) + ((t4 + t5) + (t6 + t7))
            var q = ((q0 + q1) + (q2 + q3)) + ((q4 + q5) + (q6 + q7))
            while i < n {
                let (a, b) = term(i)
                t += a
                q += b
                i += 1
            }
            return (t, q)
        }
        var half = n / 2
        half -= half % 8
        let left = block(x, y, half, w)
        let right = block(x + half, y + half, n - half, w)
        return (left.terms + right.terms, left.squares + right.squares)
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
