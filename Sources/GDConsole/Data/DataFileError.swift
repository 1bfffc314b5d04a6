/// A failure to open or to understand a data file.
///
/// `kind` tells the caller which exit status to use: `.cannotOpen` (the file
/// could not be opened or read: exit 66 upstream) or `.malformed` (its
/// contents are not valid data: exit 65 upstream).
///
/// `message` is lowercase, has no trailing period, and does not repeat the
/// path, line or column, which are separate fields. `line` and `column` are
/// 1-based; `column` counts bytes within the line.
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
    var message: String

    init(_ kind: Kind, path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
        self.message = message
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
