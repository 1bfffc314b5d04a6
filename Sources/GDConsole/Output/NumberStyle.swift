#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How numbers are shown to a person: `set digits N` rounds them to N significant digits;
/// `full` (the default) shows the shortest text that reads back as the same double.
///
/// Only what is displayed goes through here. Files (`save`) always keep the full
/// round-trip text, and so does every transcript recorded at the default setting.
public struct NumberStyle: Sendable, Equatable {
    /// Significant digits, 1 through 17; nil for full.
    public var digits: Int?

    public static let full = NumberStyle(digits: nil)
    public static let digitRange = 1...17

    public init(digits: Int?) {
        self.digits = digits
    }

    /// `0.24200000000000002` at full, `0.242` at 6 digits; laid out as `NumberFormat.repr`.
    public func text(_ value: Double) -> String {
        guard let digits, value.isFinite, value != 0 else { return NumberFormat.repr(value) }
        return NumberFormat.repr(NumberStyle.rounded(value, digits: digits))
    }

    /// A table cell: as `text`, but −0 is 0 (a gradient of "-0.0" is float noise to a reader).
    public func cell(_ value: Double) -> String {
        text(value == 0 ? 0 : value)
    }

    /// `value` correctly rounded to `digits` significant decimal digits (C's `%.*e`, which
    /// rounds the exact binary value, then read back).
    static func rounded(_ value: Double, digits: Int) -> Double {
        let places = Int32(max(0, min(16, digits - 1)))
        var buffer = [CChar](repeating: 0, count: 40)
        let written = buffer.withUnsafeMutableBufferPointer { out in
            withVaList([places, value]) { vsnprintf(out.baseAddress, out.count, "%.*e", $0) }
        }
        guard written > 0, written < buffer.count else { return value }
        let text = String(decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return Double(text) ?? value
    }
}
