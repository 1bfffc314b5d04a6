#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Correctly rounded decimal text → `Double`, over raw bytes.
///
/// Grammar (ASCII, no surrounding spaces): an optional sign, then either
/// `digits [. [digits]]`, `. digits` (at least one digit in all) with an
/// optional exponent `e|E [+|-] digits`, or one of `inf`, `infinity`, `nan`
/// in any case. An `e` without exponent digits is not part of the number.
/// Hexadecimal floats and `nan(...)` payloads are not accepted.
///
/// The result equals Swift's `Double(String)` bit for bit (both are correctly
/// rounded, ties to even). Paths, fastest first: Clinger's exact path for at
/// most 2^53 with a power of ten up to 10^22; Eisel–Lemire with a 128-bit
/// table of powers of five (as in fast_float); and, in the rare case where
/// more than 19 significant digits leave the result undecided, `strtod` on a
/// normalized copy (digits and an exponent, no decimal point, so the C
/// locale's radix character does not matter).
enum FastDouble {
    /// Parses the longest prefix of a number starting at `start`; returns the
    /// value and the index after it, or nil when no number starts there.
    static func parse(_ bytes: UnsafeRawBufferPointer, from start: Int) -> (value: Double, end: Int)? {
        let n = bytes.count
        guard start >= 0, start < n else { return nil }
        // Bounds: every `bytes[k]` below is guarded by `k < n` in the same
        // condition or loop test.
        var i = start
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative || bytes[i] == UInt8(ascii: "+") { i += 1 }

        let intStart = i
        var w: UInt64 = 0
        i = accumulateDigits(bytes, from: i, into: &w)
        let intEnd = i
        var fracStart = i
        var fracEnd = i
        if i < n, bytes[i] == UInt8(ascii: ".") {
            fracStart = i + 1
            i = accumulateDigits(bytes, from: fracStart, into: &w)
            fracEnd = i
        }
        let intDigits = intEnd - intStart
        let fracDigits = fracEnd - fracStart
        if intDigits + fracDigits == 0 {
            return parseSpecial(bytes, from: intStart, negative: negative)
        }

        var explicitExponent = 0
        if i < n, bytes[i] | 0x20 == UInt8(ascii: "e") {
            var j = i + 1
            var exponentNegative = false
            if j < n, bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: "+") {
                exponentNegative = bytes[j] == UInt8(ascii: "-")
                j += 1
            }
            let exponentStart = j
            var e = 0
            while j < n {
                let d = bytes[j] &- UInt8(ascii: "0")
                if d > 9 { break }
                if e < 0x1000_0000 { e = e * 10 + Int(d) }  // saturates far beyond any finite result
                j += 1
            }
            if j > exponentStart {
                explicitExponent = exponentNegative ? -e : e
                i = j
            }
        }
        var exponent = explicitExponent - fracDigits

        // More than 19 digits: `w` wrapped around. Leading zeros do not count.
        var truncated = false
        if intDigits + fracDigits > 19 {
            var p = intStart
            while p < intEnd, bytes[p] == UInt8(ascii: "0") { p += 1 }
            var leadingZeros = p - intStart
            if p == intEnd {
                var f = fracStart
                while f < fracEnd, bytes[f] == UInt8(ascii: "0") { f += 1 }
                leadingZeros += f - fracStart
            }
            if intDigits + fracDigits - leadingZeros > 19 {
                truncated = true
                // Keep the first 19 significant digits.
                let nineteenDigits: UInt64 = 1_000_000_000_000_000_000
                w = 0
                p = intStart
                while w < nineteenDigits, p < intEnd {
                    w = w * 10 + UInt64(bytes[p] &- UInt8(ascii: "0"))
                    p += 1
                }
                if w >= nineteenDigits {
                    exponent = explicitExponent + (intEnd - p)
                } else {
                    p = fracStart
                    while w < nineteenDigits, p < fracEnd {
                        w = w * 10 + UInt64(bytes[p] &- UInt8(ascii: "0"))
                        p += 1
                    }
                    exponent = explicitExponent - (p - fracStart)
                }
            }
        }

        let sign: UInt64 = negative ? 1 << 63 : 0
        if w == 0 { return (Double(bitPattern: sign), i) }

        // Clinger: both operands exact, so one correctly rounded operation.
        if !truncated, exponent >= -22, exponent <= 22, w <= 1 << 53 {
            let scale = exactPowersOfTen[abs(exponent)]  // 0...22 is inside the 23-entry table
            let magnitude = exponent < 0 ? Double(w) / scale : Double(w) * scale
            return (negative ? -magnitude : magnitude, i)
        }

        let am = eiselLemire(exponent, w)
        if truncated, am != eiselLemire(exponent, w + 1) {
            let value = slowPath(bytes, intStart: intStart, intEnd: intEnd,
                                 fracStart: fracStart, fracEnd: fracEnd, exponent: explicitExponent)
            return (negative ? -value : value, i)
        }
        return (Double(bitPattern: sign | am.mantissa | UInt64(am.power2) << 52), i)
    }

    /// Parses the whole of `text` as a number; nil when any of it is not.
    static func parse(_ text: Substring) -> Double? {
        func whole(_ bytes: UnsafeRawBufferPointer) -> Double? {
            guard let (value, end) = parse(bytes, from: 0), end == bytes.count else { return nil }
            return value
        }
        if let result = text.utf8.withContiguousStorageIfAvailable({ whole(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(text.utf8).withUnsafeBytes { whole($0) }
    }

    // MARK: - Digits

    /// Appends the decimal digits at `start...` to `w` (wrapping on overflow)
    /// and returns the index of the first non-digit.
    @inline(__always)
    private static func accumulateDigits(_ bytes: UnsafeRawBufferPointer, from start: Int, into w: inout UInt64) -> Int {
        let n = bytes.count
        var i = start
        while n - i >= 8 {  // the 8-byte load at i lies inside the buffer
            let chunk = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            // All eight bytes in '0'...'9'?
            let above: UInt64 = chunk &+ 0x4646_4646_4646_4646  // sets bit 7 for bytes > '9'
            let below: UInt64 = chunk &- 0x3030_3030_3030_3030  // sets bit 7 for bytes < '0'
            guard (above | below) & 0x8080_8080_8080_8080 == 0 else { break }
            let mask: UInt64 = 0x0000_00FF_0000_00FF
            let mul1: UInt64 = 100 + 1_000_000 << 32
            let mul2: UInt64 = 1 + 10_000 << 32
            let v: UInt64 = below &* 10 &+ below >> 8
            let pairs: UInt64 = (v & mask) &* mul1
            let quads: UInt64 = (v >> 16 & mask) &* mul2
            w = w &* 100_000_000 &+ (pairs &+ quads) >> 32 & 0xFFFF_FFFF
            i += 8
        }
        while i < n {
            let d = bytes[i] &- UInt8(ascii: "0")
            if d > 9 { break }
            w = w &* 10 &+ UInt64(d)
            i += 1
        }
        return i
    }

    /// `inf`, `infinity` or `nan` (any case) at `start`.
    private static func parseSpecial(_ bytes: UnsafeRawBufferPointer, from start: Int, negative: Bool) -> (value: Double, end: Int)? {
        func matches(_ word: StaticString, at index: Int) -> Bool {
            word.withUTF8Buffer { letters in
                guard bytes.count - index >= letters.count else { return false }
                for (k, letter) in letters.enumerated() where bytes[index + k] | 0x20 != letter {
                    return false  // index + k < index + letters.count <= bytes.count
                }
                return true
            }
        }
        if matches("nan", at: start) {
            return (negative ? -Double.nan : Double.nan, start + 3)
        }
        if matches("inf", at: start) {
            let end = matches("infinity", at: start) ? start + 8 : start + 3
            return (negative ? -Double.infinity : Double.infinity, end)
        }
        return nil
    }

    // MARK: - Eisel–Lemire

    private struct AdjustedMantissa: Equatable {
        var mantissa: UInt64
        var power2: Int
    }

    /// The binary significand and biased exponent nearest to `w * 10^q`,
    /// as fast_float's `compute_float<binary_format<double>>`.
    private static func eiselLemire(_ q: Int, _ w: UInt64) -> AdjustedMantissa {
        if w == 0 || q < -342 { return AdjustedMantissa(mantissa: 0, power2: 0) }
        if q > 308 { return AdjustedMantissa(mantissa: 0, power2: 0x7FF) }
        let lz = w.leadingZeroBitCount
        let normalized = w << lz
        let index = 2 * (q + 342)  // 0...1300; the table has 1302 entries
        let table = powersOfFive
        var (high, low) = normalized.multipliedFullWidth(by: table[index])
        let precisionMask: UInt64 = .max >> 55
        if high & precisionMask == precisionMask {
            let more = normalized.multipliedFullWidth(by: table[index + 1]).high
            let (sum, carry) = low.addingReportingOverflow(more)
            low = sum
            if carry { high &+= 1 }
        }
        let upperBit = Int(high >> 63)
        let shift = upperBit + 64 - 52 - 3
        var mantissa = high >> shift
        // power(q) = floor(q * log2(10)) + 63, exact for |q| < 1,000-odd.
        var power2 = ((152_170 + 65_536) * q) >> 16 + 63 + upperBit - lz + 1023
        if power2 <= 0 {  // subnormal, or zero
            if -power2 + 1 >= 64 { return AdjustedMantissa(mantissa: 0, power2: 0) }
            mantissa >>= -power2 + 1
            mantissa += mantissa & 1
            mantissa >>= 1
            // Rounding up may have reached the smallest normal number.
            return AdjustedMantissa(mantissa: mantissa, power2: mantissa < 1 << 52 ? 0 : 1)
        }
        // Exactly halfway with an even lower neighbour: round down.
        if low <= 1, q >= -4, q <= 23, mantissa & 3 == 1, mantissa << shift == high {
            mantissa &= ~1
        }
        mantissa += mantissa & 1
        mantissa >>= 1
        if mantissa >= 2 << 52 {
            mantissa = 1 << 52
            power2 += 1
        }
        mantissa &= ~(1 << 52)
        if power2 >= 0x7FF { return AdjustedMantissa(mantissa: 0, power2: 0x7FF) }
        return AdjustedMantissa(mantissa: mantissa, power2: power2)
    }

    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// 128-bit approximations of 5^q for q in -342...308, high word at
    /// `2 * (q + 342)`, low word after it; the same values as fast_float's
    /// table. q ≥ 0: the first 128 bits of 5^q, truncated. q < 0, p = -q:
    /// floor(2^(L + 127) / 5^p), plus 1 when p ≤ 27, where L is the bit
    /// length of 5^p. Computed exactly on first use, in about a millisecond.
    static let powersOfFive: [UInt64] = {
        var table = [UInt64](repeating: 0, count: 2 * 651)
        var power = BigNatural(1)
        for p in 1...342 {
            power.multiply(by: 5)
            let length = power.bitLength
            // Long division of 2^(length + 127) by 5^p: the quotient has
            // exactly 128 bits, the remainder starts at 2^(length - 1) < 5^p.
            var remainder = BigNatural(powerOfTwo: length - 1)
            var high: UInt64 = 0
            var low: UInt64 = 0
            for _ in 0..<128 {
                remainder.doubleInPlace()
                high = high << 1 | low >> 63
                low <<= 1
                if !remainder.isLess(than: power) {
                    remainder.subtract(power)
                    low |= 1
                }
            }
            if p <= 27 {
                let (sum, carry) = low.addingReportingOverflow(1)
                low = sum
                if carry { high &+= 1 }
            }
            table[2 * (342 - p)] = high
            table[2 * (342 - p) + 1] = low
        }
        power = BigNatural(1)
        for q in 0...308 {
            if q > 0 { power.multiply(by: 5) }
            let top = power.bitLength - 1
            var high: UInt64 = 0
            var low: UInt64 = 0
            for k in 0..<128 {
                high = high << 1 | low >> 63
                low = low << 1 | power.bit(top - k)
            }
            table[2 * (q + 342)] = high
            table[2 * (q + 342) + 1] = low
        }
        return table
    }()

    // MARK: - Slow path

    /// `strtod` on the digits rewritten as `DDDD…e±X`: at most 780
    /// significant digits, then a sticky `1` when a dropped digit is not zero
    /// (correct rounding never needs more than 767 digits).
    private static func slowPath(_ bytes: UnsafeRawBufferPointer, intStart: Int, intEnd: Int,
                                 fracStart: Int, fracEnd: Int, exponent: Int) -> Double {
        let maxDigits = 780
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: maxDigits + 32) { buffer in
            var count = 0
            var scale = exponent - (fracEnd - fracStart)
            var sticky = false
            for range in [intStart..<intEnd, fracStart..<fracEnd] {
                for k in range {  // the ranges were scanned inside `bytes`
                    let digit = bytes[k]
                    if count == 0, digit == UInt8(ascii: "0") { continue }
                    if count < maxDigits {
                        buffer[count] = CChar(bitPattern: digit)
                        count += 1
                    } else {
                        scale += 1
                        if digit != UInt8(ascii: "0") { sticky = true }
                    }
                }
            }
            if sticky {
                buffer[count] = CChar(bitPattern: UInt8(ascii: "1"))
                count += 1
                scale -= 1
            }
            buffer[count] = CChar(bitPattern: UInt8(ascii: "e"))
            count += 1
            for byte in String(min(max(scale, -100_000), 100_000)).utf8 {
                buffer[count] = CChar(bitPattern: byte)
                count += 1
            }
            buffer[count] = 0
            return buffer.baseAddress.map { strtod($0, nil) } ?? 0
        }
    }
}

/// A natural number in little-endian 64-bit limbs, just enough for the table.
private struct BigNatural {
    var limbs: [UInt64]

    init(_ value: UInt64) { limbs = [value] }

    init(powerOfTwo exponent: Int) {
        limbs = [UInt64](repeating: 0, count: exponent / 64 + 1)
        limbs[exponent / 64] = 1 << UInt64(exponent % 64)
    }

    var bitLength: Int {
        for k in limbs.indices.reversed() where limbs[k] != 0 {
            return k * 64 + 64 - limbs[k].leadingZeroBitCount
        }
        return 0
    }

    func bit(_ position: Int) -> UInt64 {
        position < 0 ? 0 : limbs[position / 64] >> UInt64(position % 64) & 1
    }

    mutating func multiply(by factor: UInt64) {
        var carry: UInt64 = 0
        for k in limbs.indices {
            let (high, low) = limbs[k].multipliedFullWidth(by: factor)
            let (sum, overflow) = low.addingReportingOverflow(carry)
            limbs[k] = sum
            carry = high &+ (overflow ? 1 : 0)
        }
        if carry != 0 { limbs.append(carry) }
    }

    mutating func doubleInPlace() {
        var carry: UInt64 = 0
        for k in limbs.indices {
            let next = limbs[k] >> 63
            limbs[k] = limbs[k] << 1 | carry
            carry = next
        }
        if carry != 0 { limbs.append(carry) }
    }

    func isLess(than other: BigNatural) -> Bool {
        let width = max(limbs.count, other.limbs.count)
        for k in (0..<width).reversed() {
            let a = k < limbs.count ? limbs[k] : 0
            let b = k < other.limbs.count ? other.limbs[k] : 0
            if a != b { return a < b }
        }
        return false
    }

    /// `self -= other`, for `other <= self`.
    mutating func subtract(_ other: BigNatural) {
        var borrow = false
        for k in limbs.indices {
            let b = k < other.limbs.count ? other.limbs[k] : 0
            let (d1, o1) = limbs[k].subtractingReportingOverflow(b)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow ? 1 : 0)
            limbs[k] = d2
            borrow = o1 || o2
        }
    }
}
