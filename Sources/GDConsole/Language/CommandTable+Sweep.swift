import GDCore

extension CommandTable {
    static let sweep = CommandSpec(
        "sweep", [
            .number("FROM"), .number("TO"), .integer("COUNT", atLeast: 1),
            .options([
                OptionSpec("epochs", .integer, "epochs of each run (default 50)"),
                OptionSpec("runs", .integer, "runs per starting weight for sgd and mini-batch (default 1)"),
            ]),
            OutputFile.parameter("write a row per run to a CSV file"),
        ],
        summary: "the variants from many starting weights; count the minima they end in",
        discussion: """
        Runs each variant (batch, sgd, and mini-batch with B from 'set batch') from COUNT \
        starting weights evenly spaced from FROM to TO, both included, for E epochs \
        (epochs=E, default 50), with the current model, data, learning rate and settings. \
        sgd and mini-batch run R times from each start (runs=R, default 1), each run with \
        its own seed derived from the session's seed, so a sweep is reproducible. Each final \
        weight is put in the basin of a local minimum of L(w), located as 'show best' does \
        over FROM..TO widened by a tenth of its width on each side; a run that ends outside \
        that range, or past the ridge beyond the outermost minimum found, 'left the range'. \
        The table has a row per variant. The line and affine losses have one minimum, so \
        every finite end is in the global basin (affine: w is swept, b stays at its start \
        value). The session is unchanged, its generator included. Runs are spread over \
        'set threads' threads with the same results on any number. 'to FILE.csv' also \
        writes a row per run; 'plot sweep' draws the last sweep. Ctrl-C stops it.
        """,
        examples: ["sweep -5 5 21", "sweep -5 5 101 epochs=100 runs=5", "sweep 0 3 11 to sweep.csv",
                   "sweep -5 5 21 to sweep.csv force"]
    ) { arguments throws(GDError) in
        guard let from = arguments.number("FROM"), let to = arguments.number("TO"),
              let count = arguments.integer("COUNT") else {
            throw GDError(.missingArgument, .sweepUsage, at: arguments.location)
        }
        guard from.isFinite, to.isFinite else {
            throw GDError(.outOfRange, .sweepNotFinite, at: arguments.token("FROM").map(arguments.at))
        }
        guard from < to else {
            throw GDError(.outOfRange, .sweepOrder(from: arguments.token("FROM")?.text ?? "", to: arguments.token("TO")?.text ?? ""),
                          at: arguments.token("TO").map(arguments.at))
        }
        guard (to - from).isFinite else {
            throw GDError(.outOfRange, .sweepSpan,
                          at: arguments.token("TO").map(arguments.at))
        }
        var request = SweepRequest(from: from, to: to, count: count)
        for (key, value) in arguments.options("options") {
            let location = arguments.at(value.token)
            let token = Token(kind: .word, text: value.text, column: value.token.column + key.count + 1,
                              width: max(1, value.text.count))
            let n = try NumberSyntax.integer(token, name: key == "epochs" ? "EPOCHS" : "runs", atLeast: 1, at: location)
            if key == "epochs" { request.epochs = n } else { request.runs = n }
        }
        if let output = try OutputFile.parse(arguments, suffix: ".csv",
                                             wrongSuffix: .sweepNotCSV) {
            request.file = output.path
            request.force = output.force
        }
        return .sweep(request)
    }
}

/// `sweep FROM TO COUNT [epochs=E] [runs=R] [to FILE.csv [force]]`.
public struct SweepRequest: Sendable, Equatable {
    public var from: Double
    public var to: Double
    public var count: Int
    public var epochs = 50
    public var runs = 1
    /// A CSV file to write a row per run to.
    public var file: String?
    public var force = false
}
