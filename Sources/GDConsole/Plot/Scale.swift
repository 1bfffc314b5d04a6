#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps data values on one axis to positions 0...1 across the drawing, linearly or by
/// log10, and knows which values it cannot place (non-finite, or ≤ 0 on a log axis).
struct Scale {
    var range: ClosedRange<Double>
    var log: Bool
    var ticks: [Double]

    /// The axis's own range, or the data's finite (and, for log, positive) extent widened
    /// to tick values; about `target` ticks.
    ///
    /// With a `margin` (a fraction of the data's span), a linear axis without a range of
    /// its own is instead the extent padded by that much on each side, with the ticks
    /// that fall inside, as matplotlib's axes margins do: a marker at the extreme x or y
    /// then sits inside the frame, not on it.
    init(_ axis: Axis, values: [[Double]], target: Int, margin: Double = 0) {
        log = axis.log
        var lo = Double.infinity
        var hi = -Double.infinity
        if let fixed = axis.range {
            (lo, hi) = (fixed.lowerBound, fixed.upperBound)
        } else {
            let least = axis.log ? Double.leastNonzeroMagnitude : -Double.greatestFiniteMagnitude
            for column in values {
                let extent = column.withUnsafeBufferPointer { buffer in
                    // Local accumulators and no early exits, so the loop compiles to min/max.
                    var low = Double.infinity, high = -Double.infinity
                    for v in buffer where v >= least && v <= Double.greatestFiniteMagnitude {
                        low = Swift.min(low, v)
                        high = Swift.max(high, v)
                    }
                    return (low, high)
                }
                lo = Swift.min(lo, extent.0)
                hi = Swift.max(hi, extent.1)
            }
        }
        if log {
            if !(lo > 0 && lo.isFinite) { lo = 1 }
            if !(hi >= lo && hi.isFinite) { hi = lo * 10 }
            (range, ticks) = Ticks.logarithmic(lo, hi, target: target)
        } else {
            if !lo.isFinite || !hi.isFinite || lo > hi { (lo, hi) = (0, 1) }
            // A count (steps, epochs) at one value: the next whole number above it, and one
            // below only where that is not negative; 0 alone is 0...1 (never step -1).
            if axis.integer && axis.range == nil && lo == hi && lo >= 0 {
                (lo, hi) = (Swift.max(0, lo - 1), hi + 1)
            }
            let padded = axis.range == nil && margin > 0 && lo < hi
            if padded {
                let pad = (hi - lo) * margin
                (lo, hi) = (lo - pad, hi + pad)
            }
            if (axis.range != nil || padded) && lo < hi {
                let fixed = lo...hi
                range = fixed
                ticks = Ticks.linear(lo, hi, target: target, integer: axis.integer).values.filter { fixed.contains($0) }
            } else {
                (range, ticks) = Ticks.linear(lo, hi, target: target, integer: axis.integer)
            }
        }
    }

    /// Whether the scale can place `v` at all.
    func canPlace(_ v: Double) -> Bool {
        v.isFinite && (!log || v > 0)
    }

    /// `v`'s position, 0 at the low end and 1 at the high end (outside 0...1 when `v` is
    /// outside the range); nil when it cannot be placed.
    @inline(__always)
    func position(_ v: Double) -> Double? {
        guard canPlace(v) else { return nil }
        if log {
            let a = log10(range.lowerBound), b = log10(range.upperBound)
            return (log10(v) - a) / (b - a)
        }
        return (v - range.lowerBound) / (range.upperBound - range.lowerBound)
    }

    /// The value at position `t` (0...1), for sampling curves.
    func value(at t: Double) -> Double {
        if log {
            let a = log10(range.lowerBound), b = log10(range.upperBound)
            return pow(10, a + t * (b - a))
        }
        return range.lowerBound + t * (range.upperBound - range.lowerBound)
    }
}
