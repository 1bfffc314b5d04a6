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
            let file = try MappedFile(path: path)
            return file.withUnsafeBytes { bytes in String(decoding: bytes, as: UTF8.self) }
        } catch {
            throw GDError(.cannotOpen, "cannot open '\(name)': \(error.message)", at: location)
        }
    }

    /// `time COMMAND`: runs it and prints the wall time and rates on stderr only.
    func time(_ command: Command, at site: CommandSite, directory: String?) throws(GDError) -> Flow {
        let started = environment.now()
        let before = (state.trainer.steps, state.trainer.data.count)
        defer { reportTime(since: started, before: before, command: command) }
        return try execute(command, at: site, directory: directory)
    }

    func reportTime(since started: Double, before: (steps: Int, n: Int), command: Command) {
        let seconds = max(environment.now() - started, 1e-9)
        let updates = state.trainer.steps - before.steps
        var text = "time: \(Interpreter.seconds(seconds))"
        if updates > 0 {
            let points = Interpreter.pointsTouched(by: command, updates: updates, n: state.trainer.data.count,
                                                   batch: state.trainer.batchSize, history: state.trainer.history)
            text += ", \(updates) updates (\(Interpreter.rate(Double(updates) / seconds))/s)"
            text += ", \(points) points (\(Interpreter.rate(Double(points) / seconds))/s)"
        }
        transient(text)
    }

    /// Points read by the updates a command made.
    static func pointsTouched(by command: Command, updates: Int, n: Int, batch: Int, history: History) -> Int {
        switch command {
        case .step(.batch, _), .epoch(.batch, _), .train(.batch, _, _): return updates * n
        case .step(.sgd, _), .epoch(.sgd, _), .train(.sgd, _, _): return updates
        case .step(.minibatch, .listed(let list, _)): return list.count
        case .step(.minibatch, _): return batch
        case .epoch(.minibatch, let b), .train(.minibatch, let b, _):
            let size = max(1, min(b ?? batch, n))
            let perEpoch = (n + size - 1) / size
            return (updates / perEpoch) * n + (updates % perEpoch) * size
        default: return 0
        }
    }

    static func seconds(_ s: Double) -> String {
        s < 1e-3 ? "\(rounded(s * 1e6)) µs" : s < 1 ? "\(rounded(s * 1e3)) ms" : "\(rounded(s)) s"
    }

    static func rate(_ r: Double) -> String {
        r >= 1e9 ? "\(rounded(r / 1e9)) G" : r >= 1e6 ? "\(rounded(r / 1e6)) M" : r >= 1e3 ? "\(rounded(r / 1e3)) k" : rounded(r)
    }

    /// Three significant digits, for human-facing timings only.
    static func rounded(_ v: Double) -> String {
        let digits = v >= 100 ? 0 : v >= 10 ? 1 : 2
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let r = (v * scale).rounded() / scale
        return digits == 0 ? String(Int(r)) : NumberFormat.repr(r)
    }
}

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
