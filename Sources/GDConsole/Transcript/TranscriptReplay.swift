import GDCore

/// Replays a transcript's inputs in a fresh session and lays out what it would say now.
public struct TranscriptReplay {
    public let transcript: Transcript
    /// The transcript's lines with each block's output replaced by the actual output (an
    /// actual line that matches its expected line within tolerance keeps the expected
    /// text, so tolerance never shows as a difference and `--update` keeps the markers).
    public private(set) var actualLines: [String] = []
    public private(set) var actualStatus: Int32 = 0

    /// - Parameter directory: where the transcript's relative paths start (its folder).
    public init(_ transcript: Transcript, directory: String?) {
        self.transcript = transcript
        let sink = BufferSink()
        let interpreter = Interpreter(sink: sink, environment: Environment(isCancelled: { false }, now: { 0 }))
        var quit = false
        var outputs: [[String]] = []
        for (number, block) in transcript.blocks.enumerated() {
            if quit {
                outputs.append(["(not run: an earlier 'quit' ended the session)"])
                continue
            }
            sink.clear()
            if interpreter.interact(line: block.input, lineNumber: number + 1, directory: directory) == .quit {
                quit = true
            }
            outputs.append(TranscriptFormat.outputLines(sink.text))
        }
        actualStatus = interpreter.lastFailureStatus
        actualLines = layout(outputs)
    }

    public var passed: Bool {
        actualLines == transcript.lines
    }

    /// The transcript rebuilt around the actual outputs: preamble, then each input, its
    /// output, the block's comments, and the status line when not 0.
    func layout(_ outputs: [[String]]) -> [String] {
        let t = transcript
        var lines = t.preamble.map { t.lines[$0] }
        for (block, actual) in zip(t.blocks, outputs) {
            lines.append(t.lines[block.inputLine])
            var notes = block.notes
            for (k, text) in actual.enumerated() {
                if k < block.expected.count {
                    let e = block.expected[k]
                    // Comments written between outputs stay where they were.
                    while let n = notes.first, n < e.line {
                        lines.append(t.lines[n])
                        notes.removeFirst()
                    }
                    if NumericMatch.matches(expected: e.text, actual: text, tolerance: e.tolerance) {
                        lines.append(t.lines[e.line])
                        continue
                    }
                }
                lines.append(TranscriptFormat.escape(text))
            }
            lines += notes.map { t.lines[$0] }
        }
        if actualStatus != 0 { lines.append("[exit \(actualStatus)]") }
        // Trailing blank lines of the original are kept, so they never show as a change.
        var trailing = 0
        for line in t.lines.reversed() {
            if line.isEmpty { trailing += 1 } else { break }
        }
        let blanksInLayout = lines.reversed().prefix(while: { $0.isEmpty }).count
        if blanksInLayout < trailing { lines += Array(repeating: "", count: trailing - blanksInLayout) }
        return lines
    }

    /// The unified diff from the transcript to what gd says now, nil when they agree.
    public var diff: String? {
        UnifiedDiff.render(old: transcript.lines, new: actualLines,
                           oldName: transcript.path, newName: transcript.path + " (actual)")
    }
}
