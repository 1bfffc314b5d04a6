#if canImport(Glibc)
import Glibc
#endif
import GDConsole

/// gd's output to file descriptors 1 and 2, unbuffered so stdout and stderr interleave
/// in the order written, and quiet when the reader goes away (`gd script.gd | head -1`).
///
/// A closed reader (EPIPE) ends gd quietly with status 0, as `yes | head` ends `yes`:
/// SIGPIPE is ignored so that gd is never killed midway, and `onClosed` runs (it closes
/// the transcript) before the exit. The rest of the script, a later `save` included, is
/// not run: output nobody reads means the run is no longer wanted. Any other failed
/// write (a full disk) is kept for `takeWriteFailure`, which makes the command fail
/// with status 73.
final class StandardSink: OutputSink {
    /// Runs once when standard output's reader has gone, just before gd exits 0.
    var onClosed: () -> Void = {}
    private var failure: WriteFailure?

    private let terminal: (out: Bool, err: Bool)
    /// Errors in colour only for a person at a terminal who has not asked for none
    /// (https://no-color.org); pipes, files and transcripts never see escape codes.
    private let colour: Bool

    init() {
        signal(SIGPIPE, SIG_IGN)
        terminal = (isatty(1) == 1, isatty(2) == 1)
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        colour = terminal.err && getenv("NO_COLOR") == nil && term != "dumb" && !term.isEmpty
    }

    func write(_ text: String, to channel: OutputChannel) {
        let fd: Int32 = channel == .standardOutput ? 1 : 2
        var text = channel == .standardError && colour ? StandardSink.highlight(text) : text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if n < 0 {
                    let code = errno
                    if code == EINTR { continue }
                    // The reader is gone: nothing more can be said, so leave as `cat` does.
                    if code == EPIPE {
                        onClosed()
                        exit(ExitStatus.ok)
                    }
                    if failure == nil {
                        failure = .stream(fd == 1 ? .standardOutput : .standardError, code == ENOSPC ? nil : SystemError(code))
                    }
                    return
                }
                offset += n
            }
        }
    }

    /// `error:` in bold red and the caret line in green, as compilers print them.
    static func highlight(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for i in lines.indices {
            let line = lines[i]
            if let label = StandardSink.errorLabels.first(where: { line.contains($0 + ": ") }),
               let range = line.firstRange(of: label + ": ") {
                lines[i] = line[..<range.lowerBound] + "\u{1B}[1;31m\(label):\u{1B}[0m " + line[range.upperBound...]
            } else if !line.isEmpty, line.allSatisfy({ $0 == " " || $0 == "^" || $0 == "~" }), line.contains("^") {
                lines[i] = "\u{1B}[32m" + line + "\u{1B}[0m"
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `error` in every language, for the highlight.
    static let errorLabels = Language.allCases.map { Message.errorLabel.text($0) }

    func takeWriteFailure() -> WriteFailure? {
        defer { failure = nil }
        return failure
    }

    func isTerminal(_ channel: OutputChannel) -> Bool {
        channel == .standardOutput ? terminal.out : terminal.err
    }
}
