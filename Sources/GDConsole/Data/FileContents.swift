#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The whole contents of a file, read-only.
///
/// A regular file is memory-mapped (`mmap(2)`); anything else (a pipe,
/// `/dev/stdin`, a character device, a file whose size reads as 0, such as
/// those in /proc) is read to its end with `read(2)` into a heap buffer. Either way the bytes stay valid until the value is
/// destroyed, when they are unmapped or freed. An empty file gives an empty
/// buffer.
///
/// Failures are `DataFileError`s of kind `.cannotOpen` with the messages
/// "no such file", "is a directory", "permission denied", or
/// "cannot open: <reason>" / "cannot read: <reason>" for anything else.
struct MappedFile: ~Copyable {
    private enum Storage {
        case empty
        case mapped(UnsafeMutableRawPointer, Int)
        case heap(UnsafeMutableRawPointer, Int)
    }

    let path: String
    private let storage: Storage

    /// The number of bytes in the file.
    var count: Int {
        switch storage {
        case .empty: 0
        case .mapped(_, let n), .heap(_, let n): n
        }
    }

    init(path: String) throws(DataFileError) {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw Self.openFailure(errno: errno, path: path) }
        defer { close(fd) }

        var info = stat()
        if fstat(fd, &info) != 0 { throw Self.openFailure(errno: errno, path: path) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw Self.openFailure(errno: EISDIR, path: path) }

        if type == S_IFREG {
            let size = Int(info.st_size)
            if size == 0 {  // empty, or a /proc-like file that does not know its size
                storage = try Self.readAll(fd: fd, path: path)
                return
            }
            let mapped: UnsafeMutableRawPointer? = mmap(nil, size, PROT_READ, MAP_PRIVATE | Self.populate, fd, 0)
            if let mapped, mapped != UnsafeMutableRawPointer(bitPattern: -1) {
                _ = madvise(mapped, size, MADV_SEQUENTIAL)
                storage = .mapped(mapped, size)
                return
            }
            // Some file systems cannot be mapped: read them instead.
        }
        storage = try Self.readAll(fd: fd, path: path)
    }

    deinit {
        switch storage {
        case .empty: break
        case .mapped(let base, let n): _ = munmap(base, n)
        case .heap(let base, _): free(base)
        }
    }

    /// Calls `body` with the file's bytes; they must not escape it.
    borrowing func withUnsafeBytes<R, E: Error>(
        _ body: (UnsafeRawBufferPointer) throws(E) -> R
    ) throws(E) -> R {
        switch storage {
        case .empty:
            return try body(UnsafeRawBufferPointer(start: nil, count: 0))
        case .mapped(let base, let n), .heap(let base, let n):
            return try body(UnsafeRawBufferPointer(start: base, count: n))
        }
    }

    /// The error for an `errno` from opening or reading `path`.
    static func openFailure(errno code: Int32, path: String, reading: Bool = false) -> DataFileError {
        let message: String
        switch code {
        case ENOENT, ENOTDIR: message = "no such file"
        case EISDIR: message = "is a directory"
        case EACCES, EPERM: message = "permission denied"
        default:
            let reason = strerror(code).map { String(cString: $0) } ?? "error \(code)"
            message = (reading ? "cannot read: " : "cannot open: ") + reason.lowercased()
        }
        return DataFileError(.cannotOpen, path: path, message: message)
    }

    #if os(Linux)
    /// Pre-faults the mapping: one system call instead of a page fault per
    /// few pages, which is faster when the file is in the page cache.
    private static var populate: Int32 { MAP_POPULATE }
    #else
    private static var populate: Int32 { 0 }
    #endif

    /// Reads `fd` to end of file into a `malloc`ed buffer.
    private static func readAll(fd: Int32, path: String) throws(DataFileError) -> Storage {
        var capacity = 1 << 16
        var length = 0
        guard var buffer = malloc(capacity) else {
            throw DataFileError(.cannotOpen, path: path, message: "cannot read: out of memory")
        }
        while true {
            if length == capacity {
                capacity *= 2
                guard let grown = realloc(buffer, capacity) else {
                    free(buffer)
                    throw DataFileError(.cannotOpen, path: path, message: "cannot read: out of memory")
                }
                buffer = grown
            }
            // length < capacity, so the destination range lies inside the buffer.
            let got = read(fd, buffer + length, capacity - length)
            if got < 0 {
                let code = errno
                if code == EINTR { continue }
                free(buffer)
                throw openFailure(errno: code, path: path, reading: true)
            }
            if got == 0 { break }
            length += got
        }
        if length == 0 {
            free(buffer)
            return .empty
        }
        return .heap(buffer, length)
    }
}
