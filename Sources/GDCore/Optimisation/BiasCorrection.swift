#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Adam's bias correction 1 − βᵗ, and the update number from which it is exactly 1.
///
/// Once βᵗ ≤ 2⁻⁵⁴, 1 − βᵗ rounds to 1 (a tie at 2⁻⁵⁴ goes to 1, the even neighbour), so
/// m / (1 − β₁ᵗ) is m itself, bit for bit. For β₂ = 0.999 that happens from t ≈ 37 000 on, so
/// a ten-million-point sgd epoch can skip both `pow` calls and both divisions on all but
/// its first updates and still produce exactly the numbers the formula gives.
@usableFromInline
enum BiasCorrection {
    /// The first t ≥ 1 with pow(β, t) ≤ 2⁻⁵⁵; from there on 1 − pow(β, t) == 1 for every t.
    ///
    /// Why 2⁻⁵⁵ and not 2⁻⁵⁴: βᵗ decreases with t, and pow is within an ulp of it, so every
    /// later pow(β, t) is at most 2⁻⁵⁵·(1 + 2⁻⁵¹) < 2⁻⁵⁴, even if pow is not monotone in its
    /// last place. Found from the estimate t ≈ −55·ln 2 / ln β, then corrected by stepping
    /// with pow itself, so it is exact for this C library. β = 0 gives 1 (0ᵗ = 0).
    ///
    /// - Precondition: β in [0, 1).
    /// - Complexity: O(1) calls to pow for β away from 1 (the estimate is within a few steps).
    static func saturation(_ β: Double) -> Int {
        guard β > 0 else { return 1 }
        guard β < 1 else { return Int.max }
        let target = 0x1p-55
        let estimate = (-55 * M_LN2 / log(β)).rounded(.down)
        var t = estimate.isFinite ? Int(min(max(estimate, 1), 0x1p62)) : 1
        while t > 1 && pow(β, Double(t - 1)) <= target { t -= 1 }
        while pow(β, Double(t)) > target { t += 1 }
        return t
    }
}
