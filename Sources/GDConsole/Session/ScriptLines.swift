/// The lines of a script: split on "\n", a final "\r" dropped by the lexer, a UTF-8
/// byte-order mark dropped from the first line, and no phantom empty line after a final
/// newline.
struct ScriptLines: Sequence {
    let lines: [Substring]

    init(_ text: String) {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        // "\r\n" is one Character in Swift, so it is named as a separator of its own.
        var parts = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if parts.last?.isEmpty == true { parts.removeLast() }
        lines = parts
    }

    func makeIterator() -> AnyIterator<String> {
        var iterator = lines.makeIterator()
        return AnyIterator { iterator.next().map(String.init) }
    }
}

extension ScriptLines {
    /// Whether a script file is a transcript, whose `gd> ` lines are the script.
    static func isTranscript(_ path: String) -> Bool {
        path.hasSuffix(".gdt")
    }

    /// The command text of a script line and how many characters of prompt preceded it;
    /// nil for a transcript's output, comment and status lines, which do not run.
    static func input(_ line: String, transcript: Bool) -> (text: String, prefix: Int)? {
        guard transcript else { return (line, 0) }
        guard line.hasPrefix("gd>") else { return nil }
        let prefix = line.hasPrefix(TranscriptFormat.prompt) ? TranscriptFormat.prompt.count : 3
        return (String(line.dropFirst(prefix)), prefix)
    }

    /// An error in a transcript's input line, placed in the file as written: the column
    /// counts the `gd> ` before the command, and the line shown is the whole file line.
    static func inFile(_ error: GDError, name: String, lineNumber: Int, typed: String, prefix: Int) -> GDError {
        guard prefix > 0, error.location?.file == name, error.location?.line == lineNumber else { return error }
        var shown = error
        shown.location?.column += prefix
        shown.sourceLine = typed
        return shown
    }
}
