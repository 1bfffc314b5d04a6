/// `help` and `help COMMAND`, generated from `CommandTable`.
public enum Help {
    public static func text(for topic: String?) -> String {
        guard let topic, let spec = CommandTable.spec(named: topic) else { return overview }
        return detail(spec)
    }

    static var overview: String {
        let width = CommandTable.all.map(\.name.count).max() ?? 0
        var text = "commands (help COMMAND for more):\n"
        for spec in CommandTable.all {
            text += "  " + spec.name + String(repeating: " ", count: width - spec.name.count + 2) + spec.summary + "\n"
        }
        text += "numbers print as the shortest decimal that round-trips ('set digits' rounds);\n"
        text += "'#' starts a comment; ';' separates commands\n"
        return text
    }

    static func detail(_ spec: CommandSpec) -> String {
        var text = "usage: " + spec.usageLines.joined(separator: "\n       ") + "\n"
        if !spec.aliases.isEmpty {
            text += "also: " + spec.aliases.joined(separator: ", ") + "\n"
        }
        text += "\n" + wrap(spec.discussion, width: 78) + "\n"
        let choices = choiceLines(spec.parameters)
        if !choices.isEmpty {
            text += "\n" + choices.joined(separator: "\n") + "\n"
        }
        text += "\nexamples:\n" + spec.examples.map { "  " + $0 }.joined(separator: "\n") + "\n"
        return text
    }

    /// One line per choice of the first choice parameter: `  lr  learning rate α > 0`.
    static func choiceLines(_ parameters: [Parameter]) -> [String] {
        for p in parameters {
            var inner = p
            if case .optional(let q) = p { inner = q }
            if case .choice(let name, let choices) = inner {
                let width = choices.map(\.name.count).max() ?? 0
                return ["\(name):"] + choices.map { c in
                    let aliases = c.aliases.isEmpty ? "" : " (also \(c.aliases.joined(separator: ", ")))"
                    return "  " + c.name + String(repeating: " ", count: width - c.name.count + 2) + c.summary + aliases
                }
            }
        }
        return []
    }

    /// Greedy word wrap.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line += " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}

extension Help {
    /// The README's command reference, generated from the table (a test keeps the README
    /// equal to it).
    public static var markdownReference: String {
        var text = ""
        for spec in CommandTable.all {
            text += "### `\(spec.name)`" + (spec.aliases.isEmpty ? "" : " (also " + spec.aliases.map { "`\($0)`" }.joined(separator: ", ") + ")") + "\n\n"
            text += "```\n" + spec.usageLines.joined(separator: "\n") + "\n```\n\n"
            text += spec.discussion + "\n\n"
            let choices = choiceLines(spec.parameters)
            if !choices.isEmpty {
                text += "| " + (choices.first.map { String($0.dropLast()) } ?? "") + " | meaning |\n| --- | --- |\n"
                for parameter in spec.parameters {
                    var inner = parameter
                    if case .optional(let q) = parameter { inner = q }
                    guard case .choice(_, let options) = inner else { continue }
                    for option in options {
                        let aliases = option.aliases.isEmpty ? "" : " (also " + option.aliases.map { "`\($0)`" }.joined(separator: ", ") + ")"
                        text += "| `\(option.name)` | \(option.summary)\(aliases) |\n"
                    }
                    break
                }
                text += "\n"
            }
            text += "Examples: " + spec.examples.map { "`\($0)`" }.joined(separator: ", ") + "\n\n"
        }
        return text
    }
}
