/// Compares an expected and an actual output line under a tolerance: the text between
/// numbers must be identical, and the numbers close enough.
enum NumericMatch {
    static func matches(expected: String, actual: String, tolerance: Tolerance) -> Bool {
        if expected == actual { return true }
        guard tolerance != .exact else { return false }
        let e = pieces(expected), a = pieces(actual)
        guard e.count == a.count else { return false }
        for (x, y) in zip(e, a) {
            switch (x, y) {
            case (.text(let s), .text(let t)):
                if s != t { return false }
            case (.number(let s), .number(let t)):
                guard let u = Double(s), let v = Double(t), close(u, v, tolerance) else { return false }
            default:
                return false
            }
        }
        return true
    }

    static func close(_ a: Double, _ b: Double, _ tolerance: Tolerance) -> Bool {
        if a == b { return true }
        guard a.isFinite, b.isFinite else { return false }
        let scale = max(abs(a), abs(b))
        switch tolerance {
        case .exact: return false
        case .relative(let r): return abs(a - b) <= r * scale
        case .digits(let n):
            var unit = 1.0
            for _ in 0..<max(0, n - 1) { unit /= 10 }
            return abs(a - b) <= 0.5 * unit * scale
        }
    }

    enum Piece: Equatable {
        case text(String)
        case number(String)
    }

    /// Splits a line into decimal numbers and the text between them.
    static func pieces(_ line: String) -> [Piece] {
        let chars = Array(line)
        var result: [Piece] = []
        var text = ""
        var i = 0
        func isDigit(_ k: Int) -> Bool { k < chars.count && chars[k].isASCII && chars[k].isNumber }
        while i < chars.count {
            let startsNumber = isDigit(i) || (chars[i] == "-" && (isDigit(i + 1) || (i + 2 < chars.count && chars[i + 1] == "." && isDigit(i + 2))))
                || (chars[i] == "." && isDigit(i + 1))
            let previousIsWord = i > 0 && (chars[i - 1].isLetter || chars[i - 1] == "_")
            guard startsNumber, !previousIsWord else {
                text.append(chars[i])
                i += 1
                continue
            }
            var j = i
            if chars[j] == "-" { j += 1 }
            while isDigit(j) || (j < chars.count && chars[j] == ".") { j += 1 }
            if j < chars.count, chars[j] == "e" || chars[j] == "E" {
                var k = j + 1
                if k < chars.count, chars[k] == "+" || chars[k] == "-" { k += 1 }
                if isDigit(k) {
                    j = k
                    while isDigit(j) { j += 1 }
                }
            }
            if !text.isEmpty {
                result.append(.text(text))
                text = ""
            }
            result.append(.number(String(chars[i..<j])))
            i = j
        }
        if !text.isEmpty { result.append(.text(text)) }
        return result
    }
}
