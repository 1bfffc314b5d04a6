extension CommandTable {
    static let plot = CommandSpec(
        "plot", [
            .choice("KIND", PlotRequest.Kind.allCases.map { kind in
                Choice(kind.rawValue, kind.summary, kind == .loss ? [.flag("log")] : [])
            }),
            OutputFile.parameter("write the plot to an SVG file"),
        ],
        summary: "plot the fit, the loss or the path of w (terminal or SVG file)",
        discussion: """
        'plot fit' draws the points, the current line and the starting one. 'plot loss' \
        draws the loss over all points after each update, or after each epoch when there \
        are more than 1,000 updates; 'plot loss log' on a log scale. 'plot path' draws L(w) \
        over the weights visited, each marked and joined in order. 'plot sweep' draws the \
        last 'sweep': each run's final weight against its starting weight, per variant. At a UTF-8 terminal the \
        plot is drawn in Braille, otherwise (and after 'set plot ascii') in plain ASCII; at \
        the prompt it fits the terminal, in scripts and transcripts it is 72×20 characters. \
        Values that are not finite are marked at the edge and counted, never drawn as \
        numbers. 'to FILE.svg' writes the same plot as a standalone SVG, whole or not at \
        all, refusing to overwrite a file this session loaded or ran unless 'force' is \
        added; large data is drawn as density cells and the picture says so.
        """,
        examples: ["plot fit", "plot loss", "plot loss log", "plot path", "plot sweep", "plot fit to fit.svg",
                   "plot loss log to loss.svg force"]
    ) { arguments throws(GDError) in
        guard let kind = PlotRequest.Kind(rawValue: arguments.choices.first ?? "") else {
            throw GDError(.missingArgument, .missing("KIND"), at: arguments.location)
        }
        let output = try OutputFile.parse(arguments, suffix: ".svg", wrongSuffix: .plotNotSVG)
        return .plot(PlotRequest(kind: kind, logScale: arguments.flag("log"), file: output?.path, force: output?.force ?? false))
    }
}

/// What `plot` draws and where.
public struct PlotRequest: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case fit, loss, path, sweep

        var summary: String {
            switch self {
            case .fit: return "the points, the current line and the starting one"
            case .loss: return "the loss over all points per update (per epoch when many); 'log' for a log scale"
            case .path: return "L(w) with the visited weights marked and joined in order"
            case .sweep: return "the last sweep: final weight against starting weight, per variant"
            }
        }
    }

    public var kind: Kind
    public var logScale: Bool
    /// An SVG file to write instead of drawing in the terminal.
    public var file: String?
    public var force: Bool

    public init(kind: Kind, logScale: Bool = false, file: String? = nil, force: Bool = false) {
        self.kind = kind
        self.logScale = logScale
        self.file = file
        self.force = force
    }
}

/// How terminal plots are drawn (`set plot`).
public enum PlotStyle: String, Sendable, CaseIterable {
    /// Braille when the output is UTF-8, else ASCII.
    case auto
    case braille
    case ascii

    var summary: String {
        switch self {
        case .auto: return "Braille when the output is UTF-8, else ASCII"
        case .braille: return "Braille cells, 2×4 dots each"
        case .ascii: return "plain ASCII characters"
        }
    }
}
