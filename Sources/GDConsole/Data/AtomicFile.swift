#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole file or nothing: into a temporary file beside it, then `rename(2)`.
///
/// An interrupted or failed `save` therefore never leaves a truncated file where a good
/// one was, and a reader never sees half a file.
enum AtomicFile {
    struct Failure: Error, Equatable {
        var message: String
    }

    static func write(_ text: String, to path: String) throws(Failure) {
        let temporary = path + ".gd-tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(message: describe(errno, path: path)) }
        var utf8 = Array(text.utf8)
        var written = 0
        let failure: Int32? = utf8.withUnsafeMutableBytes { buffer -> Int32? in
            while written < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return nil
        }
        utf8 = []
        if let code = failure {
            close(fd)
            unlink(temporary)
            throw Failure(message: describe(code, path: path))
        }
        if fsync(fd) != 0 || close(fd) != 0 {
            let code = errno
            unlink(temporary)
            throw Failure(message: describe(code, path: path))
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw Failure(message: describe(code, path: path))
        }
    }

    static func describe(_ code: Int32, path: String) -> String {
        switch code {
        case ENOENT, ENOTDIR: return "cannot write '\(path)': no such folder"
        case EACCES, EPERM, EROFS: return "cannot write '\(path)': permission denied"
        case EISDIR: return "cannot write '\(path)': is a directory"
        case ENOSPC, EDQUOT: return "cannot write '\(path)': no space left on the device"
        default: return "cannot write '\(path)': error \(code)"
        }
    }
}

/// Paths as the session resolves and compares them.
enum FilePath {
    /// `path` as given when absolute; else relative to `directory` (a script's folder).
    static func resolve(_ path: String, in directory: String?) -> String {
        guard let directory, !path.hasPrefix("/"), !directory.isEmpty, directory != "." else { return path }
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }

    /// The folder part of a path, or nil for a bare name.
    static func directory(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The canonical absolute path, when the file exists.
    static func real(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
