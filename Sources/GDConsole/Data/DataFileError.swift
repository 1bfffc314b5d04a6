/// A failure to open or to understand a data file.
///
/// `kind` tells the caller which exit status to use: `.cannotOpen` (the file
/// could not be opened or read: exit 66 upstream) or `.malformed` (its
/// contents are not valid data: exit 65 upstream).
///
/// `problem` says what is wrong, as a value each language words (`DataProblem`); it
/// does not repeat the path, line or column, which are separate fields. `line` and
/// `column` are 1-based; `column` counts bytes within the line.
///
/// Two errors are equal when they say the same thing in English: a test may spell the
/// problem as text (`message:`).
struct DataFileError: Error, Equatable, Sendable, CustomStringConvertible {
    enum Kind: Equatable, Sendable {
        case cannotOpen
        case malformed
        /// Ctrl-C ended a blocked open or read (a FIFO, a slow pipe): exit 130.
        case interrupted
    }

    var kind: Kind
    var path: String
    var line: Int?
    var column: Int?
    var problem: DataProblem

    /// The problem in English: lowercase, no trailing period.
    var message: String { problem.english }

    init(_ kind: Kind, path: String, line: Int? = nil, column: Int? = nil, _ problem: DataProblem) {
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// For tests: the problem expected, spelled as its English text. Sources never use it
    /// (`UntranslatedTests`), so every problem gd reports has a Korean form.
    init(_ kind: Kind, path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.init(kind, path: path, line: line, column: column, .text(message))
    }

    static func == (a: DataFileError, b: DataFileError) -> Bool {
        a.kind == b.kind && a.path == b.path && a.line == b.line && a.column == b.column && a.message == b.message
    }

    /// `path:line:column: message`, leaving out the parts that are unknown.
    var description: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text + ": " + message
    }
}
