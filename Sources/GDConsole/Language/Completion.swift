#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tab completion, read off the same command table the parser uses.
public enum Completion {
    /// Candidates for the word under the cursor.
    ///
    /// - Parameter text: the line from its start up to the cursor.
    /// - Returns: where the word being completed starts (a UTF-8 byte offset into `text`)
    ///   and the full words that could stand there, sorted.
    public static func candidates(for text: String) -> (wordStart: Int, candidates: [String]) {
        let statementStart = text.lastIndex(of: ";").map { text.index(after: $0) } ?? text.startIndex
        let statement = text[statementStart...]
        let endsInSpace = statement.last.map { $0 == " " || $0 == "\t" } ?? true
        var words = statement.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let prefix = endsInSpace ? "" : (words.popLast() ?? "")
        let wordStart = text.utf8.count - prefix.utf8.count
        let unquoted = prefix.hasPrefix("\"") || prefix.hasPrefix("'") ? String(prefix.dropFirst()) : prefix
        let words_ = words.filter { $0 != "," }
        let found = expected(after: words_, prefix: unquoted)
        return (wordStart, Array(Set(found.filter { $0.hasPrefix(unquoted) || $0.lowercased().hasPrefix(unquoted.lowercased()) })).sorted())
    }

    static func expected(after words: [String], prefix: String) -> [String] {
        guard let first = words.first else { return CommandTable.all.map(\.name) }
        guard let spec = CommandTable.spec(named: first) else { return [] }
        return expected(in: spec.parameters, after: Array(words.dropFirst()), prefix: prefix)
    }

    /// Walks the parameters past the words already typed and names what may come next.
    static func expected(in parameters: [Parameter], after words: [String], prefix: String) -> [String] {
        var words = words[...]
        var parameters = parameters[...]
        var offered: [String] = []
        while let parameter = parameters.first {
            parameters = parameters.dropFirst()
            switch parameter {
            case .choice(_, let choices):
                guard let word = words.first else { return offered + choices.map(\.name) }
                guard let choice = choices.first(where: { $0.matches(word) }) else { return [] }
                words = words.dropFirst()
                parameters = ArraySlice(choice.parameters) + parameters
            case .optional(let inner):
                if case .choice(_, let choices) = inner {
                    guard let word = words.first else { return offered + choices.map(\.name) }
                    if let choice = choices.first(where: { $0.matches(word) }) {
                        words = words.dropFirst()
                        parameters = ArraySlice(choice.parameters) + parameters
                    }
                } else if case .path = inner {
                    if words.isEmpty { offered += paths(matching: prefix) + (prefix.contains("/") ? [] : ["lecture", "none"]) }
                    words = words.dropFirst()
                } else if !words.isEmpty {
                    words = words.dropFirst()
                }
            case .path:
                guard !words.isEmpty else { return offered + paths(matching: prefix) }
                words = words.dropFirst()
            case .options(let specs):
                if words.isEmpty {
                    if let eq = prefix.firstIndex(of: "=") {
                        let key = String(prefix[..<eq])
                        if let spec = specs.first(where: { $0.key == key }), case .choice(let words) = spec.kind {
                            let typed = String(prefix[prefix.index(after: eq)...])
                            return words.filter { $0.hasPrefix(typed) }.map { key + "=" + $0 }
                        }
                        if let spec = specs.first(where: { $0.key == key }), spec.kind == .path || key == "x" || key == "y" {
                            return paths(matching: String(prefix[prefix.index(after: eq)...])).map { key + "=" + $0 }
                        }
                        return []
                    }
                    return offered + specs.map { $0.key + "=" }
                }
                words = []
            case .rest(_, let completesCommands):
                guard completesCommands else { return [] }
                // A command that runs a command ('time') cannot run one of its kind, as the
                // parser says; stopping here also bounds the recursion on 'time time time …'.
                if let word = words.first, let inner = CommandTable.spec(named: word),
                   case .rest(_, true)? = inner.parameters.first {
                    return []
                }
                return expected(after: Array(words), prefix: prefix)
            case .flag(let word):
                if words.isEmpty { return offered + [word] }
                words = words.dropFirst()
            case .word(_, let offers):
                guard !words.isEmpty else { return offered + offers }
                words = words.dropFirst()
            case .named(_, let inner):
                parameters = [inner] + parameters
            case .number, .integer, .indices, .points:
                if words.isEmpty { return offered }
                if case .indices = parameter { return [] }
                if case .points = parameter { return [] }
                words = words.dropFirst()
            }
        }
        return offered
    }

    /// File and folder names that start with `prefix` (folders end in "/"); hidden files
    /// only when the prefix asks for them.
    static func paths(matching prefix: String) -> [String] {
        let folder: String
        let namePrefix: String
        if let slash = prefix.lastIndex(of: "/") {
            folder = String(prefix[...slash])
            namePrefix = String(prefix[prefix.index(after: slash)...])
        } else {
            folder = ""
            namePrefix = prefix
        }
        var expanded = folder
        if expanded.hasPrefix("~/"), let home = getenv("HOME") {
            expanded = String(cString: home) + expanded.dropFirst()
        }
        guard let dir = opendir(expanded.isEmpty ? "." : expanded) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            if name.hasPrefix(".") && !namePrefix.hasPrefix(".") { continue }
            guard name.hasPrefix(namePrefix) else { continue }
            let full = folder + name
            names.append(FilePath.isDirectory(expanded + name) ? full + "/" : full)
            if names.count > 1000 { break }
        }
        return names
    }
}
