import GDCore

/// Replays a transcript's inputs in a fresh session and lays out what it would say now.
public struct TranscriptReplay {
    public let transcript: Transcript
    /// The transcript's lines with each block's output replaced by the actual output (an
    /// actual line that matches its expected line within tolerance keeps the expected
    /// text, so tolerance never shows as a difference and `--update` keeps the markers).
    public var actualLines: [String] {
        layoutEntries.map { entry in
            switch entry {
            case .kept(let index): transcript.lines[index]
            case .new(let text): text
            }
        }
    }
    /// The same lines, each either kept from the transcript (by index, so `--update` can
    /// copy its original bytes) or new.
    public private(set) var layoutEntries: [LayoutLine] = []
    public private(set) var actualStatus: Int32 = 0
    /// The index of the block whose input quit the session, when one did before the last.
    public private(set) var quitBeforeEnd: Int?

    public enum LayoutLine: Sendable, Equatable {
        case kept(Int)
        case new(String)
    }

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
                if number + 1 < transcript.blocks.count { quitBeforeEnd = number }
            }
            outputs.append(TranscriptFormat.outputLines(sink.text))
        }
        actualStatus = interpreter.lastFailureStatus
        layoutEntries = layout(outputs)
    }

    public var passed: Bool {
        actualLines == transcript.lines
    }

    /// The transcript rebuilt around the actual outputs: preamble, then each input, its
    /// output, the block's comments, and the status line when not 0.
    func layout(_ outputs: [[String]]) -> [LayoutLine] {
        let t = transcript
        var lines: [LayoutLine] = t.preamble.map { .kept($0) }
        for (block, actual) in zip(t.blocks, outputs) {
            lines.append(.kept(block.inputLine))
            var notes = block.notes
            for (k, text) in actual.enumerated() {
                if k < block.expected.count {
                    let e = block.expected[k]
                    // Comments written between outputs stay where they were.
                    while let n = notes.first, n < e.line {
                        lines.append(.kept(n))
                        notes.removeFirst()
                    }
                    if NumericMatch.matches(expected: e.text, actual: text, tolerance: e.tolerance) {
                        lines.append(.kept(e.line))
                        continue
                    }
                }
                lines.append(.new(TranscriptFormat.escape(text)))
            }
            lines += notes.map { .kept($0) }
        }
        if actualStatus != 0 {
            let line = "[exit \(actualStatus)]"
            lines.append(t.statusLine.map { t.lines[$0] == line ? .kept($0) : .new(line) } ?? .new(line))
        }
        // Trailing blank lines of the original are kept, so they never show as a change.
        var trailing: [Int] = []
        for index in t.lines.indices.reversed() {
            if t.lines[index].isEmpty { trailing.insert(index, at: 0) } else { break }
        }
        let blanksInLayout = lines.reversed().prefix(while: { if case .kept(let i) = $0 { t.lines[i].isEmpty } else { $0 == .new("") } }).count
        if blanksInLayout < trailing.count { lines += trailing.suffix(trailing.count - blanksInLayout).map { .kept($0) } }
        return lines
    }

    /// The unified diff from the transcript to what gd says now, nil when they agree.
    public var diff: String? {
        UnifiedDiff.render(old: transcript.lines, new: actualLines,
                           oldName: transcript.path, newName: transcript.path + " (actual)")
    }
}
