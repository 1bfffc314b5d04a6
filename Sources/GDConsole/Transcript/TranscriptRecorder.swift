#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a transcript as a session goes: each input after `gd> `, then its output.
///
/// Written line by line to an open file, so a session that dies still leaves what it
/// recorded. Output that only a terminal gets (timings) never reaches it; see
/// `Interpreter.transient`.
public final class TranscriptRecorder {
    public let path: String
    private var fd: Int32
    /// The exit status the replay must end with: that of the last failure, if any.
    public private(set) var status: Int32 = 0

    /// - Throws: the reason the file cannot be created.
    public init(path: String) throws(GDError) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw GDError(.cannotWrite, AtomicFile.describe(errno, path: path))
        }
    }

    /// The last input, held back until it prints something or the next input comes, so
    /// that `record stop` can leave itself out (a fresh session could not replay it).
    private var pendingInput: String?

    /// An input line, as typed. A blank line is left out and a comment-only line becomes
    /// a transcript comment: neither prints anything, so the replay is the same.
    public func input(_ line: String) {
        flushPendingInput()
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        if trimmed.isEmpty { return }
        if trimmed.hasPrefix("#") && !trimmed.hasPrefix("#!") {
            append(String(trimmed) + "\n")
            return
        }
        pendingInput = TranscriptFormat.prompt + line + "\n"
    }

    /// Output text, as printed (whole lines), escaped where it would read as markup.
    public func output(_ text: String) {
        flushPendingInput()
        for line in TranscriptFormat.escapeLines(text) {
            append(line + "\n")
        }
    }

    /// Forgets the input being run (`record stop` itself).
    public func dropPendingInput() {
        pendingInput = nil
    }

    private func flushPendingInput() {
        if let line = pendingInput {
            pendingInput = nil
            append(line)
        }
    }

    /// Notes a failed command so the transcript ends with its exit status.
    public func failed(_ error: GDError) {
        status = error.exitStatus
    }

    /// Writes the final status line (when not 0) and closes the file.
    public func finish() {
        guard fd >= 0 else { return }
        flushPendingInput()
        if status != 0 { append("[exit \(status)]\n") }
        close(fd)
        fd = -1
    }

    deinit { finish() }

    private func append(_ text: String) {
        guard fd >= 0 else { return }
        var bytes = Array(text.utf8)
        var offset = 0
        bytes.withUnsafeMutableBytes { buffer in
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
        bytes = []
    }
}
