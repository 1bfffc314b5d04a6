#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An `errno` from a system call, worded in the session's language.
///
/// English is the C library's own `strerror` text, lowercased (it follows the C locale
/// gd runs in, so it is English on every machine gd is tested on). Korean has its own
/// words for the errors a student meets when opening or writing files; any other code
/// falls back to the English `strerror` text, because the C library has no Korean
/// catalogue under the locales gd sets and a guessed translation would be worse than the
/// system's own words.
public struct SystemError: Sendable, Equatable {
    public var code: Int32

    public init(_ code: Int32) {
        self.code = code
    }

    var english: String {
        strerror(code).map { String(cString: $0).lowercased() } ?? "error \(code)"
    }

    var korean: String {
        switch code {
        case ENOENT: return "그런 파일이나 디렉터리가 없습니다"
        case EACCES: return "권한이 없습니다"
        case EISDIR: return "디렉터리입니다"
        case ENOSPC: return "장치에 남은 공간이 없습니다"
        case EEXIST: return "파일이 이미 있습니다"
        case ENOTDIR: return "경로의 일부가 디렉터리가 아닙니다"
        case EROFS: return "읽기 전용 파일 시스템입니다"
        case EMFILE: return "열린 파일이 너무 많습니다"
        default: return english
        }
    }
}
