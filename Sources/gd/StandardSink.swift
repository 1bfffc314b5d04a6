#if canImport(Glibc)
import Glibc
#endif
import GDConsole

/// gd's output to file descriptors 1 and 2, unbuffered so stdout and stderr interleave
/// in the order written, and quiet when the reader goes away (`gd script.gd | head -1`).
final class StandardSink: OutputSink {
    private let terminal: (out: Bool, err: Bool)
    /// Errors in colour only for a person at a terminal who has not asked for none
    /// (https://no-color.org); pipes, files and transcripts never see escape codes.
    private let colour: Bool

    init() {
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
                    if errno == EINTR { continue }
                    // The reader is gone: nothing more can be said, so leave as `cat` does.
                    if errno == EPIPE { exit(ExitStatus.ok) }
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
            if let range = line.firstRange(of: "error: ") {
                lines[i] = line[..<range.lowerBound] + "\u{1B}[1;31merror:\u{1B}[0m " + line[range.upperBound...]
            } else if !line.isEmpty, line.allSatisfy({ $0 == " " || $0 == "^" || $0 == "~" }), line.contains("^") {
                lines[i] = "\u{1B}[32m" + line + "\u{1B}[0m"
            }
        }
        return lines.joined(separator: "\n")
    }

    func isTerminal(_ channel: OutputChannel) -> Bool {
        channel == .standardOutput ? terminal.out : terminal.err
    }
}
