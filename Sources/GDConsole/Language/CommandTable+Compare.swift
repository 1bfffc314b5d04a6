import GDCore

extension CommandTable {
    static let compare = CommandSpec(
        "compare", [
            .optional(.named("epochs", .integer("EPOCHS", atLeast: 1))),
            OutputFile.parameter("write the loss plot to an SVG file"),
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
        let output = try OutputFile.parse(arguments, suffix: ".svg", wrongSuffix: .plotNotSVG)
        return .compare(epochs: arguments.integer("EPOCHS") ?? 10, file: output?.path, force: output?.force ?? false)
    }
}
