import GDCore

/// Runs commands against a session and writes what they print.
///
/// The one exhaustive `switch` over `Command` is here, so the compiler names a command
/// that does nothing. Every command validates everything it can before it changes
/// anything, which is how a failing command leaves the session as it was.
public final class Interpreter {
    public internal(set) var state: SessionState
    /// Scratch buffers every pass borrows; not part of the state (copying or comparing a
    /// session never touches them).
    var workspace = Workspace()
    /// The last sweep's runs, for `plot sweep`; not part of the state (a sweep changes
    /// nothing a session can undo).
    var lastSweep: SweepResult?
    public let sink: OutputSink
    let environment: Environment
    /// Files this session loaded or ran, by identity (device and inode, so another name
    /// for one of them is caught too); `save` will not overwrite them without `force`.
    var protectedFiles: Set<FileIdentity> = []
    /// Real paths of the scripts being run, outermost first, to refuse cycles.
    var sourceStack: [String] = []
    /// Where a transcript is being written (`record`), if anywhere.
    public var recorder: TranscriptRecorder?
    /// Print each script command after `gd> ` before its output (`--echo`).
    public var echoInput = false
    /// Whether Ctrl-C ends the run (a script) rather than just the command (the prompt).
    public var stopsOnInterrupt = false
    /// The exit status of the last command that failed at the prompt, 0 if none did: what
    /// a transcript's `[exit N]` line records.
    public internal(set) var lastFailureStatus: Int32 = 0

    /// sqlite caps `.read` nesting at 25; so does gd.
    public static let sourceDepthLimit = 25

    public init(sink: OutputSink, environment: Environment = Environment(), state: SessionState = SessionState()) {
        self.sink = sink
        self.environment = environment
        self.state = state
        self.state.language = environment.language
    }

    /// What happens after a command.
    public enum Flow: Sendable, Equatable {
        case proceed
        case quit
    }

    /// Executes one parsed command.
    ///
    /// - Parameters:
    ///   - location: where the command was written, for errors found while running it.
    ///   - directory: where relative paths start (the script's folder; nil for the cwd).
    /// - Throws: `GDError`; the session is then as it was before the call, except that a
    ///   long run stopped by divergence keeps its good updates (`set on-diverge`).
    public func execute(_ command: Command, at site: CommandSite, directory: String?) throws(GDError) -> Flow {
        let location = site.location
        switch command {
        case .load(let source):
            try load(source, at: site, directory: directory)
        case .data(let points):
            replaceData(Dataset(xs: points.map(\.x), ys: points.map(\.y)), label: "inline")
            out(.pointsTyped(points.count))
        case .generate(let request):
            try generate(request, at: site)
        case .set(let setting):
            try apply(setting, at: site)
        case .step(let variant, let selection):
            try step(variant, selection, at: location)
        case .epoch(let variant, let batchSize):
            try train(variant, batchSize: batchSize, epochs: 1, at: site)
        case .train(let variant, let batchSize, let epochs):
            try train(variant, batchSize: batchSize, epochs: epochs, at: site)
        case .show(let topic):
            try show(topic, at: location)
        case .initialise(let initializer):
            state.trainer.initialise(initializer)
            out(startLine(start: false))
            if state.trainer.model.hasBias { out(.bias(state.numbers.text(state.trainer.startParameters.b))) }
        case .showSchedule(let count):
            showSchedule(count)
        case .plot(let request):
            try plot(request, at: site, directory: directory)
        case .explain(let request):
            try explain(request, at: site)
        case .compare(let epochs, let file, let force):
            try compare(epochs: epochs, file: file, force: force, at: site, directory: directory)
        case .sweep(let request):
            try sweep(request, at: site, directory: directory)
        case .best(let low, let high):
            try showBest(low...high, at: location)
        case .lossAt(let w, let b):
            try showLoss(at: w, b, site: site)
        case .model(let kind):
            model(kind)
        case .reset:
            state.trainer.reset()
            out(Report.weights(state.trainer.parameters, model: state.trainer.model, state.numbers))
        case .undo(let count):
            try undo(count, at: site["[N|all]"])
        case .goto(let step):
            try goto(step, at: site["STEP"])
        case .save(let target, let path, let force):
            try save(target, to: path, force: force, at: site["FILE"], directory: directory)
        case .source(let path):
            return try source(path, at: site, directory: directory)
        case .help(let topic, let setting):
            out(Help.text(for: topic, setting: setting, in: state.language), terminated: false)
        case .echo(let text):
            out(text)
        case .time(let inner):
            return try time(inner, at: site, directory: directory)
        case .record(let path, let mode):
            try record(path, mode: mode, at: site["FILE"], directory: directory)
        case .quit:
            return .quit
        }
        return .proceed
    }

    /// Writes a message in the session's language to standard output.
    func out(_ message: Message) {
        out(message.text(state.language))
    }

    /// Writes a message in the session's language to standard error.
    func note(_ message: Message) {
        note(message.text(state.language))
    }

    /// Writes a message in the session's language only a person watching gets.
    func transient(_ message: Message) {
        transient(message.text(state.language))
    }

    /// Writes a line to standard output (and to the transcript being recorded).
    func out(_ text: String, terminated: Bool = true) {
        let line = terminated ? text + "\n" : text
        sink.write(line, to: .standardOutput)
        recorder?.output(line)
    }

    /// Writes a line to standard error (and to the transcript being recorded).
    func note(_ text: String) {
        sink.write(text + "\n", to: .standardError)
        recorder?.output(text + "\n")
    }

    /// Writes a line only a person watching gets: never recorded, never in a transcript.
    func transient(_ text: String) {
        sink.writeTransient(text + "\n")
    }
}
