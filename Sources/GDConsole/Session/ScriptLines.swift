/// The lines of a script: split on "\n", a final "\r" dropped by the lexer, a UTF-8
/// byte-order mark dropped from the first line, and no phantom empty line after a final
/// newline.
struct ScriptLines: Sequence {
    let lines: [Substring]

    init(_ text: String) {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        // "\r\n" is one Character in Swift, so it is named as a separator of its own.
        var parts = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if parts.last?.isEmpty == true { parts.removeLast() }
        lines = parts
    }

    func makeIterator() -> AnyIterator<String> {
        var iterator = lines.makeIterator()
        return AnyIterator { iterator.next().map(String.init) }
    }
}
