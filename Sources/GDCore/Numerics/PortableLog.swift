/// The natural logarithm from +, −, ×, ÷ alone, so it gives the same bits on every machine.
///
/// The C library's `log` is accurate to about an ulp but not specified bit for bit, and
/// glibc, Apple's libm and musl may differ in the last place; a seeded normal draw that
/// goes through it would then differ between machines. This is fdlibm's `__ieee754_log`
/// (Sun, 1993; the algorithm FreeBSD, musl and Java's StrictMath still use): with
/// x = 2ᵏ·(1 + f), √2/2 ≤ 1 + f < √2, and s = f/(2 + f),
/// log(1 + f) = f − (f²/2 − s·(f²/2 + R(s²))), R a degree-7 minimax polynomial, and
/// log x = k·ln2_hi − ((f²/2 − (s·(f²/2 + R) + k·ln2_lo)) − f). Every operation is an IEEE
/// basic operation rounded to nearest and Swift contracts none into a fused multiply-add,
/// so the result is a function of x alone. Error below 1 ulp (fdlibm's bound); the test
/// compares it with the C library over many values.
enum PortableLog {
    static let ln2Hi = Double(bitPattern: 0x3FE6_2E42_FEE0_0000)  // 6.93147180369123816490e-01
    static let ln2Lo = Double(bitPattern: 0x3DEA_39EF_3579_3C76)  // 1.90821492927058770002e-10
    static let lg1 = Double(bitPattern: 0x3FE5_5555_5555_5593)  // 6.666666666666735130e-01
    static let lg2 = Double(bitPattern: 0x3FD9_9999_9997_FA04)  // 3.999999999940941908e-01
    static let lg3 = Double(bitPattern: 0x3FD2_4924_9422_9359)  // 2.857142874366239149e-01
    static let lg4 = Double(bitPattern: 0x3FCC_71C5_1D8E_78AF)  // 2.222219843214978396e-01
    static let lg5 = Double(bitPattern: 0x3FC7_4664_96CB_03DE)  // 1.818357216161805012e-01
    static let lg6 = Double(bitPattern: 0x3FC3_9A09_D078_C69F)  // 1.531383769920937332e-01
    static let lg7 = Double(bitPattern: 0x3FC2_F112_DF3E_5244)  // 1.479819860511658591e-01
    /// √2 rounded down: the significand above which 1 + f is halved and k raised.
    static let sqrt2 = Double(bitPattern: 0x3FF6_A09E_667F_3BCC)

    /// log x; NaN for x < 0 or NaN, −∞ for ±0, +∞ for +∞.
    ///
    /// - Complexity: O(1): one division and about twenty multiplications and additions.
    static func log(_ x: Double) -> Double {
        guard x > 0, x.isFinite else {
            if x == 0 { return -.infinity }
            return x == .infinity ? x : .nan
        }
        // x = 2^k · m with m in [1, 2) exactly (subnormals included); then m in [√2/2, √2).
        var k = Int(x.exponent)
        var m = x.significand
        if m > sqrt2 {
            m *= 0.5
            k += 1
        }
        let f = m - 1  // exact (Sterbenz)
        let hfsq = 0.5 * f * f
        let s = f / (2 + f)
        let z = s * s
        let w = z * z
        let t1 = w * (lg2 + w * (lg4 + w * lg6))
        let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
        let r = t2 + t1
        let dk = Double(k)
        return dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f)
    }
}
