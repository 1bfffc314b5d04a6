import GDCore

extension CommandTable {
    static let set = CommandSpec(
        "set", [.choice("SETTING", [
            Choice("lr", aliases: ["alpha", "learning-rate"], "learning rate α > 0", [.number("LR")]),
            Choice("w", aliases: ["weight"], "the weight now and after 'reset'", [.number("W")]),
            Choice("seed", "seed of the generator that orders epochs", [.integer("SEED", atLeast: 0)]),
            Choice("batch", "default mini-batch size", [.integer("B", atLeast: 1)]),
            Choice("shuffle", "shuffle the order of sgd and mini-batch epochs", [.choice("VALUE", onOff)]),
            Choice("rng", "gd, numpy (np.random.seed + shuffle) or numpy-generator (default_rng)",
                   [.choice("GENERATOR", GeneratorKind.allCases.map { Choice($0.rawValue, $0.summary) })]),
            Choice("on-diverge", "on a non-finite update: stop (keep the good updates) or rollback (undo the command)",
                   [.choice("POLICY", DivergencePolicy.allCases.map { Choice($0.rawValue, $0.summary) })]),
            Choice("history-limit", "update rows kept before the history is thinned", [.integer("N", atLeast: 2)]),
            Choice("timer", "print the time each command took (on stderr)", [.choice("VALUE", onOff)]),
            Choice("digits", "significant digits numbers are shown with: 1 to 17, or full (the default)",
                   [.word("DIGITS", offers: ["full"] + NumberStyle.digitRange.map(String.init))]),
            Choice("plot", "terminal plots: auto (Braille when UTF-8), braille or ascii",
                   [.choice("STYLE", PlotStyle.allCases.map { Choice($0.rawValue, $0.summary) })]),
            Choice("lang", aliases: ["language"], "the language gd speaks: en (English, the default) or ko (Korean)",
                   [.choice("LANG", Language.allCases.map { Choice($0.rawValue, $0.summary) })]),
        ])],
        summary: "change a setting: lr, w, seed, batch, shuffle, rng, on-diverge, history-limit, timer, digits, plot, lang",
        discussion: """
        'set w' sets both the current weight and the one 'reset' returns to, and starts the \
        history over. 'set seed' and 'set rng' restart the generator, so the next epoch's \
        order is the first of that seed. With 'set rng numpy' and the same seed, mini-batch \
        epochs use exactly the order the lecture's numpy code uses. 'set digits 6' shows \
        numbers rounded to 6 significant digits (0.24200000000000002 as 0.242); 'full', \
        the default, shows the shortest text that reads back as the same number, and is \
        what 'save' always writes. 'set lang ko' speaks Korean (messages, help, tables, plots; \
        command words and numbers stay as they are). 'show settings' lists the current values.
        """,
        examples: ["set lr 0.01", "set w 0.2", "set seed 42", "set batch 2", "set shuffle off",
                   "set rng numpy", "set on-diverge rollback", "set history-limit 1000", "set timer on",
                   "set digits 6", "set digits full", "set plot ascii", "set lang ko"]
    ) { arguments throws(GDError) in
        let chosen = arguments.choices
        switch chosen.first {
        case "lr":
            guard let v = arguments.number("LR") else { break }
            guard v > 0 else {
                throw GDError(.outOfRange, .learningRateNotPositive(arguments.token("LR")?.text ?? ""),
                              at: arguments.token("LR").map(arguments.at))
            }
            return .set(.learningRate(v))
        case "w":
            if let v = arguments.number("W") { return .set(.weight(v)) }
        case "seed":
            if let v = arguments.integer("SEED") { return .set(.seed(UInt64(v))) }
        case "batch":
            if let v = arguments.integer("B") { return .set(.batch(v)) }
        case "shuffle":
            return .set(.shuffle(chosen.last == "on"))
        case "rng":
            if let kind = GeneratorKind(rawValue: chosen.last ?? "") { return .set(.rng(kind)) }
        case "on-diverge":
            if let policy = DivergencePolicy(rawValue: chosen.last ?? "") { return .set(.onDiverge(policy)) }
        case "history-limit":
            if let v = arguments.integer("N") { return .set(.historyLimit(v)) }
        case "timer":
            return .set(.timer(chosen.last == "on"))
        case "digits":
            guard let text = arguments.path("DIGITS"), let token = arguments.token("DIGITS") else { break }
            if text.lowercased() == "full" { return .set(.digits(nil)) }
            guard let n = Int(text), NumberStyle.digitRange.contains(n) else {
                throw GDError(.outOfRange, .digitsInvalid(text),
                              at: arguments.at(token))
            }
            return .set(.digits(n))
        case "plot":
            if let style = PlotStyle(rawValue: chosen.last ?? "") { return .set(.plot(style)) }
        case "lang":
            if let language = Language(rawValue: chosen.last ?? "") { return .set(.language(language)) }
        default: break
        }
        throw GDError(.missingArgument, .missingSetValue, at: arguments.location)
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

extension GeneratorKind {
    var summary: String {
        switch self {
        case .gd: return "xoshiro256** (gd's own, the default)"
        case .numpy: return "numpy's legacy MT19937: np.random.seed + np.random.shuffle"
        case .numpyGenerator: return "numpy's PCG64: np.random.default_rng(seed).permutation"
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
