/// What counts as a number on a command line: plain decimal notation, finite.
///
/// Swift's `Double(_:)` also takes hexadecimal, `nan` and `inf`; a lesson never means
/// those, so they are refused with a message instead of silently poisoning the weight.
enum NumberSyntax {
    static func finite(_ token: Token, name: String, at location: SourceLocation) throws(GDError) -> Double {
        let text = token.text
        let lower = text.lowercased()
        if ["nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"].contains(lower) {
            throw GDError(.notFinite, "\(name) must be a finite number, not '\(text)'", at: location)
        }
        guard isDecimal(text), let value = Double(text) else {
            throw GDError(.badNumber, "expected a number for \(name), found '\(text)'", at: location)
        }
        guard value.isFinite else {
            throw GDError(.notFinite, "\(name) '\(text)' is too large to be a finite number", at: location)
        }
        return value
    }

    static func integer(_ token: Token, name: String, atLeast bound: Int, at location: SourceLocation) throws(GDError) -> Int {
        let text = token.text
        guard let value = Int(text) else {
            if isDecimal(text), Double(text) != nil, text.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "+" }) {
                throw GDError(.outOfRange, "\(name) '\(text)' is too large", at: location)
            }
            throw GDError(.badNumber, "expected a whole number for \(name), found '\(text)'", at: location)
        }
        guard value >= bound else {
            throw GDError(.outOfRange, "\(name) must be at least \(bound), not \(value)", at: location)
        }
        return value
    }

    /// Optional sign, digits with at most one point, optional exponent; nothing else.
    static func isDecimal(_ text: String) -> Bool {
        var chars = Substring(text)
        if chars.first == "+" || chars.first == "-" { chars = chars.dropFirst() }
        var digits = 0, points = 0
        while let c = chars.first, c.isASCII, c.isNumber || c == "." {
            if c == "." { points += 1 } else { digits += 1 }
            chars = chars.dropFirst()
        }
        guard digits > 0, points <= 1 else { return false }
        if chars.isEmpty { return true }
        guard chars.first == "e" || chars.first == "E" else { return false }
        chars = chars.dropFirst()
        if chars.first == "+" || chars.first == "-" { chars = chars.dropFirst() }
        return !chars.isEmpty && chars.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
