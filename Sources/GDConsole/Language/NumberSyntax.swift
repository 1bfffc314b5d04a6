/// What counts as a number on a command line: plain decimal notation, finite.
///
/// Swift's `Double(_:)` also takes hexadecimal, `nan` and `inf`; a lesson never means
/// those, so they are refused with a message instead of silently poisoning the weight.
enum NumberSyntax {
    static func finite(_ token: Token, name placeholder: String, at location: SourceLocation) throws(GDError) -> Double {
        let text = token.text
        let lower = text.lowercased()
        if ["nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"].contains(lower) {
            throw GDError(.notFinite, .notFinite(placeholder, text: text), at: location)
        }
        guard isDecimal(text), let value = Double(text) else {
            throw GDError(.badNumber, .notANumber(placeholder, text: text), at: location)
        }
        guard value.isFinite else {
            throw GDError(.notFinite, .tooLargeToBeFinite(placeholder, text: text), at: location)
        }
        // Too small to tell from 0: say so, rather than let "not 1e-400" puzzle later.
        if value == 0, text.prefix(while: { $0 != "e" && $0 != "E" }).contains(where: { ("1"..."9").contains($0) }) {
            throw GDError(.outOfRange, .underflows(placeholder, text: text), at: location)
        }
        return value
    }

    static func integer(_ token: Token, name placeholder: String, atLeast bound: Int, at location: SourceLocation) throws(GDError) -> Int {
        let text = token.text
        guard let value = Int(text) else {
            if isDecimal(text), Double(text) != nil, text.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "+" }) {
                throw GDError(.outOfRange, .wholeTooLarge(placeholder, text: text), at: location)
            }
            throw GDError(.badNumber, .notAWholeNumber(placeholder, text: text), at: location)
        }
        guard value >= bound else {
            throw GDError(.outOfRange, .atLeast(placeholder, bound: bound, value: value), at: location)
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
