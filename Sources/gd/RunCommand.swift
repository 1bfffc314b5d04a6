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

    @Option(name: .customShort("c"), help: "Run these commands (';' or newlines between them) and exit.")
    var commands: String?

    @Flag(name: .customShort("i"), help: "Open the prompt after running the scripts or -c commands.")
    var interactive = false

    @Flag(name: .long, help: "Print each script command after 'gd> ' before its output.")
    var echo = false

    @Flag(name: .long, help: "Run every command even after one fails; exit 65 at the end if any did.")
    var keepGoing = false

    @Option(name: .long, help: "Record the session as a transcript FILE.gdt (see 'gd test').")
    var record: String?

    @Flag(name: .long, help: "Start with no data instead of the lecture's six points.")
    var empty = false

    @Argument(help: "Scripts to run in order, in one session ('-' for standard input).")
    var files: [String] = []

    func run() throws {
        setlocale(LC_CTYPE, "")
        let sink = StandardSink()
        InterruptFlag.install()
        let interpreter = Interpreter(
            sink: sink,
            environment: Environment(isCancelled: { InterruptFlag.isRaised }, terminalSize: TerminalFacts.size,
                                     unicodeOutput: TerminalFacts.isUTF8),
            state: empty ? SessionState(trainer: .init(data: .init(xs: [], ys: [])), dataLabel: "none") : SessionState()
        )
        interpreter.echoInput = echo
        if let record {
            do {
                interpreter.recorder = try TranscriptRecorder(path: record)
            } catch {
                sink.write("gd: \(error.message)\n", to: .standardError)
                throw ExitCode(ExitStatus.cannotCreate)
            }
        }
        defer { interpreter.recorder?.finish() }
        let status = ScriptSession(interpreter: interpreter, keepGoing: keepGoing)
            .run(commands: commands, files: files, interactive: interactive)
        interpreter.recorder?.finish()
        if status != 0 { throw ExitCode(status) }
    }
}
