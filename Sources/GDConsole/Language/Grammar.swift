/// The shape of a command's arguments, declared once in `CommandTable` and read by the
/// parser, the usage lines in `help`, and Tab completion.
public indirect enum Parameter: Sendable {
    /// One of a fixed set of words; each choice may take further parameters.
    case choice(String, [Choice])
    /// A finite decimal number.
    case number(String)
    /// A whole number no smaller than the bound.
    case integer(String, atLeast: Int)
    /// Zero or more 0-based point positions, to the end of the command.
    case indices(String)
    /// `X Y, X Y, …` to the end of the command.
    case points
    /// A file name; completion offers paths.
    case path(String)
    /// May be left out. Only as the last parameters, or before a required `integer`.
    case optional(Parameter)
    /// `key=value` options in any order at the end; each key at most once.
    case options([OptionSpec])
    /// The rest of the line, itself a command (`time`) or a topic (`help`).
    case rest(String, completesCommands: Bool)
    /// A literal word that must be present only when written (`force`).
    case flag(String)
    /// A value that may also be written by name, `key=value`, anywhere after the
    /// command's choices (`b=3`, `epochs=10`), so numbers that stand side by side say
    /// which is which.
    case named(String, Parameter)
    /// One word checked by the command's `build` (`full` or a number); completion offers
    /// the listed words.
    case word(String, offers: [String])
}

/// A word a `choice` accepts.
public struct Choice: Sendable {
    public var name: String
    public var aliases: [String]
    public var summary: String
    public var parameters: [Parameter]

    public init(_ name: String, aliases: [String] = [], _ summary: String, _ parameters: [Parameter] = []) {
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.parameters = parameters
    }

    func matches(_ word: String) -> Bool {
        let lower = word.lowercased()
        return lower == name || aliases.contains(lower)
    }
}

/// A `key=value` option.
public struct OptionSpec: Sendable {
    public enum Kind: Sendable, Equatable {
        case number, integer, range, column, path
        /// One of these words.
        case choice([String])
    }
    public var key: String
    public var kind: Kind
    public var summary: String

    public init(_ key: String, _ kind: Kind, _ summary: String) {
        self.key = key
        self.kind = kind
        self.summary = summary
    }

    var placeholder: String {
        switch kind {
        case .number: return "\(key)=NUMBER"
        case .integer: return "\(key)=N"
        case .range: return "\(key)=LO..HI"
        case .choice(let words): return "\(key)=" + words.joined(separator: "|")
        case .column: return "\(key)=COL"
        case .path: return "\(key)=FILE"
        }
    }
}

extension Parameter {
    /// The parameter as a usage line writes it: `VARIANT`, `[B]`, `[I ...]`.
    var usage: String {
        switch self {
        case .choice(let name, _): return name
        case .number(let name), .path(let name): return name
        case .integer(let name, _): return name
        case .indices(let name): return "[\(name) ...]"
        case .points: return "X Y[, X Y ...]"
        case .optional(.choice(_, let choices)) where choices.count == 1:
            // A keyword that introduces arguments: `[to FILE [force]]`.
            return "[" + ([choices[0].name] + choices[0].parameters.map(\.usage)).joined(separator: " ") + "]"
        case .optional(let inner): return "[\(inner.usage)]"
        case .options(let specs): return specs.map { "[\($0.placeholder)]" }.joined(separator: " ")
        case .rest(let name, _): return name
        case .flag(let word): return "[\(word)]"
        case .named(let key, let inner): return "[\(key)=]\(inner.usage)"
        case .word(let name, _): return name
        }
    }
}
