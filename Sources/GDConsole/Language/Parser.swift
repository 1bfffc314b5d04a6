/// Turns a statement's tokens into a `Command` by matching them against the command table.
///
/// The parser knows no command by name: it reads each command's `Parameter` list, so a
/// new command is one table entry. Errors point at the token at fault, or just past the
/// end of the statement when something is missing, and say what would be valid.
public enum Parser {
    public static func parse(_ statement: Statement, file: String?, line: Int) throws(GDError) -> Command {
        try parseWithSite(statement, file: file, line: line).command
    }

    /// Parses and also says where each argument was written.
    public static func parseWithSite(_ statement: Statement, file: String?, line: Int) throws(GDError) -> (command: Command, site: CommandSite) {
        guard let head = statement.tokens.first else {
            throw GDError(.missingArgument, .emptyCommand, at: SourceLocation(file: file, line: line, column: 1))
        }
        let endLocation = SourceLocation(file: file, line: line, column: statement.endColumn)
        guard head.kind == .word, let spec = CommandTable.spec(named: head.text) else {
            throw GDError(.unknownCommand, NameHint.unknownCommand(head.text, hasArguments: statement.tokens.count > 1),
                          at: SourceLocation(file: file, line: line, column: head.column, length: head.width))
        }
        var arguments = Arguments(location: endLocation)
        var matcher = Matcher(tokens: statement.tokens.dropFirst(), spec: spec, location: endLocation)
        try matcher.match(spec.parameters, into: &arguments, usagePrefix: spec.name)
        if let extra = matcher.tokens.first {
            try matcher.refuseUnknownName(extra)
            throw GDError(.extraArgument, .unexpectedWord(extra.text, usage: matcher.usageSoFar),
                          at: arguments.at(extra))
        }
        let command = try spec.build(arguments)
        var site = CommandSite(location: SourceLocation(file: file, line: line, column: head.column, length: head.width))
        for (name, value) in arguments.values {
            switch value {
            case .number(_, let t), .integer(_, let t), .path(_, let t):
                site.arguments[name] = arguments.at(t)
            case .options(let options):
                for (key, option) in options { site.arguments[key + "="] = arguments.at(option.token) }
            case .rest(let tokens):
                if let first = tokens.first { site.arguments[name] = arguments.at(first) }
            default:
                break
            }
        }
        return (command, site)
    }
}

/// The state of one match: the tokens still to read.
struct Matcher {
    var tokens: ArraySlice<Token>
    let spec: CommandSpec
    let location: SourceLocation
    /// The usage of the form being matched, for messages.
    var usageSoFar = ""
    /// The `key=` names the form being matched accepts, for "did you mean".
    var namedKeys: [String] = []

    init(tokens: ArraySlice<Token>, spec: CommandSpec, location: SourceLocation) {
        self.tokens = tokens
        self.spec = spec
        self.location = location
        self.usageSoFar = spec.name
    }

    func at(_ token: Token) -> SourceLocation {
        SourceLocation(file: location.file, line: location.line, column: token.column, length: token.width)
    }

    /// Tokens left that could fill a positional parameter (not commas, not `key=value`).
    var positionalCount: Int {
        tokens.filter { $0.kind != .comma && !($0.kind == .word && $0.text.contains("=")) }.count
    }

    mutating func match(_ parameters: [Parameter], into arguments: inout Arguments, usagePrefix: String) throws(GDError) {
        usageSoFar = ([usagePrefix] + parameters.map(\.usage)).joined(separator: " ")
        for parameter in parameters {
            if case .named(let key, _) = parameter { namedKeys.append(key) }
            if case .optional(.named(let key, _)) = parameter { namedKeys.append(key) }
        }
        for (position, parameter) in parameters.enumerated() {
            let later = parameters[(position + 1)...]
            let requiredAfter = later.reduce(0) { $0 + requiredTokens($1) }
            // An optional value before an optional choice is left out when the next word
            // is that choice (`compare to FILE.svg`: no EPOCHS).
            if case .optional(let inner) = parameter, !isChoice(inner), let next = tokens.first,
               later.contains(where: { laterParameter in
                   guard case .optional(.choice(_, let choices)) = laterParameter else { return false }
                   return choices.contains { $0.matches(next.text) }
               }) {
                continue
            }
            var choice: (name: String, choices: [Choice])?
            if case .choice(let name, let choices) = parameter {
                choice = (name, choices)
            } else if case .optional(.choice(let name, let choices)) = parameter, positionalCount > requiredAfter {
                choice = (name, choices)
            }
            if let (name, choices) = choice {
                let chosen = try matchChoice(name, choices)
                arguments.choices.append(chosen.name)
                let prefix = ([usagePrefix] + parameters[..<position].map(\.usage) + [chosen.name]).joined(separator: " ")
                try match(chosen.parameters + parameters[(position + 1)...], into: &arguments, usagePrefix: prefix)
                return
            }
            try matchOne(parameter, requiredAfter: requiredAfter, into: &arguments)
        }
    }

    private func isChoice(_ p: Parameter) -> Bool {
        if case .choice = p { return true }
        return false
    }

    mutating func matchChoice(_ name: String, _ choices: [Choice]) throws(GDError) -> Choice {
        let names = choices.map(\.name)
        guard let token = tokens.first else {
            throw GDError(.missingArgument, .missingChoice(name, options: names, usage: usageSoFar),
                          at: location)
        }
        guard token.kind != .comma, let choice = choices.first(where: { $0.matches(token.text) }) else {
            let near = Suggestion.closest(to: token.text, in: names + choices.flatMap(\.aliases))
            throw GDError(.unknownChoice, .unknownChoice(name, word: token.text, near: near, options: names), at: at(token))
        }
        tokens.removeFirst()
        return choice
    }

    mutating func matchOne(_ parameter: Parameter, requiredAfter: Int, into arguments: inout Arguments) throws(GDError) {
        switch parameter {
        case .choice:
            break  // handled by `match`
        case .number(let name):
            let token = try take(name)
            arguments.values[name] = .number(try NumberSyntax.finite(token, name: name, at: at(token)), token)
        case .integer(let name, let bound):
            let token = try take(name)
            arguments.values[name] = .integer(try NumberSyntax.integer(token, name: name, atLeast: bound, at: at(token)), token)
        case .indices(let name):
            var list: [(Int, Token)] = []
            while let token = tokens.first, !token.text.contains("=") {
                tokens.removeFirst()
                if token.kind == .comma { continue }
                list.append((try NumberSyntax.integer(token, name: name, atLeast: 0, at: at(token)), token))
            }
            arguments.values[name] = .indices(list)
        case .points:
            arguments.values["points"] = .points(try matchPoints())
        case .path(let name), .word(let name, _):
            let token = try take(name)
            arguments.values[name] = .path(token.text, token)
        case .optional(let inner):
            if positionalCount > requiredAfter || isNamedAndGiven(inner) {
                try matchOne(inner, requiredAfter: requiredAfter, into: &arguments)
            }
        case .named(let key, let inner):
            guard let token = try takeNamed(key) else {
                if let token = tokens.first { try refuseUnknownName(token) }
                try matchOne(inner, requiredAfter: requiredAfter, into: &arguments)
                return
            }
            var named = Matcher(tokens: [token], spec: spec, location: location)
            named.usageSoFar = usageSoFar
            try named.matchOne(inner, requiredAfter: 0, into: &arguments)
        case .options(let specs):
            var found: [String: (text: String, token: Token)] = [:]
            while let token = tokens.first, let eq = token.text.firstIndex(of: "="), token.kind == .word {
                let key = token.text[..<eq].lowercased()
                let keys = specs.map(\.key)
                guard keys.contains(key) else {
                    let near = Suggestion.closest(to: key, in: keys)
                    throw GDError(.badOption, .unknownOption(key, near: near, expected: specs.map(\.placeholder)), at: at(token))
                }
                guard found[key] == nil else {
                    throw GDError(.badOption, .optionTwice(key), at: at(token))
                }
                found[key] = (String(token.text[token.text.index(after: eq)...]), token)
                tokens.removeFirst()
            }
            arguments.values["options"] = .options(found)
        case .rest(let name, _):
            arguments.values[name] = .rest(Array(tokens))
            tokens.removeAll()
        case .flag(let word):
            if let token = tokens.first, token.kind == .word, token.text.lowercased() == word {
                tokens.removeFirst()
                arguments.values[word] = .flag
            }
        }
    }

    /// A `key=value` word whose key the form does not name is an error that says so.
    func refuseUnknownName(_ token: Token) throws(GDError) {
        guard !namedKeys.isEmpty, token.kind == .word, let eq = token.text.firstIndex(of: "=") else { return }
        let word = token.text[..<eq].lowercased()
        guard !namedKeys.contains(word) else { return }
        let near = Suggestion.closest(to: word, in: namedKeys)
        throw GDError(.badOption, .unknownName(word, near: near, expected: namedKeys, usage: usageSoFar), at: at(token))
    }

    /// Tokens a parameter needs from the positional ones: none when it was given by name.
    func requiredTokens(_ parameter: Parameter) -> Int {
        if isNamedAndGiven(parameter) { return 0 }
        if case .named(_, let inner) = parameter { return inner.requiredTokens }
        return parameter.requiredTokens
    }

    /// Whether `parameter` is `.named` and its `key=` word is among the tokens left.
    func isNamedAndGiven(_ parameter: Parameter) -> Bool {
        guard case .named(let key, _) = parameter else { return false }
        return tokens.contains { isNamed($0, key) }
    }

    func isNamed(_ token: Token, _ key: String) -> Bool {
        token.kind == .word && token.text.count > key.count && token.text.lowercased().hasPrefix(key + "=")
    }

    /// Removes the `key=value` word for a named parameter, wherever it stands, and returns
    /// its value as a token of its own (columns inside the word, for carets).
    mutating func takeNamed(_ key: String) throws(GDError) -> Token? {
        guard let index = tokens.firstIndex(where: { isNamed($0, key) }) else { return nil }
        let word = tokens[index]
        tokens.remove(at: index)
        if let again = tokens.first(where: { isNamed($0, key) }) {
            throw GDError(.badOption, .namedTwice(key), at: at(again))
        }
        let skip = key.count + 1
        return Token(kind: .word, text: String(word.text.dropFirst(skip)), column: word.column + skip,
                     width: max(1, word.width - skip))
    }

    mutating func take(_ name: String) throws(GDError) -> Token {
        guard let token = tokens.first, token.kind != .comma else {
            if let comma = tokens.first {
                throw GDError(.badNumber, .unexpectedComma(usage: usageSoFar), at: at(comma))
            }
            throw GDError(.missingArgument, .missingParameter(name, usage: usageSoFar), at: location)
        }
        tokens.removeFirst()
        return token
    }

    /// `X Y, X Y, …`: pairs separated by commas (a trailing comma is allowed).
    mutating func matchPoints() throws(GDError) -> [Command.Point] {
        var points: [Command.Point] = []
        var group: [Token] = []
        func close(_ separator: Token?) throws(GDError) {
            if group.isEmpty {
                if let separator, !points.isEmpty || true {
                    throw GDError(.missingArgument, .pointBeforeComma, at: at(separator))
                }
                return
            }
            guard group.count == 2 else {
                let culprit = group.count > 2 ? group[2] : group[0]
                throw GDError(.badNumber, .pointNeedsTwo(found: group.count),
                              at: at(culprit))
            }
            let x = try NumberSyntax.finite(group[0], name: "X", at: at(group[0]))
            let y = try NumberSyntax.finite(group[1], name: "Y", at: at(group[1]))
            points.append(Command.Point(x: x, y: y))
            group = []
        }
        while let token = tokens.first {
            tokens.removeFirst()
            if token.kind == .comma {
                if group.isEmpty && tokens.isEmpty && !points.isEmpty { break }  // trailing comma
                try close(token)
            } else {
                group.append(token)
            }
        }
        try close(nil)
        guard !points.isEmpty else {
            throw GDError(.missingArgument, .missingPoints, at: location)
        }
        return points
    }
}

extension Parameter {
    /// How many tokens this parameter needs at the least.
    var requiredTokens: Int {
        switch self {
        case .number, .integer, .path, .choice, .word: return 1
        default: return 0
        }
    }
}
