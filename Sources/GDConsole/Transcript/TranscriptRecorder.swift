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

    /// The file being written (device and inode), so `save` and `load` can recognise it
    /// under any name.
    public let identity: FileIdentity?
    /// Why the last write failed (the first failure; nothing is written after it).
    public private(set) var failure: Message?

    /// Opens `path` (a symbolic link is written through) for a transcript.
    ///
    /// An existing regular file is kept unless `mode` says otherwise; a device or FIFO is
    /// written to as it is (a FIFO nobody reads is an error, not a hang).
    /// - Throws: the reason the file cannot be created: `.refusedOverwrite`,
    ///   `.cannotWrite`, or `.interrupted` when Ctrl-C ended a blocked open.
    /// - Parameter shown: the name messages use (as the user typed it), when not `path`.
    public init(path: String, mode: RecordMode = .overwrite, shownAs shown: String? = nil) throws(GDError) {
        self.path = path
        let target = FilePath.writeTarget(path)
        let path = shown ?? path
        var info = stat()
        var flags: Int32 = 0
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                switch mode {
                case .create:
                    throw GDError(.refusedOverwrite, .transcriptExists(path))
                case .overwrite: flags = O_TRUNC
                case .append: flags = O_APPEND
                }
            case S_IFDIR:
                throw GDError(.cannotWrite, .writeIsDirectory(path))
            case S_IFCHR, S_IFIFO:
                break
            default:
                throw GDError(.cannotWrite, .writeNotRegular(path))
            }
        } else {
            // O_EXCL: a file appearing meanwhile (or a link planted there) is never followed.
            flags = O_CREAT | O_EXCL
        }
        fd = AtomicFile.openForWriting(target, flags: flags)
        guard fd >= 0 else {
            let code = errno
            throw GDError(code == EINTR ? .interrupted : .cannotWrite, .writeFailed(AtomicFile.describe(code, path: path)))
        }
        identity = FileIdentity(descriptor: fd)
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

    /// Writes at once (no buffer), so a session that dies keeps what it recorded; a
    /// failure is kept in `failure` for the interpreter to report (exit 73).
    private func append(_ text: String) {
        guard fd >= 0, failure == nil else { return }
        var text = text
        let code = text.withUTF8 { AtomicFile.writeAll(fd, UnsafeRawBufferPointer($0)) }
        if let code { failure = .writeFailed(AtomicFile.describe(code, path: path)) }
    }
}
