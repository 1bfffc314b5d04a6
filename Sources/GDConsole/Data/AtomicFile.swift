#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole file or nothing: into a fresh temporary file beside it, then `rename(2)`.
///
/// An interrupted or failed `save` therefore never leaves a truncated file where a good
/// one was, and a reader never sees half a file. The rules that keep it from damaging
/// anything else:
/// - a symbolic link is written through: its target is replaced, the link stays;
/// - a character device or a FIFO (`/dev/null`, a named pipe) is written to in place,
///   never replaced by a regular file; other special files are refused;
/// - the temporary file has an unpredictable name and is created with `O_EXCL` (which
///   never follows a link planted there), and takes the mode of the file it replaces;
/// - SIGINT, SIGTERM, SIGHUP and SIGQUIT are held back while it exists, so a kill never
///   leaves it behind: a signal that came meanwhile acts once the file is renamed or
///   removed (SIGINT then only raises gd's Ctrl-C flag, or ends `gd test`).
public enum AtomicFile {
    public struct Failure: Error, Equatable {
        public var failure: WriteFailure
        /// True when Ctrl-C ended a blocked write or open (exit 130, not 73).
        public var interrupted = false
        /// The failure in English.
        public var message: String { Message.writeFailed(failure).text(.en) }
    }

    public static func write(_ text: String, to path: String) throws(Failure) {
        var text = text
        try text.withUTF8 { buffer in attempt(UnsafeRawBufferPointer(buffer), path) }.get()
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        try bytes.withUnsafeBytes { buffer in attempt(buffer, path) }.get()
    }

    private static func attempt(_ bytes: UnsafeRawBufferPointer, _ path: String) -> Result<Void, Failure> {
        do throws(Failure) {
            try write(bytes, to: path)
            return .success(())
        } catch {
            return .failure(error)
        }
    }

    /// - Parameter path: as the user named it; a symbolic link is followed to its target.
    public static func write(_ bytes: UnsafeRawBufferPointer, to shown: String) throws(Failure) {
        let path = FilePath.writeTarget(shown)
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw Failure(failure: .isDirectory(shown))
            case S_IFCHR, S_IFIFO:
                try writeInPlace(bytes, to: path, shown: shown, fifo: info.st_mode & S_IFMT == S_IFIFO)
                return
            default: throw Failure(failure: .notRegular(shown))
            }
            // rename(2) would succeed over a read-only file; the user's protection is kept.
            if access(path, W_OK) != 0 {
                throw Failure(failure: describe(errno, path: shown))
            }
        }
        let blocked = blockTerminatingSignals()
        defer { restoreSignals(blocked) }
        let (fd, temporary) = try createTemporary(beside: path, shown: shown)
        // The mode of the file replaced (a read-only transcript stays read-only), else the
        // usual 0666 less the umask.
        let mode: mode_t = exists ? info.st_mode & 0o7777 : 0o666 & ~currentUmask()
        _ = fchmod(fd, mode)
        if exists, getuid() == 0 { _ = fchown(fd, info.st_uid, info.st_gid) }
        if let code = writeAll(fd, bytes) {
            close(fd)
            unlink(temporary)
            throw failure(code, shown)
        }
        if fsync(fd) != 0 || close(fd) != 0 {
            let code = errno
            unlink(temporary)
            throw Failure(failure: describe(code, path: shown))
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw Failure(failure: describe(code, path: shown))
        }
    }

    /// Writes into an existing device or FIFO as `echo > /dev/null` would: no truncation,
    /// no replacement. A FIFO nobody reads is an error rather than a hang.
    static func writeInPlace(_ bytes: UnsafeRawBufferPointer, to path: String, shown: String, fifo: Bool) throws(Failure) {
        let fd = openForWriting(path, flags: 0)
        guard fd >= 0 else { throw failure(errno, shown) }
        defer { close(fd) }
        if let code = writeAll(fd, bytes) { throw failure(code, shown) }
    }

    /// Opens a file for writing; a FIFO is opened without blocking (ENXIO when no process
    /// reads it), then switched back to blocking writes.
    public static func openForWriting(_ path: String, flags: Int32) -> Int32 {
        var info = stat()
        let fifo = stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC | flags | (fifo ? O_NONBLOCK : 0), 0o666)
        if fd >= 0, fifo {
            let current = fcntl(fd, F_GETFL)
            _ = fcntl(fd, F_SETFL, current & ~O_NONBLOCK)
        }
        return fd
    }

    /// Writes every byte; returns the errno of a failure. An `EINTR` is Ctrl-C (gd's only
    /// handler that interrupts system calls) and ends the write.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        var written = 0
        while written < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress.map { $0 + written }, bytes.count - written)
            if n < 0 { return errno }
            if n == 0 { return EIO }
            written += n
        }
        return nil
    }

    static func failure(_ code: Int32, _ shown: String) -> Failure {
        if code == EINTR { return Failure(failure: .interrupted(shown), interrupted: true) }
        return Failure(failure: describe(code, path: shown))
    }

    /// `DIR/.NAME.gd-XXXXXX`, created exclusively (`O_EXCL`) by `mkstemp(3)`.
    static func createTemporary(beside path: String, shown: String) throws(Failure) -> (Int32, String) {
        let folder = FilePath.directory(of: path)
        let name = folder.map { String(path.dropFirst($0.count + ($0.hasSuffix("/") ? 0 : 1))) } ?? path
        let prefix = folder.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        var template = Array((prefix + "." + name + ".gd-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { throw Failure(failure: describe(errno, path: shown)) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (fd, temporary)
    }

    static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// Holds back the signals that would end the process while a temporary file exists.
    public static func blockTerminatingSignals() -> sigset_t {
        var set = sigset_t(), old = sigset_t()
        sigemptyset(&set)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_BLOCK, &set, &old)
        return old
    }

    public static func restoreSignals(_ old: sigset_t) {
        var old = old
        pthread_sigmask(SIG_SETMASK, &old, nil)
    }

    public static func describe(_ code: Int32, path: String) -> WriteFailure {
        switch code {
        case ENOENT, ENOTDIR: return .noFolder(path)
        case EACCES, EPERM, EROFS: return .permissionDenied(path)
        case EISDIR: return .isDirectory(path)
        case ENOSPC, EDQUOT: return .noSpace(path)
        case ENXIO: return .noReader(path)
        case EPIPE: return .readerClosed(path)
        case EINTR: return .interrupted(path)
        default:
            return .other(path, SystemError(code))
        }
    }
}
