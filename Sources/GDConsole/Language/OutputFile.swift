/// `[to FILE [force]]`: the file `plot`, `compare` and `sweep` write to instead of the
/// terminal, declared once so the three spell it, check it and complete it the same way.
enum OutputFile {
    /// The optional `to FILE [force]` parameter; `summary` says what the file holds.
    static func parameter(_ summary: String) -> Parameter {
        .optional(.choice("OUTPUT", [Choice("to", summary, [.path("FILE"), .flag("force")])]))
    }

    /// The file named after `to` and whether `force` was added; nil when `to` was not
    /// written. `to` is the command's last choice word wherever it stands.
    ///
    /// - Parameters:
    ///   - suffix: the ending the file must have (`.svg`, `.csv`), in any case.
    ///   - wrongSuffix: what to say when it has not, pointing at the file name.
    /// - Throws: `missingArgument` with no FILE, `badOption` with another ending.
    static func parse(_ arguments: Arguments, suffix: String, wrongSuffix: Message) throws(GDError) -> (path: String, force: Bool)? {
        guard arguments.choices.last == "to" else { return nil }
        guard let path = arguments.path("FILE") else {
            throw GDError(.missingArgument, .missing("FILE"), at: arguments.location)
        }
        guard path.lowercased().hasSuffix(suffix) else {
            throw GDError(.badOption, wrongSuffix, at: arguments.token("FILE").map(arguments.at))
        }
        return (path, arguments.flag("force"))
    }
}
