/// What the parser matched, by parameter name, for a command's `build` to turn into a
/// typed `Command`. Every value keeps its token so later checks can point at it.
public struct Arguments: Sendable {
    public enum Value: Sendable {
        case number(Double, Token)
        case integer(Int, Token)
        case indices([(Int, Token)])
        case points([Command.Point])
        case path(String, Token)
        case options([String: (text: String, token: Token)])
        case rest([Token])
        case flag
    }

    /// The choice words taken, outermost first, by their canonical names.
    public var choices: [String] = []
    var values: [String: Value] = [:]
    /// Where the statement ends, for errors about what is missing.
    public var location: SourceLocation

    public subscript(name: String) -> Value? { values[name] }

    public func number(_ name: String) -> Double? {
        if case .number(let v, _)? = values[name] { return v }
        return nil
    }

    public func integer(_ name: String) -> Int? {
        if case .integer(let v, _)? = values[name] { return v }
        return nil
    }

    public func token(_ name: String) -> Token? {
        switch values[name] {
        case .number(_, let t)?, .integer(_, let t)?, .path(_, let t)?: return t
        default: return nil
        }
    }

    public func path(_ name: String) -> String? {
        if case .path(let v, _)? = values[name] { return v }
        return nil
    }

    public func indices(_ name: String) -> [(Int, Token)] {
        if case .indices(let v)? = values[name] { return v }
        return []
    }

    public func options(_ name: String) -> [String: (text: String, token: Token)] {
        if case .options(let v)? = values[name] { return v }
        return [:]
    }

    public func rest(_ name: String) -> [Token] {
        if case .rest(let v)? = values[name] { return v }
        return []
    }

    public func flag(_ name: String) -> Bool {
        if case .flag? = values[name] { return true }
        return false
    }

    /// The location of a token of this statement.
    public func at(_ token: Token) -> SourceLocation {
        SourceLocation(file: location.file, line: location.line, column: token.column, length: token.width)
    }
}
