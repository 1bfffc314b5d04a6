/// A setting's value that is a whole number in a range or one word meaning "no fixed
/// number" (`set digits 6|full`, `set threads 4|all`): declared once, so the parameter
/// `set` parses and completes and the check of what was typed cannot drift apart.
struct CountOrWord: Sendable {
    /// The placeholder in usage lines (`DIGITS`, `N`).
    let name: String
    let word: String
    let range: ClosedRange<Int>
    /// Whether Tab completion offers every number after the word (a short range).
    let offersNumbers: Bool
    /// What to say of anything else typed.
    let invalid: @Sendable (String) -> Message

    /// One word checked by `read`; completion offers the word (and the numbers when short).
    var parameter: Parameter {
        .word(name, offers: [word] + (offersNumbers ? range.map(String.init) : []))
    }

    /// The number typed, or nil for the word (in any case).
    ///
    /// - Throws: `missingArgument` when nothing was typed; `outOfRange` at the value, with
    ///   `invalid`'s message, for anything but the word or a number in range.
    func read(_ a: Arguments) throws(GDError) -> Int? {
        guard let text = a.path(name), let token = a.token(name) else {
            throw GDError(.missingArgument, .missingSetValue, at: a.location)
        }
        if text.lowercased() == word { return nil }
        guard let n = Int(text), range.contains(n) else {
            throw GDError(.outOfRange, invalid(text), at: a.at(token))
        }
        return n
    }
}
