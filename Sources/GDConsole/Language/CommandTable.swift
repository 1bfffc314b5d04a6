import GDCore

/// The language: every command gd understands, in the order `help` lists them.
public enum CommandTable {
    public static let all: [CommandSpec] = [
        load, data, gen, model, set, initialise, step, epoch, train, sweep, show, plot, explain, compare, reset, undo, goto, save, source, record, time, echo, help, quit,
    ]

    /// Command names and aliases, for suggestions and completion.
    public static var allNames: [String] {
        all.flatMap { [$0.name] + $0.aliases }
    }

    public static func spec(named word: String) -> CommandSpec? {
        let lower = word.lowercased()
        return all.first { $0.name == lower || $0.aliases.contains(lower) }
    }

    /// The three ways of feeding data, as every command that takes a variant spells them.
    static func variantChoice(_ parameters: (Variant) -> [Parameter]) -> Parameter {
        .choice("VARIANT", [
            Choice("batch", aliases: ["full"], "every point for one update", parameters(.batch)),
            Choice("sgd", aliases: ["stochastic"], "one point per update", parameters(.sgd)),
            Choice("minibatch", aliases: ["mini-batch", "mb"], "a few points per update", parameters(.minibatch)),
        ])
    }

    static func variant(_ arguments: Arguments) -> Variant {
        Variant(rawValue: arguments.choices.first ?? "") ?? .batch
    }
}
