/// Where a command and each of its arguments were written, so an error found while
/// running it (a batch size larger than the data, a file that will not open) can put its
/// caret under the argument at fault rather than under the command.
public struct CommandSite: Sendable, Equatable {
    /// The command word.
    public var location: SourceLocation
    /// By parameter name (`B`, `FILE`, `SEED`) or `key=` for an option.
    public var arguments: [String: SourceLocation]

    public init(location: SourceLocation, arguments: [String: SourceLocation] = [:]) {
        self.location = location
        self.arguments = arguments
    }

    /// The argument's location, or the command's when the argument was not written.
    public subscript(name: String) -> SourceLocation {
        arguments[name] ?? location
    }
}
