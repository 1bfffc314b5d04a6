import ArgumentParser
import GDConsole
#if canImport(Glibc)
import Glibc
#endif

/// `gd`: the console, the script runner and the transcript checker.
@main
struct GDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gd",
        abstract: "A console for exploring gradient descent: batch, stochastic and mini-batch.",
        discussion: """
        With no FILE and a terminal, opens the prompt with the lecture's six points loaded. \
        Each FILE is a .gd script run in one session; '-' or a pipe reads standard input. \
        Exit status: 0 ok, 3 a run diverged, 64 bad flags, 65 a bad command or data, \
        66 a file that cannot be opened, 73 a file that cannot be written, 130 stopped by Ctrl-C.
        """,
        subcommands: [RunCommand.self, TestCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
