/// Tick values at nice numbers (1, 2 or 5 × 10^k), and the axis range widened to them.
///
/// Each value is made from its decimal digits (`Double("25e-3")`), never by adding a
/// step repeatedly, so a tick reads 0.3 and not 0.30000000000000004.
enum Ticks {
    /// A linear axis: ticks covering `lo...hi`, about `target` of them, and the range
    /// widened to the outer ticks.
    static func linear(_ lo: Double, _ hi: Double, target: Int, integer: Bool = false) -> (range: ClosedRange<Double>, values: [Double]) {
        var (lo, hi) = (lo, hi)
        if !(lo < hi) {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            (lo, hi) = (lo - pad, hi + pad)
        }
        var (mantissa, exponent) = step(for: (hi - lo) / Double(max(target, 1)))
        if integer && exponent < 0 { (mantissa, exponent) = (1, 0) }
        let size = value(mantissa, exponent)
        let first = (lo / size).rounded(.down)
        let last = (hi / size).rounded(.up)
        // Beyond 2^50 steps the integers lose precision; say only where the range ends.
        guard abs(first) < 1e15, abs(last) < 1e15, size > 0, size.isFinite else {
            return (lo...hi, [lo, hi])
        }
        let values = (Int(first)...Int(last)).map { value($0 * mantissa, exponent) }
        guard let low = values.first, let high = values.last, low < high else { return (lo...hi, [lo, hi]) }
        return (low...high, values)
    }

    /// The nice step no smaller than `raw`: 1, 2 or 5 times a power of ten.
    static func step(for raw: Double) -> (mantissa: Int, exponent: Int) {
        guard raw > 0, raw.isFinite else { return (1, 0) }
        var exponent = Int((log10(raw)).rounded(.down))
        let scaled = raw / value(1, exponent)
        let mantissa: Int
        if scaled <= 1 { mantissa = 1 } else if scaled <= 2 { mantissa = 2 } else if scaled <= 5 { mantissa = 5 } else {
            mantissa = 1
            exponent += 1
        }
        return (mantissa, exponent)
    }

    /// A logarithmic axis: powers of ten covering `lo...hi` (both > 0), every one or,
    /// over many decades, every second, fifth or tenth.
    static func logarithmic(_ lo: Double, _ hi: Double, target: Int) -> (range: ClosedRange<Double>, values: [Double]) {
        var low = Int(log10(lo).rounded(.down))
        var high = Int(log10(hi).rounded(.up))
        if high <= low { high = low + 1 }
        let decades = high - low
        let every = [1, 2, 5, 10, 20, 50, 100].first { decades / $0 <= max(target, 1) } ?? 100
        low = Int((Double(low) / Double(every)).rounded(.down)) * every
        high = Int((Double(high) / Double(every)).rounded(.up)) * every
        let values = stride(from: low, through: high, by: every).map { value(1, $0) }
        return (value(1, low)...value(1, high), values)
    }

    /// m × 10^e, correctly rounded from its decimal form.
    static func value(_ mantissa: Int, _ exponent: Int) -> Double {
        Double("\(mantissa)e\(exponent)") ?? .nan
    }

    /// A tick's label: the shortest repr, without a trailing ".0".
    static func label(_ v: Double) -> String {
        let text = NumberFormat.repr(v == 0 ? 0 : v)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// Plain labels wider than this switch the axis to exponent form when that is narrower.
    static let plainWidthLimit = 6

    /// One axis's labels, all in one form: plain decimals (`label`), or every non-zero
    /// tick as `8e+09` (repr's own exponent layout, as gnuplot's `%g` writes it) when plain
    /// labels grow longer than `plainWidthLimit` characters and the exponent form is no
    /// wider, or when repr already wrote some in exponent form (a log axis from 1e-05 to
    /// 0.1). So a huge loss reads `1e+10`, not `10000000000`, and an axis never mixes
    /// `0.001` with `1e-05`.
    static func labels(_ values: [Double]) -> [String] {
        let plain = values.map(label)
        guard let widest = plain.map(\.count).max() else { return plain }
        let mixed = plain.contains { $0.contains("e") }
        guard widest > plainWidthLimit || mixed else { return plain }
        let exponent = values.map(exponentLabel)
        return mixed || (exponent.map(\.count).max() ?? 0) <= widest ? exponent : plain
    }

    /// `v` as shortest digits and a power of ten, `1.5e+06`, `1e-03` (`0` stays `0`).
    static func exponentLabel(_ v: Double) -> String {
        guard v != 0, v.isFinite else { return label(v) }
        let text = NumberFormat.repr(v.magnitude)
        let sign = v < 0 ? "-" : ""
        if text.contains("e") { return sign + text }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = parts.first.map(String.init) ?? "", fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits: Substring, power: Int
        if whole != "0" {
            digits = Substring(whole + fraction)
            power = whole.count - 1
        } else {
            let zeros = fraction.prefix { $0 == "0" }.count
            digits = fraction.dropFirst(zeros)
            power = -(zeros + 1)
        }
        while digits.count > 1, digits.last == "0" { digits = digits.dropLast() }
        guard let first = digits.first else { return label(v) }
        let mantissa = digits.count > 1 ? "\(first).\(digits.dropFirst())" : String(first)
        let magnitude = abs(power)
        return sign + mantissa + "e" + (power < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + String(magnitude)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
