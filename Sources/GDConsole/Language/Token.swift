/// A word of a command line, with where it stood.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A bare word: a command, a number, a name, a path, `key=value`.
        case word
        /// A word that was written in quotes; never taken for a keyword.
        case quoted
        /// The `,` that separates points in `data`.
        case comma
    }

    public var kind: Kind
    public var text: String
    /// 1-based column of the first character (of the opening quote, for quoted words).
    public var column: Int
    /// Characters the token spans in the source, quotes included.
    public var width: Int

    public init(kind: Kind, text: String, column: Int, width: Int) {
        self.kind = kind
        self.text = text
        self.column = column
        self.width = width
    }
}

/// One command's tokens: the part of a line between `;` separators.
public struct Statement: Sendable, Equatable {
    public var tokens: [Token]
    /// Column of the first character of the statement, for "missing argument" carets.
    public var endColumn: Int
}
