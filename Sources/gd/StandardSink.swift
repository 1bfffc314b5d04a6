#if canImport(Glibc)
import Glibc
#endif
import GDConsole

/// gd's output to file descriptors 1 and 2, unbuffered so stdout and stderr interleave
/// in the order written, and quiet when the reader goes away (`gd script.gd | head -1`).
final class StandardSink: OutputSink {
    private let terminal: (out: Bool, err: Bool)

    init() {
        terminal = (isatty(1) == 1, isatty(2) == 1)
    }

    func write(_ text: String, to channel: OutputChannel) {
        let fd: Int32 = channel == .standardOutput ? 1 : 2
        var text = text
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

    func isTerminal(_ channel: OutputChannel) -> Bool {
        channel == .standardOutput ? terminal.out : terminal.err
    }
}
