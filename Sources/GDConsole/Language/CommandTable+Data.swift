import GDCore

extension CommandTable {
    static let load = CommandSpec(
        "load", [.optional(.path("FILE")), .options([
            OptionSpec("x", .column, "the x column, by header name or 0-based number"),
            OptionSpec("y", .column, "the y column, by header name or 0-based number"),
        ])],
        summary: "load the lecture's points, a CSV/TSV/whitespace file or a .npy file",
        discussion: """
        'load lecture' brings back the lecture's six points (gd starts with them); 'load \
        none' empties the data, as 'gd --empty' starts (a transcript of such a session \
        begins with it). 'load FILE' \
        reads two columns of numbers separated by commas, tabs or spaces; a first line \
        with no number in it is a header, and every row has as many fields as the first. Columns named x and y are used when there is a \
        header, else columns 0 and 1; x=COL and y=COL choose others, by name or 0-based \
        number. A .npy file of shape (n, 2) loads directly; 'load x=xs.npy y=ys.npy' pairs \
        two 1-D .npy files. Loading replaces the data and resets the weight and history; \
        a file that is bad anywhere loads nothing.
        """,
        examples: ["load lecture", "load none", "load points.csv", "load data.tsv x=1 y=2", "load runs.csv x=hours y=score",
                   "load points.npy", "load x=xs.npy y=ys.npy"]
    ) { arguments throws(GDError) in
        let options = arguments.options("options")
        func column(_ key: String) -> ColumnSelector {
            guard let text = options[key]?.text else { return .automatic }
            if let n = Int(text) { return .index(n) }
            return .name(text)
        }
        guard let path = arguments.path("FILE") else {
            if let x = options["x"], let y = options["y"], x.text.hasSuffix(".npy"), y.text.hasSuffix(".npy") {
                return .load(.npyPair(xPath: x.text, yPath: y.text))
            }
            throw GDError(.missingArgument, .loadMissingFile,
                          at: arguments.location)
        }
        if path == "lecture", case .word? = arguments.token("FILE")?.kind {
            if let option = options.values.first {
                throw GDError(.badOption, .loadLectureOptions,
                              at: arguments.at(option.token))
            }
            return .load(.lecture)
        }
        if path == "none", case .word? = arguments.token("FILE")?.kind {
            if let option = options.values.first {
                throw GDError(.badOption, .loadNoneOptions, at: arguments.at(option.token))
            }
            return .load(.none)
        }
        for (key, value) in options where value.text.isEmpty {
            throw GDError(.badOption, .optionNeedsColumn(key), at: arguments.at(value.token))
        }
        if case .index(let n) = column("x"), n < 0, let t = options["x"]?.token {
            throw GDError(.outOfRange, .columnNegative(n), at: arguments.at(t))
        }
        if case .index(let n) = column("y"), n < 0, let t = options["y"]?.token {
            throw GDError(.outOfRange, .columnNegative(n), at: arguments.at(t))
        }
        return .load(.file(path: path, x: column("x"), y: column("y")))
    }

    static let data = CommandSpec(
        "data", [.points],
        summary: "type points inline: data 0 0, 1 0.8, 2 2.2",
        discussion: """
        Replaces the data with the points given, each 'X Y', separated by commas. Positions \
        are 0-based in the order typed. Like 'load', it resets the weight and history.
        """,
        examples: ["data 0 0, 1 0.8, 2 2.2", "data 1 2"]
    ) { arguments throws(GDError) in
        if case .points(let points)? = arguments["points"] { return .data(points) }
        throw GDError(.missingArgument, .missingPoints, at: arguments.location)
    }

    static let gen = CommandSpec(
        "gen", [.integer("N", atLeast: 1), .options([
            OptionSpec("model", .choice(ModelKind.allCases.map(\.rawValue)), "line, affine or sine: how y is made from x (default line)"),
            OptionSpec("w", .number, "the true weight (default 1)"),
            OptionSpec("b", .number, "the true b of the affine model (default 0)"),
            OptionSpec("noise", .number, "standard deviation of the Gaussian noise on y (default 0.1)"),
            OptionSpec("x", .range, "x drawn uniformly from LO..HI (default 0..1)"),
            OptionSpec("seed", .integer, "seed for this data set (default: the session's generator)"),
        ])],
        summary: "generate N synthetic points y = ŷ(x) + noise from a model",
        discussion: """
        Makes N points with x uniform in LO..HI (x=, default 0..1) and y = W·x (or W·x+B \
        or sin(W·x), as model= says) plus Gaussian noise of standard deviation S, where W is \
        w= (default 1), B is b= (default 0) and S is noise= (default 0.1), \
        from gd's own generator, so the same seed gives the same data on every \
        machine. Like 'load', it resets the weight and history. Use it to watch the three \
        variants on millions of points ('time epoch sgd').
        """,
        examples: ["gen 1000", "gen 100000 w=2.5 noise=0.3 x=-1..1 seed=7", "gen 200 model=affine w=2 b=-1 seed=1",
                   "gen 200 model=sine w=3 noise=0.05 x=-3..3 seed=2"]
    ) { arguments throws(GDError) in
        guard let n = arguments.integer("N") else {
            throw GDError(.missingArgument, .missing("N"), at: arguments.location)
        }
        var request = GenerateRequest(count: n)
        var locations: [String: SourceLocation] = [:]
        for (key, value) in arguments.options("options") {
            let location = arguments.at(value.token)
            locations[key] = location
            let token = Token(kind: .word, text: value.text, column: value.token.column + key.count + 1,
                              width: max(1, value.text.count))
            switch key {
            case "w": request.weight = try NumberSyntax.finite(token, name: "w", at: location)
            case "b": request.bias = try NumberSyntax.finite(token, name: "b", at: location)
            case "model":
                guard let kind = ModelKind(rawValue: value.text.lowercased()) else {
                    let names = ModelKind.allCases.map(\.rawValue)
                    throw GDError(.unknownChoice,
                                  .unknownModel(value.text, near: Suggestion.closest(to: value.text, in: names), options: names),
                                  at: location)
                }
                request.model = kind
            case "noise":
                request.noise = try NumberSyntax.finite(token, name: "noise", at: location)
                guard request.noise >= 0 else {
                    throw GDError(.outOfRange, .noiseNegative(value.text), at: location)
                }
            case "seed":
                let seed = try NumberSyntax.integer(token, name: "seed", atLeast: 0, at: location)
                request.seed = UInt64(seed)
            default:
                let range = value.text.components(separatedBy: "..")
                guard range.count == 2 else {
                    throw GDError(.badOption, .rangeSyntax, at: location)
                }
                request.low = try NumberSyntax.finite(Token(kind: .word, text: range[0], column: token.column, width: 1), name: "LO", at: location)
                request.high = try NumberSyntax.finite(Token(kind: .word, text: range[1], column: token.column, width: 1), name: "HI", at: location)
                guard request.low < request.high else {
                    throw GDError(.outOfRange, .rangeOrder, at: location)
                }
            }
        }
        try checkFinite(request, locations: locations, at: arguments.location)
        return .generate(request)
    }

    /// Refuses parameters that could make a non-finite point: the range's width, |x| and
    /// |y| = |w·x + noise·z| must all stay finite (`SyntheticData.bounds`). The caret goes
    /// under the option that pushed them over, else the one that was left at its default.
    static func checkFinite(_ request: GenerateRequest, locations: [String: SourceLocation],
                            at end: SourceLocation) throws(GDError) {
        var shape = SyntheticData.Shape(count: request.count, weight: request.weight, noise: request.noise,
                                        low: request.low, high: request.high)
        shape.model = request.model
        shape.bias = request.bias
        let bounds = SyntheticData.bounds(of: shape)
        let largest = NumberFormat.repr(.greatestFiniteMagnitude)
        guard bounds.span.isFinite else {
            throw GDError(.outOfRange, .rangeTooWide(largest: largest),
                          at: locations["x"] ?? end)
        }
        guard bounds.x.isFinite else {
            throw GDError(.outOfRange, .rangeNearLargest(largest: largest),
                          at: locations["x"] ?? end)
        }
        guard bounds.y.isFinite else {
            // Blame the larger term of y; when its option was left at its default, x= made it large.
            let weightTerm = abs(request.weight) * bounds.x
            let noiseTerm = request.noise * SyntheticData.largestNormal
            let biasTerm = request.model == .affine ? abs(request.bias) : 0
            var culprit = weightTerm.isFinite && noiseTerm > weightTerm ? "noise" : "w"
            if weightTerm.isFinite, biasTerm > weightTerm, biasTerm > noiseTerm { culprit = "b" }
            let z = NumberFormat.repr((SyntheticData.largestNormal * 100).rounded(.up) / 100)
            throw GDError(.outOfRange, .yMayOverflow(z: z, largest: largest, affine: request.model == .affine),
                          at: locations[culprit] ?? locations["x"] ?? end)
        }
    }
}

extension String {
    /// Splits on a whole separator string (Foundation-free).
    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
