import ArgumentParser
import GDConsole

/// `gd test`: replays `.gdt` transcripts and compares them byte for byte.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Replay .gdt transcripts in fresh sessions and compare their output.",
        discussion: """
        Each PATH is a transcript or a folder searched for *.gdt. A transcript that differs \
        prints a unified diff; the run ends with 'N passed, N failed' and exits 1 if any \
        failed. --update rewrites the expected output of those that differ, keeping inputs \
        and comments; without it nothing is written.
        """
    )

    @Flag(name: .long, help: "Rewrite the expected output of transcripts that differ.")
    var update = false

    @Argument(help: "Transcripts, or folders to search for *.gdt.")
    var paths: [String]

    func run() throws {
        let summary = TranscriptSuite(update: update, sink: StandardSink()).run(paths)
        if summary.failed > 0 { throw ExitCode(ExitStatus.failure) }
    }
}
