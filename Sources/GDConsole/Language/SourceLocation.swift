/// Where a piece of input came from: 1-based line and column (in characters), and a length
/// so a renderer can underline the whole culprit.
public struct SourceLocation: Sendable, Equatable {
    /// The file name as the user gave it, `<stdin>`, `-c`, or nil at the prompt.
    public var file: String?
    public var line: Int
    public var column: Int
    public var length: Int

    public init(file: String?, line: Int, column: Int, length: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
        self.length = max(1, length)
    }
}
