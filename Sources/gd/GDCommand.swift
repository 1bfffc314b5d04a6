import ArgumentParser
import GDConsole
#if canImport(Glibc)
import Glibc
#endif

/// `gd`: the console, the script runner and the transcript checker.
@main
struct GDCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "gd",
            abstract: "A console for exploring gradient descent: batch, stochastic and mini-batch.",
            discussion: """
            With no FILE and a terminal, opens the prompt with the lecture's six points loaded. \
            Each FILE is a .gd script (or a .gdt transcript, whose 'gd> ' lines run) in one \
            session; '-' or a pipe reads standard input. \
            Exit status: 0 ok, 3 a run diverged, 64 bad flags, 65 a bad command or data, \
            66 a file that cannot be opened, 73 a file that cannot be written, 130 stopped by Ctrl-C.

            """ + GDCommand.runOptions,
            version: GDVersion.current,
            subcommands: [RunCommand.self, TestCommand.self],
            defaultSubcommand: RunCommand.self
        )
    }

    /// The default subcommand's usage and options, so `gd --help` shows `-c`, `-i`,
    /// `--echo` … as read from `RunCommand` itself (declared once, there).
    static var runOptions: String {
        // Narrower than the 80 columns the discussion is wrapped to, so its lines stay whole.
        let help = RunCommand.helpMessage(columns: 78)
        guard let usage = help.firstRange(of: "USAGE:") else { return help }
        var text = help[usage.lowerBound...]
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return "\n" + String(text).replacing("USAGE: run ", with: "USAGE: gd ")
    }
}
