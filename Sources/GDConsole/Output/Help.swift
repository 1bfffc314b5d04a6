import GDCore

/// `help` and `help COMMAND`, generated from `CommandTable` (and, in Korean, from
/// `HelpKorean`, keyed by the same table). Widths are display columns, so Korean lines
/// wrap and align as English ones do.
public enum Help {
    /// The width help text wraps to: an 80-column terminal with a margin.
    static let width = 78
    /// The width a listed line (`help`'s commands, a command's choices) may fill.
    static let columns = 80

    public static func text(for topic: String?, setting: String? = nil, in language: Language = .en) -> String {
        guard let topic, let spec = CommandTable.spec(named: topic) else { return overview(language) }
        if let setting, let found = SettingTable.spec(named: setting) { return settingDetail(found, of: spec, language) }
        return detail(spec, language)
    }

    /// `help set lr`: the setting's usage line, aliases, one-line description with its
    /// default, the choices of its value, and `set`'s examples for it, all from the tables
    /// `help set` reads (gnuplot's `help set xrange`).
    static func settingDetail(_ setting: SettingSpec, of spec: CommandSpec, _ language: Language) -> String {
        let usage = NameHint.setUsage(setting) ?? "\(spec.name) \(setting.name)"
        var text = hanging(Message.helpUsage.text(language) + " ", usage) + "\n"
        if !setting.aliases.isEmpty {
            text += Message.helpAlso.text(language) + ": " + setting.aliases.joined(separator: ", ") + "\n"
        }
        text += "\n" + wrap(summary(of: setting.choice, parameter: "SETTING", in: spec, language), width: width) + "\n"
        if case .choice(let name, let choices) = setting.value {
            let column = choices.map(\.name.count).max() ?? 0
            text += "\n\(name):\n" + choices.map { c in
                hanging("  " + c.name + String(repeating: " ", count: column - c.name.count + 2),
                        summary(of: c, parameter: name, in: spec, language))
            }.joined(separator: "\n") + "\n"
        }
        let prefix = "\(spec.name) \(setting.name) "
        let examples = spec.examples.filter { $0.hasPrefix(prefix) }
        if !examples.isEmpty {
            text += "\n" + Message.helpExamples.text(language) + "\n" + examples.map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        return text
    }

    static func overview(_ language: Language) -> String {
        let width = CommandTable.all.map(\.name.count).max() ?? 0
        var text = Message.helpCommands.text(language) + "\n"
        for spec in CommandTable.all {
            let lead = "  " + spec.name + String(repeating: " ", count: width - spec.name.count + 2)
            text += hanging(lead, summary(spec, language)) + "\n"
        }
        text += Message.helpFooter.text(language) + "\n"
        return text
    }

    static func detail(_ spec: CommandSpec, _ language: Language) -> String {
        let usage = Message.helpUsage.text(language) + " "
        let pad = String(repeating: " ", count: DisplayWidth.columns(usage))
        // A long usage line (gen's options) wraps under itself, so the page fits 80 columns.
        var text = spec.usageLines.enumerated().map { i, line in hanging(i == 0 ? usage : pad, line) }
            .joined(separator: "\n") + "\n"
        if !spec.aliases.isEmpty {
            text += Message.helpAlso.text(language) + ": " + spec.aliases.joined(separator: ", ") + "\n"
        }
        text += "\n" + wrap(discussion(spec, language), width: width) + "\n"
        let choices = choiceLines(spec, language)
        if !choices.isEmpty {
            text += "\n" + choices.joined(separator: "\n") + "\n"
        }
        text += "\n" + Message.helpExamples.text(language) + "\n" + spec.examples.map { "  " + $0 }.joined(separator: "\n") + "\n"
        return text
    }

    /// A command's one-line summary in `language` (English when Korean has none; a test
    /// keeps that from happening).
    static func summary(_ spec: CommandSpec, _ language: Language) -> String {
        language == .ko ? HelpKorean.text(spec.name) ?? spec.summary : spec.summary
    }

    static func discussion(_ spec: CommandSpec, _ language: Language) -> String {
        language == .ko ? HelpKorean.text(spec.name + ".") ?? spec.discussion : spec.discussion
    }

    /// A model's one-line description in `language` (`model` prints it).
    static func modelSummary(_ model: ModelKind, _ language: Language) -> String {
        language == .ko ? HelpKorean.text("model/MODEL/\(model.rawValue)") ?? model.summary : model.summary
    }

    /// A choice's description in `language`.
    static func summary(of choice: Choice, parameter: String, in spec: CommandSpec, _ language: Language) -> String {
        guard language == .ko, let text = HelpKorean.text("\(spec.name)/\(parameter)/\(choice.name)") else { return choice.summary }
        // `set`'s choices say their default, as the English ones do (`SettingSpec.choice`).
        if spec.name == "set", parameter == "SETTING", let setting = SettingTable.spec(named: choice.name) {
            return text + " " + Message.helpDefault(setting.defaultValue).text(language)
        }
        return text
    }

    /// One line per choice of the first choice parameter: `  lr  learning rate α > 0`.
    static func choiceLines(_ spec: CommandSpec, _ language: Language = .en) -> [String] {
        for p in spec.parameters {
            var inner = p
            if case .optional(let q) = p { inner = q }
            if case .choice(let name, let choices) = inner {
                let width = choices.map(\.name.count).max() ?? 0
                return ["\(name):"] + choices.map { c in
                    let also = Message.helpAlso.text(language)
                    let aliases = c.aliases.isEmpty ? "" : " (\(also) \(c.aliases.joined(separator: ", ")))"
                    let lead = "  " + c.name + String(repeating: " ", count: width - c.name.count + 2)
                    return hanging(lead, summary(of: c, parameter: name, in: spec, language) + aliases)
                }
            }
        }
        return []
    }

    /// `lead` then `text` wrapped to `width`, continuation lines indented under the text.
    static func hanging(_ lead: String, _ text: String) -> String {
        let indent = DisplayWidth.columns(lead)
        let body = wrap(text, width: max(20, Help.columns - indent))
        return lead + body.split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\n" + String(repeating: " ", count: indent))
    }

    /// Greedy word wrap by display columns (a Hangul syllable is two).
    static func wrap(_ text: String, width: Int) -> String {
        var paragraphs: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var lines: [String] = []
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ") {
                let w = DisplayWidth.columns(word)
                if line.isEmpty {
                    line = String(word)
                    used = w
                } else if used + 1 + w > width {
                    lines.append(line)
                    line = String(word)
                    used = w
                } else {
                    line += " " + word
                    used += 1 + w
                }
            }
            if !line.isEmpty { lines.append(line) }
            paragraphs.append(lines.joined(separator: "\n"))
        }
        return paragraphs.joined(separator: "\n")
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
            let choices = choiceLines(spec)
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
