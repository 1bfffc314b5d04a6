import GDCore

/// What became of one line of input.
public enum LineOutcome: Sendable, Equatable {
    case ok
    case failed(GDError)
    case quit
}

extension Interpreter {
    /// Lexes, parses and runs one line (which may hold several `;`-separated commands),
    /// stopping at the first that fails.
    ///
    /// - Parameters:
    ///   - file: the script's name for messages, or nil at the prompt.
    ///   - directory: where the line's relative paths start.
    public func run(line: String, file: String?, lineNumber: Int, directory: String? = nil) -> LineOutcome {
        var first: GDError?
        let quit = runCommands(of: line, file: file, lineNumber: lineNumber, directory: directory,
                               keepGoing: false, records: false) { error in first = first ?? error }
        if quit { return .quit }
        if let first { return .failed(first) }
        return .ok
    }

    /// Runs the commands of one line, handing each failure to `onError` as it happens.
    ///
    /// - Parameters:
    ///   - keepGoing: run the line's later commands after one fails (`--keep-going`
    ///     means every command, not every line).
    ///   - records: write the line to the transcript being recorded. A line holding a
    ///     `record` command is written command by command, leaving the `record` commands
    ///     out: a transcript replays in a fresh session, where `record stop` would fail
    ///     and the commands before `record FILE` were never recorded.
    /// - Returns: whether a command asked to quit.
    func runCommands(
        of line: String, file: String?, lineNumber: Int, directory: String?,
        keepGoing: Bool, records: Bool, onError: (GDError) -> Void
    ) -> Bool {
        func located(_ error: GDError) -> GDError {
            var error = error
            if error.sourceLine == nil, error.location?.file == file, error.location?.line == lineNumber {
                error.sourceLine = line
            }
            return error
        }
        let statements: [Statement]
        do {
            statements = try Lexer.statements(line, location: (file, lineNumber))
        } catch {
            if records { recorder?.input(line) }
            onError(located(error))
            return false
        }
        let commandWise = records && statements.contains(where: Interpreter.isRecordCommand)
        if records && !commandWise { recorder?.input(line) }
        let characters = commandWise ? Array(line) : []
        for statement in statements {
            if commandWise, !Interpreter.isRecordCommand(statement) {
                recorder?.input(Interpreter.text(of: statement, in: characters))
            }
            do throws(GDError) {
                let (command, site) = try Parser.parseWithSite(statement, file: file, line: lineNumber)
                let started = environment.now()
                let before = (state.trainer.steps, state.trainer.data.count)
                let flow = try execute(command, at: site, directory: directory)
                if state.timer {
                    if case .time = command {} else { reportTime(since: started, before: before, command: command) }
                }
                if let failure = takeWriteFailure(at: site.location) { throw failure }
                if flow == .quit { return true }
                // Ctrl-C in a script stops the rest of the line too, its last line included.
                if stopsOnInterrupt, environment.isCancelled() {
                    throw GDError(.interrupted, .interruptedLine, at: site.location)
                }
            } catch {
                onError(located(error))
                // Ctrl-C stops the line even under --keep-going.
                if !keepGoing || error.kind == .interrupted { return false }
            }
        }
        return false
    }

    /// Whether a statement is a `record` command (which a transcript never holds).
    static func isRecordCommand(_ statement: Statement) -> Bool {
        guard let first = statement.tokens.first, first.kind == .word else { return false }
        return first.text.lowercased() == "record"
    }

    /// A statement's source text, from its first token to the end of its last.
    static func text(of statement: Statement, in line: [Character]) -> String {
        guard let first = statement.tokens.first, let last = statement.tokens.last else { return "" }
        let start = max(0, min(line.count, first.column - 1))
        let end = max(start, min(line.count, last.column - 1 + last.width))
        return String(line[start..<end])
    }

    /// Runs a whole script: every line in order, stopping at the first error unless
    /// `keepGoing`. Errors are rendered here in the `file:line:col` form.
    ///
    /// A transcript (`path` ends in `.gdt`) runs only its `gd> ` lines, as the README
    /// promises; `--keep-going` goes on with the next command, even on the same line.
    ///
    /// - Parameter path: the script's file, so that a `source` cycle back to it is refused.
    /// - Returns: the errors in order (the first sets the exit status) and whether the
    ///   script asked to quit.
    public func runScript(
        _ text: String, name: String, directory: String?, keepGoing: Bool, path: String? = nil
    ) -> (errors: [GDError], quit: Bool) {
        let transcript = path.map(ScriptLines.isTranscript) ?? false
        let real = path.flatMap(FilePath.real)
        if let real { sourceStack.append(real) }
        defer { if real != nil { sourceStack.removeLast() } }
        var errors: [GDError] = []
        var lineNumber = 0
        for typed in ScriptLines(text) {
            lineNumber += 1
            guard let (line, prefix) = ScriptLines.input(typed, transcript: transcript) else { continue }
            if stopsOnInterrupt && environment.isCancelled() {
                let error = GDError(.interrupted, .interruptedBeforeLine, at: SourceLocation(file: name, line: lineNumber, column: 1))
                sink.write(DiagnosticRenderer.render(error, sourceLine: nil, style: .file, language: state.language), to: .standardError)
                return (errors + [error], false)
            }
            if echoInput, !line.allSatisfy(\.isWhitespace) {
                sink.write("gd> " + line + "\n", to: .standardOutput)
            }
            let quit = runCommands(of: line, file: name, lineNumber: lineNumber, directory: directory,
                                   keepGoing: keepGoing, records: true) { error in
                errors.append(error)
                let shown = ScriptLines.inFile(error, name: name, lineNumber: lineNumber, typed: typed, prefix: prefix)
                sink.write(DiagnosticRenderer.render(shown, sourceLine: shown.sourceLine, style: .file, language: state.language), to: .standardError)
                if let recorder {
                    // A transcript always shows errors as the prompt does, so it replays alike.
                    var asTyped = error
                    if asTyped.location?.file == name { asTyped.location?.file = nil }
                    recorder.output(DiagnosticRenderer.render(asTyped, sourceLine: error.sourceLine, style: .prompt(width: Interpreter.promptWidth), language: state.language))
                    recorder.failed(error)
                }
            }
            if quit { return (errors, true) }
            if !errors.isEmpty && !keepGoing { return (errors, false) }
        }
        return (errors, false)
    }

    /// `source FILE`: runs a script inside this session, refusing cycles and deep nesting.
    func source(_ path: String, at site: CommandSite, directory: String?) throws(GDError) -> Flow {
        let location = site["FILE"]
        let resolved = FilePath.resolve(path, in: directory)
        guard sourceStack.count < Interpreter.sourceDepthLimit else {
            throw GDError(.sourceDepth, .sourceDepth(Interpreter.sourceDepthLimit), at: location)
        }
        let text = try readScript(resolved, shownAs: path, at: location)
        let real = FilePath.real(resolved) ?? resolved
        if sourceStack.contains(real) {
            throw GDError(.sourceCycle, .sourceCycle(path), at: location)
        }
        sourceStack.append(real)
        protect(resolved)
        defer { sourceStack.removeLast() }
        let shownName = FilePath.resolve(path, in: directory)
        let transcript = ScriptLines.isTranscript(resolved)
        var lineNumber = 0
        for typed in ScriptLines(text) {
            lineNumber += 1
            guard let (line, prefix) = ScriptLines.input(typed, transcript: transcript) else { continue }
            switch run(line: line, file: shownName, lineNumber: lineNumber, directory: FilePath.directory(of: resolved)) {
            case .ok: continue
            case .quit: return .quit
            case .failed(let failure):
                var error = ScriptLines.inFile(failure, name: shownName, lineNumber: lineNumber, typed: typed, prefix: prefix)
                error.includeChain.append("\(location.file ?? "<prompt>"):\(location.line)")
                throw error
            }
        }
        return .proceed
    }

    /// Reads a script file for the front end (`gd FILE`) and protects it from `save`.
    public func readScriptFile(_ path: String, shownAs name: String) throws(GDError) -> String {
        let text = try readScript(path, shownAs: name, at: nil)
        if path != "/dev/stdin" { protect(path) }
        return text
    }

    /// Reads a script as text; a missing or unreadable file is `cannotOpen`.
    func readScript(_ path: String, shownAs name: String, at location: SourceLocation?) throws(GDError) -> String {
        do {
            let file = try FileContents(path: path, limit: .text)
            return file.withUnsafeBytes { bytes in String(decoding: bytes, as: UTF8.self) }
        } catch {
            if error.kind == .interrupted {
                throw GDError(.interrupted, .file(.interrupted, path: name, detail: error.problem), at: location)
            }
            throw GDError(.cannotOpen, .cannotOpenScript(name, detail: error.problem), at: location)
        }
    }
}
