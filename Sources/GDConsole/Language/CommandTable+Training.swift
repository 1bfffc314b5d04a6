import GDCore

extension CommandTable {
    static let set = CommandSpec(
        "set", [.choice("SETTING", SettingTable.all.map(\.choice))],
        // The first few names only, so `help` stays within 80 columns; `help set` lists all.
        summary: "change a setting: " + SettingTable.all.prefix(4).map(\.name).joined(separator: ", ")
            + ", … ('help set' lists all)",
        discussion: """
        'set w' sets both the current weight and the one 'reset' returns to, and starts the \
        history over. 'set seed' and 'set rng' restart the generator, so the next epoch's \
        order is the first of that seed. With 'set rng numpy' and the same seed, mini-batch \
        epochs use exactly the order the lecture's numpy code uses. 'set digits 6' shows \
        numbers rounded to 6 significant digits (0.24200000000000002 as 0.242); 'full', \
        the default, shows the shortest text that reads back as the same number, and is \
        what 'save' always writes. 'set lang ko' speaks Korean (messages, help, tables, plots; \
        command words and numbers stay as they are). 'show settings' lists the current values. 'set \
        optimizer' picks the update rule (PyTorch's, weight decay 0) and starts its memory \
        over; momentum, beta1, beta2, rho and eps are its hyper-parameters, kept across \
        rules. 'set schedule' changes the rate with the update or epoch count ('show \
        schedule N' lists it).
        """,
        examples: ["set lr 0.01", "set w 0.2", "set b 0.5", "set seed 42", "set batch 2", "set shuffle off",
                   "set rng numpy", "set on-diverge rollback", "set history-limit 1000", "set timer on",
                   "set digits 6", "set digits full", "set plot ascii", "set optimizer adam", "set momentum 0.5",
                   "set beta1 0.8", "set beta2 0.99", "set rho 0.9", "set eps 1e-6", "set schedule step 10 0.5",
                   "set schedule invscaling 0.25", "set threads 2", "set threads all", "set lang ko"]
    ) { arguments throws(GDError) in
        guard let spec = SettingTable.spec(named: arguments.choices.first ?? "") else {
            throw SettingTable.missing(arguments)
        }
        return .set(try spec.build(arguments))
    }

    static let onOff = [Choice("on", aliases: ["true", "yes", "1"], "on"), Choice("off", aliases: ["false", "no", "0"], "off")]

    static let step = CommandSpec(
        "step", [variantChoice { variant in
            switch variant {
            case .batch: return []
            case .sgd: return [.optional(.named("i", .integer("I", atLeast: 0)))]
            case .minibatch: return [.indices("I")]
            }
        }],
        summary: "one update: from all points, one point, or a few points",
        discussion: """
        'step batch' uses every point. 'step sgd I' (or 'step sgd i=I') uses point I \
        (0-based), 'step sgd' a random one. 'step minibatch I J ...' uses the points listed, in that order; with \
        none listed it draws 'batch' distinct points at random. Each step prints its number, \
        the points used, w before → after, and the loss over all points after the update.
        """,
        examples: ["step batch", "step sgd 2", "step sgd i=2", "step sgd", "step minibatch 1 4", "step minibatch"]
    ) { arguments throws(GDError) in
        let variant = variant(arguments)
        switch variant {
        case .batch:
            return .step(.batch, .all)
        case .sgd:
            if let i = arguments.integer("I"), let t = arguments.token("I") {
                return .step(.sgd, .listed([i], at: [arguments.at(t)]))
            }
            return .step(.sgd, .random)
        case .minibatch:
            let list = arguments.indices("I")
            if list.isEmpty { return .step(.minibatch, .random) }
            var seen: [Int: Token] = [:]
            for (i, token) in list {
                if seen[i] != nil {
                    throw GDError(.repeatedIndex, .pointListedTwice(i),
                                  at: arguments.at(token))
                }
                seen[i] = token
            }
            return .step(.minibatch, .listed(list.map(\.0), at: list.map { arguments.at($0.1) }))
        }
    }

    static let epoch = CommandSpec(
        "epoch", [variantChoice { $0 == .minibatch ? [.optional(.named("b", .integer("B", atLeast: 1)))] : [] }],
        summary: "one pass over the data with batch, sgd or mini-batch updates",
        discussion: """
        batch: one update from all points. sgd: one update per point, every point once, in \
        a shuffled order ('set shuffle off' for the data's order). minibatch: consecutive \
        slices of B points of a shuffled order, the last slice shorter when B does not \
        divide n; B (also written b=B) defaults to 'set batch'. Prints one line: the epoch, the updates made, \
        w before → after and the loss.
        """,
        examples: ["epoch batch", "epoch sgd", "epoch minibatch", "epoch minibatch 3", "epoch minibatch b=3"]
    ) { arguments throws(GDError) in
        .epoch(variant(arguments), batchSize: arguments.integer("B"))
    }

    static let train = CommandSpec(
        "train", [variantChoice { variant in
            (variant == .minibatch ? [.optional(.named("b", .integer("B", atLeast: 1)))] : [])
                + [.named("epochs", .integer("EPOCHS", atLeast: 1))]
        }],
        summary: "several epochs in a row, one line per epoch",
        discussion: """
        Runs EPOCHS epochs as 'epoch' does and prints a line after each. The numbers may \
        be named, in any order: 'train minibatch b=2 epochs=10' is 'train minibatch 2 10'. Ctrl-C stops after \
        the current update and keeps every finished one. If an update goes non-finite the \
        run stops there (see 'set on-diverge'). With 'set shuffle off' and 'set rng numpy' \
        the three variants reproduce the lecture's reference functions (its sgd visits every \
        point in order; the listing's leftover 'i = 2' is not reproduced).
        """,
        examples: ["train batch 10", "train sgd 5", "train minibatch 2 10", "train minibatch 10",
                   "train minibatch b=2 epochs=10", "train sgd epochs=5"]
    ) { arguments throws(GDError) in
        guard let epochs = arguments.integer("EPOCHS") else {
            throw GDError(.missingArgument, .missing("EPOCHS"), at: arguments.location)
        }
        return .train(variant(arguments), batchSize: arguments.integer("B"), epochs: epochs)
    }

    static let reset = CommandSpec(
        "reset", [],
        summary: "w back to its starting value; history, steps and generator start over",
        discussion: "Keeps the data and the settings. The generator restarts from its seed, so a reset session replays exactly.",
        examples: ["reset"]
    ) { _ throws(GDError) in .reset }
}

extension CommandTable {
    static let model = CommandSpec(
        "model", [.optional(.choice("MODEL", ModelKind.allCases.map { Choice($0.rawValue, $0.summary) }))],
        summary: "name the model fitted, or change it: line, affine or sine",
        discussion: """
        'model' alone prints the current one. line is ŷ = w·x, the lecture's model and the \
        default. affine is ŷ = w·x + b: both weights are updated from the same gradient \
        evaluation, and 'show', 'show history' and 'save history' include b. sine is \
        ŷ = sin(w·x), whose loss has many local minima ('show best' lists them). Changing \
        the model keeps the data and the settings and starts the weights (b from 0) and \
        the history over. The losses are mean squared errors; with 'set rng numpy' the \
        affine model is bit for bit the lecture's numpy code written for w and b. sine \
        calls the C library's sin and cos, so it is not bit-exact with numpy.
        """,
        examples: ["model", "model affine", "model sine", "model line"]
    ) { arguments throws(GDError) in
        .model(arguments.choices.first.flatMap(ModelKind.init(rawValue:)))
    }

    static let undo = CommandSpec(
        "undo", [.rest("[N|all]", completesCommands: false)],
        summary: "take back the last update, the last N, or all of them",
        discussion: """
        Restores the weight, the counters, the history rows and the generator as they were \
        before the update, so the next random choice is the one made the first time. 'undo \
        all' goes back to step 0. Settings stay as they are now: the optimizer's memory \
        (t, v, m, s) comes back too, but when 'set optimizer' chose another rule since the \
        updates were made, it starts over, as 'set optimizer' does, and a note says so. \
        Undone updates can be made again exactly with 'goto' until a new update is made. \
        Undoing part of a long command replays it from its start, which costs no more than \
        the command did.
        """,
        examples: ["undo", "undo 3", "undo all"]
    ) { arguments throws(GDError) in
        let tokens = arguments.rest("[N|all]")
        guard let first = tokens.first else { return .undo(.updates(1)) }
        if tokens.count > 1 {
            throw GDError(.extraArgument, .undoExtra(tokens[1].text), at: arguments.at(tokens[1]))
        }
        if first.kind == .word, first.text.lowercased() == "all" { return .undo(.all) }
        guard first.kind == .word, first.text.first.map({ $0.isNumber || $0 == "-" || $0 == "+" }) ?? false else {
            throw GDError(.badNumber, .undoNotANumber(first.text),
                          at: arguments.at(first))
        }
        return .undo(.updates(try NumberSyntax.integer(first, name: "N", atLeast: 1, at: arguments.at(first))))
    }

    static let goto = CommandSpec(
        "goto", [.integer("STEP", atLeast: 0)],
        summary: "move to any step from 0 to the latest reached (redo after undo)",
        discussion: """
        Puts the session where it was right after update STEP: weight, counters, history \
        and generator. Going forward after an undo replays the same updates exactly, with \
        the settings they were made with. A new update after going back forgets the steps \
        after it, as an editor forgets its redo. The optimizer's memory starts over when \
        another rule made it, as after 'undo'.
        """,
        examples: ["goto 0", "goto 3"]
    ) { arguments throws(GDError) in
        guard let step = arguments.integer("STEP") else {
            throw GDError(.missingArgument, .missing("STEP"), at: arguments.location)
        }
        return .goto(step: step)
    }
}

extension GeneratorKind {
    var summary: String {
        switch self {
        case .gd: return "xoshiro256** (gd's own, the default)"
        case .numpy: return "numpy's legacy MT19937: np.random.seed + np.random.shuffle"
        case .numpyGenerator: return "numpy's PCG64: np.random.default_rng(seed).permutation"
        }
    }
}

extension ModelKind {
    var summary: String {
        switch self {
        case .line: return "ŷ = w·x, the lecture's and the default"
        case .affine: return "ŷ = w·x + b"
        case .sine: return "ŷ = sin(w·x): a loss with many local minima"
        }
    }
}

extension DivergencePolicy {
    var summary: String {
        switch self {
        case .stop: return "keep the updates before the bad one"
        case .rollback: return "undo the whole command"
        }
    }
}
