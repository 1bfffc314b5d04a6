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
        do {
            let statements = try Lexer.statements(line, location: (file, lineNumber))
            for statement in statements {
                let (command, site) = try Parser.parseWithSite(statement, file: file, line: lineNumber)
                let started = environment.now()
                let before = (state.trainer.steps, state.trainer.data.count)
                let flow = try execute(command, at: site, directory: directory)
                if state.timer {
                    if case .time = command {} else { reportTime(since: started, before: before, command: command) }
                }
                if flow == .quit { return .quit }
            }
            return .ok
        } catch {
            var error = error
            if error.sourceLine == nil, error.location?.file == file, error.location?.line == lineNumber {
                error.sourceLine = line
            }
            return .failed(error)
        }
    }

    /// Runs a whole script: every line in order, stopping at the first error unless
    /// `keepGoing`. Errors are rendered here in the `file:line:col` form.
    ///
    /// - Returns: the first error (when any) and whether the script asked to quit.
    ///   - path: the script's file, so that a `source` cycle back to it is refused.
    public func runScript(
        _ text: String, name: String, directory: String?, keepGoing: Bool, path: String? = nil
    ) -> (errors: [GDError], quit: Bool) {
        let real = path.flatMap(FilePath.real)
        if let real { sourceStack.append(real) }
        defer { if real != nil { sourceStack.removeLast() } }
        var errors: [GDError] = []
        var lineNumber = 0
        for line in ScriptLines(text) {
            lineNumber += 1
            if stopsOnInterrupt && environment.isCancelled() {
                let error = GDError(.interrupted, "interrupted before this line", at: SourceLocation(file: name, line: lineNumber, column: 1))
                sink.write(DiagnosticRenderer.render(error, sourceLine: nil, style: .file), to: .standardError)
                return (errors + [error], false)
            }
            if echoInput, !line.allSatisfy(\.isWhitespace) {
                sink.write("gd> " + line + "\n", to: .standardOutput)
            }
            recorder?.input(line)
            switch run(line: line, file: name, lineNumber: lineNumber, directory: directory) {
            case .ok:
                continue
            case .quit:
                return (errors, true)
            case .failed(let error):
                errors.append(error)
                sink.write(DiagnosticRenderer.render(error, sourceLine: error.sourceLine, style: .file), to: .standardError)
                if let recorder {
                    // A transcript always shows errors as the prompt does, so it replays alike.
                    var asTyped = error
                    if asTyped.location?.file == name { asTyped.location?.file = nil }
                    recorder.output(DiagnosticRenderer.render(asTyped, sourceLine: error.sourceLine, style: .prompt(width: Interpreter.promptWidth)))
                    recorder.failed(error)
                }
                if !keepGoing { return (errors, false) }
            }
        }
        return (errors, false)
    }

    /// `source FILE`: runs a script inside this session, refusing cycles and deep nesting.
    func source(_ path: String, at site: CommandSite, directory: String?) throws(GDError) -> Flow {
        let location = site["FILE"]
        let resolved = FilePath.resolve(path, in: directory)
        guard sourceStack.count < Interpreter.sourceDepthLimit else {
            throw GDError(.sourceDepth, "'source' is nested more than \(Interpreter.sourceDepthLimit) deep", at: location)
        }
        let text = try readScript(resolved, shownAs: path, at: location)
        let real = FilePath.real(resolved) ?? resolved
        if sourceStack.contains(real) {
            throw GDError(.sourceCycle, "'\(path)' is already running; a script cannot source itself, directly or through others", at: location)
        }
        sourceStack.append(real)
        protect(resolved)
        defer { sourceStack.removeLast() }
        let shownName = FilePath.resolve(path, in: directory)
        var lineNumber = 0
        for line in ScriptLines(text) {
            lineNumber += 1
            switch run(line: line, file: shownName, lineNumber: lineNumber, directory: FilePath.directory(of: resolved)) {
            case .ok: continue
            case .quit: return .quit
            case .failed(var error):
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
            throw GDError(.cannotOpen, "cannot open '\(name)': \(error.message)", at: location)
        }
    }
}
