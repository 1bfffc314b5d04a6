/// Prints doubles exactly as Python's `repr` does: the shortest decimal that round-trips.
///
/// Swift's `description` already finds the shortest round-tripping digits; this only lays
/// them out by Python's rules (fixed notation for exponents −4 through 15, otherwise
/// `d.ddde±XX` with at least two exponent digits; `inf`, `-inf`, `nan`), so that a
/// student comparing gd with a notebook sees the same characters.
public enum NumberFormat {
    public static func repr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        let (negative, digits, exponent) = decompose(value)
        var out = negative ? "-" : ""
        // `exponent` is the power of ten of the first digit: value = 0.d1d2… × 10^(exponent+1).
        if exponent >= -4 && exponent < 16 {
            if exponent < 0 {
                out += "0." + String(repeating: "0", count: -exponent - 1) + digits
            } else if digits.count <= exponent + 1 {
                out += digits + String(repeating: "0", count: exponent + 1 - digits.count) + ".0"
            } else {
                let cut = digits.index(digits.startIndex, offsetBy: exponent + 1)
                out += digits[..<cut] + "." + digits[cut...]
            }
        } else {
            let first = digits.prefix(1)
            let rest = digits.dropFirst()
            out += first + (rest.isEmpty ? "" : "." + rest)
            out += exponent < 0 ? "e-" : "e+"
            let magnitude = abs(exponent)
            out += (magnitude < 10 ? "0" : "") + String(magnitude)
        }
        return out
    }

    /// The sign, the significant digits without leading or trailing zeros, and the decimal
    /// exponent of the first digit, read off Swift's shortest round-trip `description`.
    static func decompose(_ value: Double) -> (Bool, String, Int) {
        let text = abs(value).description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits = ""
        var pointPosition: Int?
        for ch in mantissa {
            if ch == "." {
                pointPosition = digits.count
            } else {
                digits.append(ch)
            }
        }
        let intDigits = pointPosition ?? digits.count
        // Strip leading zeros, moving the exponent with them.
        var lead = 0
        for ch in digits {
            if ch == "0" { lead += 1 } else { break }
        }
        digits.removeFirst(lead)
        while digits.last == "0" { digits.removeLast() }
        if digits.isEmpty { digits = "0" }
        return (value < 0, digits, exponent + intDigits - lead - 1)
    }
}
