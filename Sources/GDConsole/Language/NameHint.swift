/// Hints for a word that is not a command but names something the table knows: a
/// setting (`lr`), a `show` topic (`w`, `loss`) or a choice of a command (`sgd`).
///
/// A Python user types `w` to see the weight and `help sgd` to read about it; edit
/// distance would offer `?` or nothing. Everything comes from `CommandTable` and
/// `SettingTable`, so a new topic, setting or variant is hinted at with no change here.
enum NameHint {
    /// The message for `word` typed as a command: `show w` for a topic `show` knows, the
    /// setting's `show settings` and `set` line for a setting, `set w W` when arguments
    /// follow (`w 0.5`), else the closest command by edit distance.
    static func unknownCommand(_ word: String, hasArguments: Bool) -> Message {
        let lower = word.lowercased()
        let setting = SettingTable.spec(matching: lower)
        if let setting, hasArguments, let usage = setUsage(setting) {
            return .unknownCommand(word, near: usage)
        }
        if let topic = choice(named: lower, of: CommandTable.show) {
            return .unknownCommand(word, near: "show \(topic.name)")
        }
        if let setting, let usage = setUsage(setting) {
            return .unknownCommandSetting(word, see: "show settings", change: usage)
        }
        return .unknownCommand(word, near: Suggestion.closest(to: word, in: CommandTable.allNames))
    }

    /// The help page about `word` when it is not a command: `help step` for a variant
    /// (a choice of a command's first parameter, commands before `set`), `help set lr` for
    /// a setting; nil when it names nothing.
    static func helpTopic(for word: String) -> String? {
        let lower = word.lowercased()
        for spec in CommandTable.all where spec.name != CommandTable.set.name {
            if choice(named: lower, of: spec) != nil { return "help \(spec.name)" }
        }
        return SettingTable.spec(matching: lower).map { "help set \($0.name)" }
    }

    /// The choice of `spec`'s first choice parameter that `word` names, if any.
    static func choice(named word: String, of spec: CommandSpec) -> Choice? {
        for parameter in spec.parameters {
            var inner = parameter
            if case .optional(let q) = parameter { inner = q }
            if case .choice(_, let choices) = inner { return choices.first { $0.matches(word) } }
        }
        return nil
    }

    /// `set lr LR`: the setting's line of `set`'s usage.
    static func setUsage(_ setting: SettingSpec) -> String? {
        let prefix = "\(CommandTable.set.name) \(setting.name)"
        return CommandTable.set.usageLines.first { $0 == prefix || $0.hasPrefix(prefix + " ") }
    }
}
