import GDCore

extension CommandTable {
    static let distributions = [Choice("uniform", "drawn uniformly in ±bound (the default)"),
                                Choice("normal", "drawn from a normal with mean 0")]

    static let initialise = CommandSpec(
        "init", [.choice("FORM", [
            Choice("xavier", "bound √(6/(fan_in+fan_out)) = √3, or std √(2/(fan_in+fan_out)) = 1",
                   [.optional(.choice("DIST", distributions))]),
            Choice("he", "bound √(6/fan_in) = √6, or std √(2/fan_in) = √2", [.optional(.choice("DIST", distributions))]),
            Choice("uniform", "uniform in [A, B)", [.number("A"), .number("B")]),
            Choice("normal", "normal with mean MEAN and standard deviation STD", [.number("MEAN"), .number("STD")]),
        ])],
        summary: "draw the start weight: xavier, he, uniform A B or normal MEAN STD",
        discussion: """
        Draws w (and, for the affine model, b: 0 for xavier and he, drawn for uniform and \
        normal) from the session's generator as it starts from its seed, makes it the start \
        weight and resets, so 'reset' returns to it and 'show' says where it came from. \
        The forms are PyTorch's torch.nn.init ones with gain 1 for xavier and √2 for he, \
        for one weight: fan_in = fan_out = 1. 'set w' or 'set b' replaces a drawn start.
        """,
        examples: ["init xavier", "init xavier normal", "init he uniform", "init uniform -1 1", "init normal 0 0.5"]
    ) { a throws(GDError) in
        let normal = a.choices.last == "normal" && a.choices.count > 1
        let distribution: Initializer.Distribution = normal ? .normal : .uniform
        let initializer: Initializer
        switch a.choices.first {
        case "xavier": initializer = .xavier(distribution)
        case "he": initializer = .he(distribution)
        case "uniform":
            guard let low = a.number("A"), let high = a.number("B") else {
                throw GDError(.missingArgument, .initMissing("A B", initializer: "uniform"), at: a.location)
            }
            initializer = .uniform(low: low, high: high)
        default:
            guard let mean = a.number("MEAN"), let std = a.number("STD") else {
                throw GDError(.missingArgument, .initMissing("MEAN STD", initializer: "normal"), at: a.location)
            }
            initializer = .normal(mean: mean, std: std)
        }
        if let violation = initializer.violation {
            let name: String, rule: InitRule
            switch violation.argument {
            case .low: (name, rule) = ("A", .finite)
            case .high: (name, rule) = ("B", .atLeastLow)
            case .mean: (name, rule) = ("MEAN", .finite)
            case .std: (name, rule) = ("STD", .nonNegativeFinite)
            }
            throw GDError(.outOfRange, .initMustBe(name, rule, text: a.token(name)?.text ?? ""), at: a.token(name).map(a.at))
        }
        return .initialise(initializer)
    }
}
