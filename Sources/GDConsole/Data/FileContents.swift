#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import GDCore

/// The whole contents of a file, read into memory gd owns, never more than a limit.
///
/// Files are read with `read(2)`, not mapped. A mapped file that another program truncates
/// while gd parses it turns every access to the lost pages into SIGBUS, which kills the
/// process (Swift cannot catch a signal and carry on), and no check before or after the
/// parse closes that window. Bytes gd has copied stay valid whatever happens to the file.
/// The copy is the price: on a 200 MB CSV about 0.1–0.2 s of a 1.4–1.8 s load on this
/// shared machine (the read alone runs at about 1–2 GB/s into fresh memory). A file that shrinks while it is read yields fewer bytes than `fstat` promised, and that
/// is reported as a read error rather than loaded in part.
///
/// Nothing is read past the limit: a regular file larger than it is refused before any
/// allocation, and a pipe is read until it ends or passes the limit. Data files are bounded
/// by the memory gd may use; scripts and transcripts by `textLimit`. A character device that
/// is not a terminal (`/dev/zero`, `/dev/urandom`, `/dev/null`) is not data: `load` refuses it
/// instead of reading until memory runs out.
///
/// Failures are `DataFileError`s of kind `.cannotOpen` with the messages "no such file",
/// "is a directory", "permission denied", "is a device, not a file or a pipe", the size
/// refusals, "cannot read: the file shrank while it was read …", or
/// "cannot open: <reason>" / "cannot read: <reason>" for anything else.
struct FileContents: ~Copyable {
    /// How much a read may hold.
    enum Limit {
        /// A data file: no more than the memory gd may use (`Environment.memory`).
        case memory(MemoryLimit)
        /// A script or a transcript: at most `textLimit` bytes.
        case text
    }

    /// Scripts and transcripts are text a person wrote or recorded; 64 MiB is far past any
    /// lesson (a 100,000-row `show history` transcript is about 10 MiB) and reads in a blink.
    static let textLimit = 64 << 20

    let path: String
    /// The bytes, `malloc`ed; nil when the file is empty.
    private let base: UnsafeMutableRawPointer?
    /// The number of bytes in the file.
    let count: Int

    init(path: String, limit: Limit) throws(DataFileError) {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw Self.openFailure(errno: errno, path: path) }
        defer { close(fd) }

        var info = stat()
        if fstat(fd, &info) != 0 { throw Self.openFailure(errno: errno, path: path) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw Self.openFailure(errno: EISDIR, path: path) }
        if type == S_IFCHR, case .memory = limit, isatty(fd) == 0 {
            throw DataFileError(.cannotOpen, path: path, .isDevice)
        }
        // A regular file's size is known (0 also for /proc-like files that do not know it).
        let expected = type == S_IFREG ? Int(info.st_size) : 0
        let most = Self.bytes(allowedBy: limit)
        if expected > most { throw Self.tooLarge(path: path, limit: limit, size: expected) }
        (base, count) = try Self.readAll(fd: fd, path: path, expected: expected, most: most, limit: limit)
    }

    deinit { free(base) }

    /// Calls `body` with the file's bytes; they must not escape it.
    borrowing func withUnsafeBytes<R, E: Error>(
        _ body: (UnsafeRawBufferPointer) throws(E) -> R
    ) throws(E) -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// The error for an `errno` from opening or reading `path`.
    static func openFailure(errno code: Int32, path: String, reading: Bool = false) -> DataFileError {
        let problem: DataProblem
        switch code {
        case ENOENT, ENOTDIR: problem = .noSuchFile
        case EISDIR: problem = .isDirectory
        case EACCES, EPERM: problem = .permissionDenied
        case EINTR:
            // Only gd's Ctrl-C handler interrupts system calls; a retry would ignore it.
            return DataFileError(.interrupted, path: path, .interruptedReading)
        default:
            problem = reading ? .cannotRead(SystemError(code)) : .cannotOpen(SystemError(code))
        }
        return DataFileError(.cannotOpen, path: path, problem)
    }

    private static func bytes(allowedBy limit: Limit) -> Int {
        switch limit {
        case .memory(let memory): memory.bytes
        case .text: textLimit
        }
    }

    /// The refusal of a file of `size` bytes, or of a pipe that passed the limit (nil).
    private static func tooLarge(path: String, limit: Limit, size: Int?) -> DataFileError {
        let problem: DataProblem
        switch limit {
        case .memory(let memory):
            problem = .readingNeedsMemory(memory.refusalParts(need: size))
        case .text:
            problem = .scriptTooLarge(size: size.map(ByteCount.init), limit: ByteCount(textLimit))
        }
        return DataFileError(.cannotOpen, path: path, problem)
    }

    /// Reads `fd` to its end into a `malloc`ed buffer of at most `most` bytes.
    ///
    /// - Parameter expected: a regular file's size from `fstat` (0 when unknown). The
    ///   buffer starts one byte larger, so a file that grew is noticed and read on; one
    ///   that ends early was cut short by someone else and is an error.
    private static func readAll(
        fd: Int32, path: String, expected: Int, most: Int, limit: Limit
    ) throws(DataFileError) -> (UnsafeMutableRawPointer?, Int) {
        let outOfMemory = DataFileError(.cannotOpen, path: path, .outOfMemory)
        let ceiling = most == .max ? most : most + 1  // one byte past the limit shows it was passed
        var capacity = expected > 0 ? (expected >= ceiling ? ceiling : expected + 1) : min(1 << 16, ceiling)
        var length = 0
        guard var buffer = malloc(max(1, capacity)) else { throw outOfMemory }
        LargeArray.adviseHugePages(UnsafeMutableRawBufferPointer(start: buffer, count: capacity))
        while true {
            if length == capacity {
                guard capacity < ceiling else {
                    free(buffer)
                    throw tooLarge(path: path, limit: limit, size: nil)
                }
                let doubled = capacity.multipliedReportingOverflow(by: 2)
                capacity = doubled.overflow ? ceiling : min(doubled.partialValue, ceiling)
                guard let grown = realloc(buffer, capacity) else {
                    free(buffer)
                    throw outOfMemory
                }
                buffer = grown
            }
            // length < capacity, so the destination range lies inside the buffer; a read of
            // at most 1 GiB at a time stays under every kernel's per-call limit.
            let got = read(fd, buffer + length, min(capacity - length, 1 << 30))
            if got < 0 {
                let code = errno
                free(buffer)
                throw openFailure(errno: code, path: path, reading: true)
            }
            if got == 0 { break }
            length += got
        }
        if length < expected {
            free(buffer)
            throw DataFileError(.cannotOpen, path: path, .shrank(expected: expected, read: length))
        }
        if length == 0 {
            free(buffer)
            return (nil, 0)
        }
        return (buffer, length)
    }
}
