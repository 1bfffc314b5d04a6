/// Prints doubles exactly as Python's `repr` does: the shortest decimal that round-trips.
///
/// Swift's `description` already finds the shortest round-tripping digits; this only lays
/// them out by Python's rules (fixed notation for exponents −4 through 15, otherwise
/// `d.ddde±XX` with at least two exponent digits; `inf`, `-inf`, `nan`), so that a
/// student comparing gd with a notebook sees the same characters.
public enum NumberFormat {
    public static func repr(_ value: Double) -> String {
        String(unsafeUninitializedCapacity: maximumLength) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            return write(value, to: base)
        }
    }

    /// The longest text `repr` writes ("-2.2250738585072014e-308").
    public static let maximumLength = 24

    /// Writes `repr(value)` at `out` (room for `maximumLength` bytes) and returns its
    /// length: Python's layout of the shortest round-trip digits (Swift's `description`),
    /// on bytes, so `save data` writes ten million rows in seconds.
    public static func write(_ value: Double, to out: UnsafeMutablePointer<UInt8>) -> Int {
        func put(_ text: StaticString) -> Int {
            out.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
            return text.utf8CodeUnitCount
        }
        if value.isNaN { return put("nan") }
        if value.isInfinite { return value < 0 ? put("-inf") : put("inf") }
        if value == 0 { return value.sign == .minus ? put("-0.0") : put("0.0") }
        var text = value.magnitude.description
        return text.withUTF8 { utf8 -> Int in
            // Digits of the mantissa without the point, where the point was, the exponent.
            var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            return withUnsafeMutableBytes(of: &digits) { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                let d = base.assumingMemoryBound(to: UInt8.self)
                var count = 0, point = -1, exponent = 0, k = 0
                let zero = UInt8(ascii: "0")
                while k < utf8.count {
                    let c = utf8[k]
                    if c == UInt8(ascii: ".") {
                        point = count
                    } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                        var j = k + 1, negative = false
                        if j < utf8.count, utf8[j] == UInt8(ascii: "-") || utf8[j] == UInt8(ascii: "+") {
                            negative = utf8[j] == UInt8(ascii: "-")
                            j += 1
                        }
                        while j < utf8.count { exponent = exponent * 10 + Int(utf8[j] &- zero); j += 1 }
                        if negative { exponent = -exponent }
                        break
                    } else if count < raw.count {
                        d[count] = c
                        count += 1
                    }
                    k += 1
                }
                let intDigits = point >= 0 ? point : count
                var lead = 0
                while lead < count, d[lead] == zero { lead += 1 }
                var end = count
                while end > lead, d[end - 1] == zero { end -= 1 }
                var first = lead
                if end == lead { d[lead] = zero; end = lead + 1 }  // all zeros: "0"
                let e10 = exponent + intDigits - lead - 1
                let length = end - first
                var o = 0
                if value < 0 { out[o] = UInt8(ascii: "-"); o += 1 }
                @inline(__always) func emit(_ c: UInt8) { out[o] = c; o += 1 }
                if e10 >= -4 && e10 < 16 {
                    if e10 < 0 {
                        emit(zero); emit(UInt8(ascii: "."))
                        for _ in 0..<(-e10 - 1) { emit(zero) }
                        while first < end { emit(d[first]); first += 1 }
                    } else if length <= e10 + 1 {
                        while first < end { emit(d[first]); first += 1 }
                        for _ in 0..<(e10 + 1 - length) { emit(zero) }
                        emit(UInt8(ascii: ".")); emit(zero)
                    } else {
                        let cut = first + e10 + 1
                        while first < cut { emit(d[first]); first += 1 }
                        emit(UInt8(ascii: "."))
                        while first < end { emit(d[first]); first += 1 }
                    }
                } else {
                    emit(d[first]); first += 1
                    if first < end {
                        emit(UInt8(ascii: "."))
                        while first < end { emit(d[first]); first += 1 }
                    }
                    emit(UInt8(ascii: "e")); emit(e10 < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
                    let magnitude = abs(e10)
                    if magnitude >= 100 { emit(zero &+ UInt8(magnitude / 100)) }
                    emit(zero &+ UInt8(magnitude / 10 % 10))
                    emit(zero &+ UInt8(magnitude % 10))
                }
                return o
            }
        }
    }
}
