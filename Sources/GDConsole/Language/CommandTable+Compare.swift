import GDCore

extension CommandTable {
    static let compare = CommandSpec(
        "compare", [
            .optional(.named("epochs", .integer("EPOCHS", atLeast: 1))),
            .optional(.choice("OUTPUT", [Choice("to", "write the loss plot to an SVG file", [.path("FILE"), .flag("force")])])),
        ],
        summary: "run batch, sgd and mini-batch side by side from here, on copies",
        discussion: """
        'compare' runs batch, sgd and mini-batch (B from 'set batch') from the current \
        weights for EPOCHS epochs (10 when left out), each on a copy of the session with \
        the current model and settings, and prints one row each: updates, points read, \
        the final weights and loss, and the distance to the best weights. Then it plots \
        the three losses over all points against the points read, the fair measure of \
        cost (an epoch reads every point once whichever way it feeds them); 'to FILE.svg' \
        writes that plot to a file instead. The session is unchanged: nothing to undo. \
        The time each took goes only to a person at a terminal (a separate line, never \
        in a script's output or a transcript), so recorded output stays the same run \
        after run.
        """,
        examples: ["compare", "compare 5", "compare epochs=5", "compare 20 to compare.svg", "compare to compare.svg force"]
    ) { arguments throws(GDError) in
        var file: String?
        if arguments.choices.first == "to" {
            guard let path = arguments.path("FILE") else {
                throw GDError(.missingArgument, .missing("FILE"), at: arguments.location)
            }
            guard path.lowercased().hasSuffix(".svg") else {
                throw GDError(.badOption, .plotNotSVG,
                              at: arguments.token("FILE").map(arguments.at))
            }
            file = path
        }
        return .compare(epochs: arguments.integer("EPOCHS") ?? 10, file: file, force: arguments.flag("force"))
    }
}
