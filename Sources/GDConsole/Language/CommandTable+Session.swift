extension CommandTable {
    static let show = CommandSpec(
        "show", [.optional(.choice("TOPIC", ShowTopic.allCases.filter { $0 != .summary && $0 != .loss }.map { Choice($0.rawValue, $0.summary) }
            + [Choice("loss", "the loss over all points, at the current weights or 'at W [B]'",
                      [.optional(.choice("AT", [Choice("at", "at other weights, without moving", [.number("W"), .optional(.number("B"))])]))]),
               Choice("schedule", "the rates of the first N updates or epochs",
                      [.integer("N", atLeast: 1)]),
               Choice("best", "the best weights and their loss (sine: every local minimum in LO..HI)",
                      [.rest("[LO..HI]", completesCommands: false)])]))],
        summary: "print w, b, loss, data, history, epochs, settings, best, …",
        discussion: """
        'show' alone prints w (and b), the loss over all points, the distance to the best answer (line: |w − w_best|; affine: the Euclidean distance of (w, b) to (w_best, b_best); sine: |w − w_m| to the nearest local minimum w_m in -5..5, saying whether it is the global one, and not searched at every 'show' over more than 100,000 points), and the counts of steps and epochs; with no data it says so instead of a loss. \
        w_best and b_best name the best weights; 'explain' keeps the lecture's w* for the \
        updated weight (w* = w − α·∂L/∂w). \
        'show w' prints 'w = …' and 'show loss' prints 'loss = …' (over all points, at the \
        current w), in forms scripts can rely on; 'show loss at W [B]' prints the loss at \
        other weights without moving the session. 'show history' is the table of updates; \
        'show w_history' and 'show mse_history' print the lists the lecture's reference \
        code returns, in Python's notation, to compare with a notebook. 'show best' gives \
        the weights with the smallest loss: Σxy/Σx² for the line, least squares for the \
        affine model, and for sine every local minimum of L(w) in LO..HI (default -5..5), \
        found on a grid and refined, the global one marked. 'show optimizer' prints the \
        update rule with its settings and its state (v, s, m, t of each parameter); \
        'show schedule N' the learning rate of the first N updates (or epochs).
        """,
        examples: ["show", "show w", "show b", "show loss", "show loss at 0.5", "show loss at 0.5 1", "show data",
                   "show history", "show epochs", "show settings", "show best", "show best -10..10",
                   "show w_history", "show mse_history",
                   "show optimizer", "show schedule 5"]
    ) { arguments throws(GDError) in
        switch arguments.choices.first {
        case "loss":
            guard arguments.choices.last == "at", let w = arguments.number("W") else { return .show(.loss) }
            return .lossAt(w: w, b: arguments.number("B"))
        case "schedule":
            guard let n = arguments.integer("N") else { return .show(.summary) }
            guard n <= 10_000 else {
                throw GDError(.outOfRange, .scheduleTooMany(n), at: arguments.token("N").map(arguments.at))
            }
            return .showSchedule(count: n)
        case "best":
            let tokens = arguments.rest("[LO..HI]")
            guard let first = tokens.first else { return .best(low: -5, high: 5) }
            if tokens.count > 1 {
                throw GDError(.extraArgument, .showBestExtra(tokens[1].text), at: arguments.at(tokens[1]))
            }
            let parts = first.text.components(separatedBy: "..")
            let at = arguments.at(first)
            guard parts.count == 2 else {
                throw GDError(.badOption, .rangeExpected(first.text), at: at)
            }
            let low = try NumberSyntax.finite(Token(kind: .word, text: parts[0], column: first.column, width: 1), name: "LO", at: at)
            let high = try NumberSyntax.finite(Token(kind: .word, text: parts[1], column: first.column, width: 1), name: "HI", at: at)
            guard low < high else {
                throw GDError(.outOfRange, .rangeOrder, at: at)
            }
            return .best(low: low, high: high)
        default:
            return .show(ShowTopic(rawValue: arguments.choices.first ?? "") ?? .summary)
        }
    }

    static let save = CommandSpec(
        "save", [.choice("TABLE", SaveTarget.allCases.map { Choice($0.rawValue, $0.summary) }), .path("FILE"), .flag("force")],
        summary: "write the history or the data to a CSV file, or a report page",
        discussion: """
        'save history FILE' writes one row per update, header first: step, epoch, variant, \
        points, w_before, w_after, gradient, loss_used, loss (and lr_eff, the factor the \
        optimiser multiplied its direction by, once an optimiser or schedule made an \
        update; the affine model adds b_before, b_after and gradient_b after gradient, and \
        lr_eff_b after lr_eff). 'save data FILE' writes the \
        points as x,y. The file is written whole or not at all (a temporary file, then a \
        rename). gd will not overwrite a file this session loaded or ran as a script unless \
        'force' is added.
        """,
        examples: ["save history run.csv", "save data points.csv", "save data points.csv force", "save report run.html"]
    ) { arguments throws(GDError) in
        guard let target = SaveTarget(rawValue: arguments.choices.first ?? ""), let path = arguments.path("FILE") else {
            throw GDError(.missingArgument, .missing("FILE"), at: arguments.location)
        }
        if target == .report, !path.lowercased().hasSuffix(".html") {
            throw GDError(.badOption, .reportNotHTML,
                          at: arguments.token("FILE").map(arguments.at))
        }
        return .save(target, path: path, force: arguments.flag("force"))
    }

    static let source = CommandSpec(
        "source", aliases: ["run"], [.path("FILE")],
        summary: "run the commands of a .gd file in this session",
        discussion: """
        Runs FILE line by line as if typed, stopping at its first error (which names the \
        file, line and column, and the chain of 'source' lines that led there). A file may \
        source others, up to 25 deep; a file that sources itself, directly or not, is refused.
        """,
        examples: ["source lesson.gd"]
    ) { arguments throws(GDError) in
        guard let path = arguments.path("FILE") else {
            throw GDError(.missingArgument, .missing("FILE"), at: arguments.location)
        }
        return .source(path: path)
    }

    static let record = CommandSpec(
        "record", [.path("FILE"), .flag("overwrite"), .flag("append")],
        summary: "record what follows as a transcript FILE.gdt; 'record stop' ends it",
        discussion: """
        Writes each command typed from now on, after 'gd> ', with its output below it, to a \
        transcript that 'gd test' replays and compares byte for byte. 'record stop' closes \
        the file. Output only a terminal gets (colour, timings) is not recorded. An existing \
        file is kept unless 'overwrite' (start it over) or 'append' (add to its end) is \
        added; a file this session loaded or ran is never recorded over.
        """,
        examples: ["record lesson.gdt", "record lesson.gdt overwrite", "record notes.gdt append", "record stop"]
    ) { arguments throws(GDError) in
        guard let path = arguments.path("FILE") else {
            throw GDError(.missingArgument, .missing("FILE"), at: arguments.location)
        }
        let overwrite = arguments.flag("overwrite"), append = arguments.flag("append")
        if path == "stop", case .word? = arguments.token("FILE")?.kind, !overwrite, !append { return .record(path: nil) }
        if overwrite && append {
            throw GDError(.badOption, .recordBothModes, at: arguments.location)
        }
        return .record(path: path, mode: overwrite ? .overwrite : append ? .append : .create)
    }

    static let time = CommandSpec(
        "time", [.rest("COMMAND", completesCommands: true)],
        summary: "run a command; print its wall time, updates/s and points/s",
        discussion: """
        The timing line goes to standard error and is never part of a transcript, so a \
        lesson's output stays the same from machine to machine.
        """,
        examples: ["time epoch sgd", "time train minibatch 32 3"]
    ) { arguments throws(GDError) in
        let tokens = arguments.rest("COMMAND")
        guard !tokens.isEmpty else {
            throw GDError(.missingArgument, .timeMissingCommand, at: arguments.location)
        }
        // Refused before the inner command is parsed: parsing it first would recurse once
        // per 'time', and a line of thousands of them would overflow the stack.
        if let t = tokens.first, t.kind == .word, CommandTable.spec(named: t.text)?.name == "time" {
            throw GDError(.badOption, .timeItself, at: arguments.at(t))
        }
        let inner = try Parser.parse(Statement(tokens: tokens, endColumn: arguments.location.column),
                                     file: arguments.location.file, line: arguments.location.line)
        return .time(inner)
    }

    static let echo = CommandSpec(
        "echo", aliases: ["print"], [.rest("TEXT", completesCommands: false)],
        summary: "print a line of text (for lessons)",
        discussion: "Prints its words with runs of spaces folded to one. Quote text to keep spacing, '#' or ';'.",
        examples: ["echo Now the same with a smaller learning rate:", "echo \"# step 1\""]
    ) { arguments throws(GDError) in
        var text = ""
        var end: Int?
        for token in arguments.rest("TEXT") {
            if let end, token.column > end { text += " " }
            text += token.text
            end = token.column + token.width
        }
        return .echo(text)
    }

    static let help = CommandSpec(
        "help", aliases: ["?"], [.rest("COMMAND", completesCommands: true)],
        summary: "list the commands, or explain one: help step",
        discussion: """
        Everything here is generated from the same table the parser reads. 'help set \
        SETTING' explains one setting; a word that is not a command but a variant, a topic \
        or a setting ('help sgd', 'help lr') names the page to read.
        """,
        examples: ["help", "help train", "help set lr"]
    ) { arguments throws(GDError) in
        let words = arguments.rest("COMMAND")
        if words.count > 1, CommandTable.spec(named: words[0].text)?.name == CommandTable.set.name {
            if words.count > 2 {
                throw GDError(.extraArgument, .helpExtra(words[2].text), at: arguments.at(words[2]))
            }
            guard let setting = SettingTable.spec(matching: words[1].text) else {
                let names = SettingTable.all.map(\.name)
                throw GDError(.unknownChoice, .unknownChoice("SETTING", word: words[1].text,
                                                             near: Suggestion.closest(to: words[1].text, in: names), options: names),
                              at: arguments.at(words[1]))
            }
            return .help(topic: CommandTable.set.name, setting: setting.name)
        }
        if words.count > 1 {
            throw GDError(.extraArgument, .helpExtra(words[1].text), at: arguments.at(words[1]))
        }
        if let word = words.first, CommandTable.spec(named: word.text) == nil {
            let near = NameHint.helpTopic(for: word.text) ?? Suggestion.closest(to: word.text, in: CommandTable.allNames)
            throw GDError(.unknownCommand, .noHelpTopic(word.text, near: near), at: arguments.at(word))
        }
        return .help(topic: words.first.flatMap { CommandTable.spec(named: $0.text)?.name })
    }

    static let quit = CommandSpec(
        "quit", aliases: ["exit", "q"], [],
        summary: "leave gd (Ctrl-D does too)",
        discussion: "Saves the prompt's history. In a script, stops the script and exits with status 0.",
        examples: ["quit", "exit"]
    ) { _ throws(GDError) in .quit }
}

extension ShowTopic {
    var summary: String {
        switch self {
        case .summary: return "w, loss, steps and epochs"
        case .w: return "the current weight"
        case .b: return "the current b (affine model)"
        case .loss: return "the loss over all points at the current weight"
        case .data: return "the points, numbered from 0"
        case .history: return "one row per update"
        case .epochs: return "one row per epoch"
        case .settings: return "every setting"
        case .wHistory: return "the reference code's w_history list"
        case .mseHistory: return "the reference code's mse_history list"
        case .optimizer: return "the update rule, its settings and its state"
        }
    }
}

extension SaveTarget {
    var summary: String {
        switch self {
        case .history: return "one row per update"
        case .data: return "the points as x,y"
        case .report: return "one self-contained HTML page: data, settings, plots, history, the first update explained"
        }
    }
}
