import GDCore

/// One setting, declared once: its name and aliases, the kind and range of its value, its
/// default and a one-line summary, how the parsed value becomes a `Setting`, and how
/// `show settings` prints it. `set` (parsing, usage, `help set`, Tab completion and "did
/// you mean") and `show settings` are all made from `SettingTable.all`; no setting name is
/// matched anywhere else.
public struct SettingSpec: Sendable {
    public var name: String
    public var aliases: [String]
    /// What it is: one line for `help set`.
    public var summary: String
    /// The value of a fresh session, as `show settings` prints it (a test checks they agree).
    public var defaultValue: String
    /// The value's kind and range (`.number`, `.integer(atLeast:)`, `.choice`).
    public var value: Parameter
    public var build: @Sendable (Arguments) throws(GDError) -> Setting
    /// What `show settings` prints after `name = `; nil hides the line (b on a model without one).
    public var current: @Sendable (SessionState) -> String?

    public init(
        _ name: String, aliases: [String] = [], _ summary: String, default defaultValue: String, value: Parameter,
        build: @escaping @Sendable (Arguments) throws(GDError) -> Setting,
        current: @escaping @Sendable (SessionState) -> String?
    ) {
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.defaultValue = defaultValue
        self.value = value
        self.build = build
        self.current = current
    }

    /// The choice `set` offers for it.
    var choice: Choice { Choice(name, aliases: aliases, "\(summary) (default \(defaultValue))", [value]) }
}

/// Every setting, in the order `help set` and `show settings` list them.
public enum SettingTable {
    public static let all: [SettingSpec] = [
        SettingSpec("lr", aliases: ["alpha", "learning-rate"], "learning rate α > 0", default: "0.01", value: .number("LR"),
                    build: { a throws(GDError) in
                        guard let v = a.number("LR") else { throw missing(a) }
                        guard v > 0 else {
                            throw GDError(.outOfRange, .learningRateNotPositive(a.token("LR")?.text ?? ""),
                                          at: a.token("LR").map(a.at))
                        }
                        return .learningRate(v)
                    },
                    current: { $0.numbers.text($0.trainer.learningRate) }),
        SettingSpec("w", aliases: ["weight"], "the weight now and after 'reset'", default: "0.2", value: .number("W"),
                    build: { a throws(GDError) in
                        guard let v = a.number("W") else { throw missing(a) }
                        return .weight(v)
                    },
                    current: { Message.valueWithStart($0.numbers.text($0.trainer.w), start: $0.numbers.text($0.trainer.startWeight)).text($0.language) }),
        SettingSpec("b", aliases: ["bias"], "b now and after 'reset' (affine model)", default: "0.0", value: .number("B"),
                    build: { a throws(GDError) in
                        guard let v = a.number("B") else { throw missing(a) }
                        return .bias(v)
                    },
                    current: { s in
                        s.trainer.model.hasBias
                            ? Message.valueWithStart(s.numbers.text(s.trainer.parameters.b),
                                                     start: s.numbers.text(s.trainer.startParameters.b)).text(s.language) : nil
                    }),
        SettingSpec("batch", "default mini-batch size", default: "2", value: .integer("B", atLeast: 1),
                    build: { a throws(GDError) in
                        guard let v = a.integer("B") else { throw missing(a) }
                        return .batch(v)
                    },
                    current: { String($0.trainer.batchSize) }),
        SettingSpec("shuffle", "shuffle the order of sgd and mini-batch epochs", default: "on",
                    value: .choice("VALUE", CommandTable.onOff),
                    build: { a throws(GDError) in .shuffle(a.choices.last == "on") },
                    current: { $0.trainer.shuffles ? "on" : "off" }),
        caseSetting("rng", "gd, numpy (np.random.seed + shuffle) or numpy-generator (default_rng)", default: "gd", value: "GENERATOR",
                    summary: \GeneratorKind.summary, make: { .rng($0) },
                    current: { $0.trainer.random.kind }),
        SettingSpec("seed", "seed of the generator that orders epochs", default: "0", value: .integer("SEED", atLeast: 0),
                    build: { a throws(GDError) in
                        guard let v = a.integer("SEED") else { throw missing(a) }
                        return .seed(UInt64(v))
                    },
                    current: { String($0.trainer.random.seed) }),
        caseSetting("on-diverge", "on a non-finite update: stop (keep the good updates) or rollback (undo the command)", default: "stop", value: "POLICY",
                    summary: \DivergencePolicy.summary, make: { .onDiverge($0) },
                    current: { $0.trainer.divergencePolicy }),
        SettingSpec("history-limit", "update rows kept before the history is thinned", default: "100000",
                    value: .integer("N", atLeast: 2),
                    build: { a throws(GDError) in
                        guard let v = a.integer("N") else { throw missing(a) }
                        return .historyLimit(v)
                    },
                    current: { String($0.trainer.history.limit) }),
        SettingSpec("timer", "print the time each command took (on stderr)", default: "off",
                    value: .choice("VALUE", CommandTable.onOff),
                    build: { a throws(GDError) in .timer(a.choices.last == "on") },
                    current: { $0.timer ? "on" : "off" }),
        SettingSpec("digits", "significant digits numbers are shown with: 1 to 17, or full", default: "full",
                    value: digitsValue.parameter,
                    build: { a throws(GDError) in .digits(try digitsValue.read(a)) },
                    current: { $0.numbers.digits.map(String.init) ?? "full" }),
        caseSetting("plot", "terminal plots: auto (Braille when UTF-8), braille or ascii", default: "auto", value: "STYLE",
                    summary: \PlotStyle.summary, make: { .plot($0) },
                    current: { $0.plotStyle }),
        caseSetting("lang", aliases: ["language"], "the language gd speaks: en (English) or ko (Korean)", default: "en", value: "LANG",
                    summary: \Language.summary, make: { .language($0) },
                    current: { $0.language }),
        SettingSpec("threads", "threads 'sweep' runs on: all (every core) or 1 to \(SettingTable.threadLimit)", default: "all",
                    value: threadsValue.parameter,
                    build: { a throws(GDError) in .threads(try threadsValue.read(a)) },
                    current: { $0.threads.map(String.init) ?? "all" }),
        caseSetting("optimizer", "sgd, momentum, nesterov, adagrad, rmsprop or adam", default: "sgd", value: "RULE",
                    summary: \OptimizerKind.summary, make: { .optimizer($0) },
                    current: { $0.trainer.optimizer.kind }),
    ] + Optimizer.HyperParameter.allCases.map(hyperParameterSpec) + [scheduleSpec]

    /// A setting whose value is one case of `E`, typed as its raw value: `help set` and Tab
    /// completion offer every case with its summary, and `show settings` prints the current
    /// one (`set rng`, `on-diverge`, `plot`, `lang`, `optimizer`).
    static func caseSetting<E: CaseIterable & RawRepresentable & Sendable>(
        _ name: String, aliases: [String] = [], _ summary: String, default defaultValue: String, value placeholder: String,
        summary caseSummary: (E) -> String, make: @escaping @Sendable (E) -> Setting,
        current: @escaping @Sendable (SessionState) -> E
    ) -> SettingSpec where E.RawValue == String {
        SettingSpec(name, aliases: aliases, summary, default: defaultValue,
                    value: .choice(placeholder, E.allCases.map { Choice($0.rawValue, caseSummary($0)) }),
                    build: { a throws(GDError) in
                        guard let value = E(rawValue: a.choices.last ?? "") else { throw missing(a) }
                        return make(value)
                    },
                    current: { current($0).rawValue })
    }

    /// `set momentum|beta1|beta2|rho|eps V`, each with its range checked where it was typed.
    static func hyperParameterSpec(_ h: Optimizer.HyperParameter) -> SettingSpec {
        let summary: String, fallback: String
        switch h {
        case .momentum: (summary, fallback) = ("momentum μ in [0, 1) for momentum and nesterov", "0.9")
        case .beta1: (summary, fallback) = ("adam's β₁ in [0, 1)", "0.9")
        case .beta2: (summary, fallback) = ("adam's β₂ in [0, 1)", "0.999")
        case .rho: (summary, fallback) = ("rmsprop's ρ in [0, 1) (PyTorch's alpha)", "0.99")
        case .eps: (summary, fallback) = ("ε > 0 added to √s (adagrad's is 1e-10)", "1e-08")
        }
        return SettingSpec(h.rawValue, summary, default: fallback, value: .number("V"),
                           build: { a throws(GDError) in
                               guard let v = a.number("V") else { throw missing(a) }
                               if let violation = Optimizer.check(h, v) {
                                   throw GDError(.outOfRange, .mustBe(h.rawValue, violation.range, text: a.token("V")?.text ?? ""),
                                                 at: a.token("V").map(a.at))
                               }
                               return .hyperParameter(h, v)
                           },
                           current: { $0.numbers.text($0.trainer.optimizer.value(of: h)) })
    }

    /// `set schedule constant | step EVERY GAMMA | exponential GAMMA | invscaling POWER`.
    static let scheduleSpec = SettingSpec(
        "schedule", "lr schedule: constant, step EVERY GAMMA, exponential GAMMA, invscaling POWER", default: "constant",
        value: .choice("SCHEDULE", [
            Choice("constant", "α every update"),
            Choice("step", "α·γ^⌊e/EVERY⌋, e the epochs finished (PyTorch's StepLR)", [.integer("EVERY", atLeast: 1), .number("GAMMA")]),
            Choice("exponential", "α·γ^e (PyTorch's ExponentialLR)", [.number("GAMMA")]),
            Choice("invscaling", "α / t^POWER, t the update number (scikit-learn's invscaling)", [.number("POWER")]),
        ]),
        build: { a throws(GDError) in
            func checked(_ name: String, _ argument: Schedule.Argument) throws(GDError) -> Double {
                guard let v = a.number(name) ?? a.integer(name).map(Double.init) else { throw missing(a) }
                if let violation = Schedule.check(argument, v) {
                    throw GDError(.outOfRange, .mustBe(name, violation.range, text: a.token(name)?.text ?? ""),
                                  at: a.token(name).map(a.at))
                }
                return v
            }
            switch a.choices.last {
            case "step":
                guard let every = a.integer("EVERY") else { throw missing(a) }
                return .schedule(.step(every: every, gamma: try checked("GAMMA", .gamma)))
            case "exponential": return .schedule(.exponential(gamma: try checked("GAMMA", .gamma)))
            case "invscaling": return .schedule(.invscaling(power: try checked("POWER", .power)))
            default: return .schedule(.constant)
            }
        },
        current: { $0.numbers.scheduleText($0.trainer.schedule) })

    /// `set digits 1…17|full`.
    static let digitsValue = CountOrWord(name: "DIGITS", word: "full", range: NumberStyle.digitRange, offersNumbers: true,
                                         invalid: { .digitsInvalid($0) })
    /// `set threads 1…256|all`.
    static let threadsValue = CountOrWord(name: "N", word: "all", range: 1...threadLimit, offersNumbers: false,
                                          invalid: { .threadsRange(text: $0, limit: threadLimit) })

    /// Most threads `set threads` takes.
    public static let threadLimit = 256

    public static func spec(named name: String) -> SettingSpec? {
        all.first { $0.name == name }
    }

    /// The setting `word` names, by name or alias, in any case (`alpha` is `lr`).
    static func spec(matching word: String) -> SettingSpec? {
        let lower = word.lowercased()
        return all.first { $0.name == lower || $0.aliases.contains(lower) }
    }

    static func missing(_ a: Arguments) -> GDError {
        GDError(.missingArgument, .missingSetValue, at: a.location)
    }
}
