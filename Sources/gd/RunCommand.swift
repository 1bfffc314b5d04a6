import ArgumentParser
import GDConsole
#if canImport(Glibc)
import Glibc
#endif

/// Runs scripts, `-c` commands, standard input, or the prompt.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run .gd scripts, commands, or the interactive prompt (the default)."
    )

    @Option(name: .customShort("c"), help: ArgumentHelp(
        "Run these commands (';' or newlines between them) and exit; repeat -c to run several in order.",
        valueName: "commands"))
    var commands: [String] = []

    @Flag(name: .customShort("i"), help: "Open the prompt after running the scripts or -c commands, even if one failed.")
    var interactive = false

    @Flag(name: .long, help: "Print each script command after 'gd> ' before its output.")
    var echo = false

    @Flag(name: .long, help: "Run every command even after one fails; exit at the end with the first failure's status.")
    var keepGoing = false

    @Option(name: .long, help: ArgumentHelp(
        "Record the session as a transcript FILE.gdt (see 'gd test'); an existing FILE is refused (exit 73).",
        valueName: "FILE"))
    var record: String?

    @Flag(name: .long, help: "With --record: start an existing FILE over.")
    var recordOverwrite = false

    @Flag(name: .long, help: "With --record: add to the end of an existing FILE.")
    var recordAppend = false

    @Flag(name: .long, help: "Start with no data instead of the lecture's six points.")
    var empty = false

    @Argument(help: "Scripts to run in order, in one session ('-' for standard input).")
    var files: [String] = []

    /// The modes of `--record`, as `record FILE overwrite|append` has them.
    func validate() throws {
        if recordOverwrite && recordAppend {
            throw ValidationError("--record-overwrite and --record-append exclude each other; give one")
        }
        if (recordOverwrite || recordAppend) && record == nil {
            throw ValidationError("--record-\(recordOverwrite ? "overwrite" : "append") goes with --record FILE")
        }
    }

    func run() throws {
        setlocale(LC_CTYPE, "")
        let sink = StandardSink()
        InterruptFlag.install()
        let interpreter = Interpreter(
            sink: sink,
            environment: Environment(isCancelled: { InterruptFlag.isRaised }, terminalSize: TerminalFacts.size,
                                     unicodeOutput: TerminalFacts.isUTF8, language: TerminalFacts.language),
            state: empty ? SessionState(trainer: .init(data: .init(xs: [], ys: [])), dataLabel: "none") : SessionState()
        )
        interpreter.echoInput = echo
        if let record {
            // The transcript must never be one of the scripts it records: opening it
            // would empty the script before it is read.
            if let target = FileIdentity(path: record),
               let script = files.first(where: { $0 != "-" && FileIdentity(path: $0) == target }) {
                sink.write("gd: " + Message.recordIsScript(record, script: script).text(interpreter.state.language) + "\n", to: .standardError)
                throw ExitCode(ExitStatus.usage)
            }
            do {
                let mode: RecordMode = recordOverwrite ? .overwrite : recordAppend ? .append : .create
                interpreter.recorder = try TranscriptRecorder(path: record, mode: mode)
                // A replay starts fresh: the transcript opens with what rebuilds this start.
                try interpreter.writeStartPreamble()
            } catch {
                // The flag's own way out, not the `record` command's words.
                let message: Message = error.kind == .refusedOverwrite ? .recordFlagExists(record) : error.what
                sink.write("gd: \(message.text(interpreter.state.language))\n", to: .standardError)
                throw ExitCode(error.kind == .interrupted ? ExitStatus.interrupted : ExitStatus.cannotCreate)
            }
        }
        sink.onClosed = { interpreter.recorder?.finish() }
        defer { interpreter.recorder?.finish() }
        var status = ScriptSession(interpreter: interpreter, keepGoing: keepGoing)
            .run(commands: commands, files: files, interactive: interactive)
        if let recorder = interpreter.recorder {
            recorder.finish()
            if let failure = recorder.failure {
                sink.write("gd: \(failure.text(interpreter.state.language))\n", to: .standardError)
                if status == 0 { status = ExitStatus.cannotCreate }
            }
        }
        if let failure = sink.takeWriteFailure() {
            sink.write("gd: \(Message.writeFailed(failure).text(interpreter.state.language))\n", to: .standardError)
            if status == 0 { status = ExitStatus.cannotCreate }
        }
        if status != 0 { throw ExitCode(status) }
    }
}
