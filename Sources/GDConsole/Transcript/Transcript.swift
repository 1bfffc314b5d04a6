/// A parsed transcript: its lines, grouped into the blocks an input line starts.
public struct Transcript: Sendable {
    public var path: String
    /// The file's lines as written (no newline characters).
    public var lines: [String]
    /// Lines before the first input: comments and directives.
    public var preamble: [Int] = []
    public var blocks: [Block] = []
    /// The `[exit N]` status, 0 when absent.
    public var expectedStatus: Int32 = 0
    /// Index of the `[exit N]` line, if any.
    public var statusLine: Int?

    /// An input and the lines under it up to the next input.
    public struct Block: Sendable {
        /// Index into `lines` of the `gd>` line.
        public var inputLine: Int
        public var input: String
        /// Expected output lines (unescaped), with their index and tolerance.
        public var expected: [Expected] = []
        /// Comment and directive lines inside the block, kept on `--update`.
        public var notes: [Int] = []
    }

    public struct Expected: Sendable {
        public var line: Int
        public var text: String
        public var tolerance: Tolerance
    }

    /// Parses transcript text.
    ///
    /// - Throws: `GDError(.badTranscript)` at the line of an unknown directive, a malformed
    ///   or misplaced `[exit N]`, or a file without a single input line.
    public init(path: String, text: String) throws(GDError) {
        self.path = path
        lines = ScriptLines(text).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        var tolerance = Tolerance.exact
        for (index, line) in lines.enumerated() {
            let location = SourceLocation(file: path, line: index + 1, column: 1, length: max(1, line.count))
            if statusLine != nil, !line.allSatisfy(\.isWhitespace) {
                throw GDError(.badTranscript, .exitNotLast, at: location)
            }
            if line.hasPrefix("gd>") {
                let input = line.hasPrefix(TranscriptFormat.prompt) ? String(line.dropFirst(4)) : String(line.dropFirst(3))
                blocks.append(Block(inputLine: index, input: input))
            } else if line.hasPrefix("#!"), !(index == 0 && line.hasPrefix("#!/")) {
                tolerance = try Transcript.directive(line, at: location)
                note(index)
            } else if line.hasPrefix("#") {
                note(index)
            } else if line.hasPrefix("[exit") {
                guard line.hasPrefix("[exit "), line.hasSuffix("]"),
                      let status = Int32(line.dropFirst(6).dropLast()), status > 0, status < 256 else {
                    throw GDError(.badTranscript, .malformedExit(line), at: location)
                }
                expectedStatus = status
                statusLine = index
            } else if blocks.isEmpty {
                if line.allSatisfy(\.isWhitespace) {
                    preamble.append(index)
                } else {
                    throw GDError(.badTranscript, .outputBeforeInput, at: location)
                }
            } else {
                let (text, lineTolerance) = Transcript.expectedText(line)
                blocks[blocks.count - 1].expected.append(Expected(line: index, text: text, tolerance: lineTolerance ?? tolerance))
            }
        }
        if blocks.isEmpty {
            throw GDError(.badTranscript, .noInputLines,
                          at: SourceLocation(file: path, line: max(1, lines.count), column: 1))
        }
    }

    private mutating func note(_ index: Int) {
        if blocks.isEmpty { preamble.append(index) } else { blocks[blocks.count - 1].notes.append(index) }
    }

    /// `#! tolerance digits=N`, `#! tolerance rel=R`, `#! exact`.
    static func directive(_ line: String, at location: SourceLocation) throws(GDError) -> Tolerance {
        let words = line.dropFirst(2).split(separator: " ")
        if words == ["exact"] { return .exact }
        if words.count == 2, words[0] == "tolerance", let t = tolerance(String(words[1])) { return t }
        throw GDError(.badTranscript, .unknownDirective(line),
                      at: location)
    }

    /// `digits=6` or `rel=1e-9`.
    static func tolerance(_ spec: String) -> Tolerance? {
        if spec.hasPrefix("digits="), let n = Int(spec.dropFirst(7)), n >= 1, n <= 17 { return .digits(n) }
        if spec.hasPrefix("rel="), let r = Double(spec.dropFirst(4)), r >= 0, r.isFinite { return .relative(r) }
        return nil
    }

    /// Unescapes an output line and splits off a trailing ` (~N)` or ` (~rel=R)`.
    static func expectedText(_ line: String) -> (String, Tolerance?) {
        var text = line.hasPrefix("\\") ? String(line.dropFirst()) : line
        var tolerance: Tolerance?
        if text.hasSuffix(")"), let open = text.ranges(of: " (~").last {
            let spec = String(text[open.upperBound..<text.index(before: text.endIndex)])
            if let n = Int(spec), n >= 1, n <= 17 {
                tolerance = .digits(n)
            } else {
                tolerance = Transcript.tolerance(spec)
            }
            if tolerance != nil { text = String(text[..<open.lowerBound]) }
        }
        return (text, tolerance)
    }
}
