import GDCore

/// The opening of a transcript recorded mid-session.
///
/// A transcript replays in a fresh session (the lecture loaded, default settings), so one
/// started after `set lr 0.1` or `data …` would replay against the wrong state. `record`
/// therefore first writes the commands that rebuild the current state, each with its
/// output, and refuses when no commands can (updates made, the generator moved on, data
/// too large to write out). The commands are proved, not trusted: they run in a scratch
/// session that must end equal to this one.
extension Interpreter {
    /// The most points an opening `data` command writes out.
    static let preambleDataLimit = 1_000

    /// The commands that take a fresh session to this session's state.
    ///
    /// - Parameter directory: the transcript's folder, where a replay resolves paths.
    /// - Throws: `badOption` at `location` with what stands in the way and the way out.
    func recreatingCommands(transcriptDirectory directory: String?, at location: SourceLocation) throws(GDError) -> [String] {
        let t = state.trainer
        if t.steps > 0 || t.epochs > 0 {
            throw GDError(.badOption, .recordAfterUpdates(t.steps), at: location)
        }
        // After `undo all` the state is a fresh one's but for the updates `goto` can redo.
        if t.timeline.latestStep > 0 {
            throw GDError(.badOption, .recordAfterUndo(t.timeline.latestStep), at: location)
        }
        if t.random != RandomStream(kind: t.random.kind, seed: t.random.seed) {
            throw GDError(.badOption, .recordGeneratorMoved(String(t.random.seed)), at: location)
        }
        let settings = settingCommands(t)
        var candidates: [[String]] = []
        if t.data == Trainer().data {
            candidates.append([])
        } else if t.data.isEmpty {
            candidates.append(["load none"])
        } else {
            if state.dataLabel != "inline", state.dataLabel != "generated",
               let loaded = FilePath.real(state.dataLabel),
               FilePath.real(FilePath.resolve(state.dataLabel, in: directory)) == loaded {
                candidates.append(["load " + Interpreter.quoted(state.dataLabel)])
            }
            if !t.data.isEmpty, t.data.count <= Interpreter.preambleDataLimit {
                let points = zip(t.data.xs, t.data.ys).map { "\(NumberFormat.repr($0)) \(NumberFormat.repr($1))" }
                candidates.append(["data " + points.joined(separator: ", ")])
            }
        }
        for data in candidates {
            let commands = data + settings
            if rebuilds(commands, directory: directory) { return commands }
        }
        throw GDError(.badOption, .recordCannotRebuild(points: t.data.count, label: state.dataLabel), at: location)
    }

    /// `set` commands for every setting that differs from a fresh session's, in an order
    /// where none undoes another (`rng` restarts the generator before `seed` picks one).
    func settingCommands(_ t: Trainer) -> [String] {
        let fresh = Trainer()
        var commands: [String] = []
        if t.learningRate.bitPattern != fresh.learningRate.bitPattern { commands.append("set lr \(NumberFormat.repr(t.learningRate))") }
        if t.startWeight.bitPattern != fresh.startWeight.bitPattern { commands.append("set w \(NumberFormat.repr(t.startWeight))") }
        if t.batchSize != fresh.batchSize { commands.append("set batch \(t.batchSize)") }
        if t.shuffles != fresh.shuffles { commands.append("set shuffle \(t.shuffles ? "on" : "off")") }
        if t.random.kind != fresh.random.kind { commands.append("set rng \(t.random.kind.rawValue)") }
        if t.random.seed != fresh.random.seed { commands.append("set seed \(t.random.seed)") }
        if t.divergencePolicy != fresh.divergencePolicy { commands.append("set on-diverge \(t.divergencePolicy.rawValue)") }
        if t.history.limit != fresh.history.limit { commands.append("set history-limit \(t.history.limit)") }
        if state.timer { commands.append("set timer on") }
        if let digits = state.numbers.digits { commands.append("set digits \(digits)") }
        // A transcript replays in English unless it says otherwise.
        if state.language != .en { commands.append("set lang \(state.language.rawValue)") }
        return commands
    }

    /// For a transcript started with the session (`gd --record`): the commands that take
    /// the fresh session a replay starts in to this one (`load none` after `--empty`, the
    /// `set lang` of a session started in Korean), with their output.
    ///
    /// - Throws: as `recreatingCommands` does, which a session that has run nothing yet
    ///   never meets.
    public func writeStartPreamble() throws(GDError) {
        guard let recorder else { return }
        let commands = try recreatingCommands(transcriptDirectory: FilePath.directory(of: recorder.path), at: SourceLocation(file: nil, line: 1, column: 1, length: 0))
        writePreamble(commands, to: recorder, directory: FilePath.directory(of: recorder.path))
    }

    /// Whether `commands`, run in a fresh session, leave it equal to this one.
    func rebuilds(_ commands: [String], directory: String?) -> Bool {
        let scratch = Interpreter(sink: BufferSink(), environment: environment.replaying)
        for (number, line) in commands.enumerated() {
            guard scratch.run(line: line, file: nil, lineNumber: number + 1, directory: directory) == .ok else { return false }
        }
        var expected = state
        expected.dataLabel = scratch.state.dataLabel  // `data` cannot name a file; only `show` tells
        return scratch.state == expected
    }

    /// Writes `commands` and their output to `recorder`, as a fresh session prints them.
    func writePreamble(_ commands: [String], to recorder: TranscriptRecorder, directory: String?) {
        guard !commands.isEmpty else { return }
        let scratch = Interpreter(sink: BufferSink(), environment: environment.replaying)
        scratch.recorder = recorder
        for (number, line) in commands.enumerated() {
            _ = scratch.interact(line: line, lineNumber: number + 1, directory: directory)
        }
        scratch.recorder = nil
    }

    /// A path as one word of a command line: bare when it can be, else in single quotes
    /// with inner quotes doubled.
    static func quoted(_ path: String) -> String {
        let plain = !path.isEmpty && !path.contains(where: { $0.isWhitespace || "'\";#,=".contains($0) })
        return plain ? path : "'" + path.replacing("'", with: "''") + "'"
    }
}
