import Testing
@testable import GDConsole
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What gd does with files that change under it or are too large to hold.
@Suite struct FileContentsLimitTests {
    /// A file of `count` bytes of "1,2\n" rows.
    static func writeRows(bytes count: Int, to path: String) {
        let row = Array("1,2\n".utf8)
        FileContentsReadTests.save((0..<count).map { row[$0 % row.count] }, to: path)
    }

    /// A file another program truncates after gd opened it must not kill gd: a mapped page
    /// past the new end would raise SIGBUS on its first access. The bytes gd holds are its own.
    @Test func truncationAfterOpeningDoesNotCrash() throws {
        try FileContentsReadTests.withDirectory { directory in
            let path = directory + "/data.csv"
            let size = 4 << 20
            Self.writeRows(bytes: size, to: path)
            let file = try FileContents(path: path, limit: .text)
            #expect(truncate(path, 1000) == 0)
            let sum = file.withUnsafeBytes { bytes in bytes.reduce(0) { $0 + Int($1) } }
            #expect(file.count == size)
            #expect(sum == size / 4 * Int(UInt8(ascii: "1") + UInt8(ascii: ",") + UInt8(ascii: "2") + UInt8(ascii: "\n")))
        }
    }

    /// A regular file larger than the limit is refused before anything is read.
    @Test func refusesFilesLargerThanTheLimit() throws {
        try FileContentsReadTests.withDirectory { directory in
            let path = directory + "/data.csv"
            Self.writeRows(bytes: 3000, to: path)
            let small = MemoryLimit(bytes: 2048)
            #expect(throws: DataFileError(.cannotOpen, path: path,
                                          message: "reading it would need 2.93 KiB of memory; this machine has 2 KiB")) {
                _ = try FileContents(path: path, limit: .memory(small))
            }
            let limited = MemoryLimit(bytes: 2048, fromUlimit: true)
            #expect(throws: DataFileError(.cannotOpen, path: path,
                                          message: "reading it would need 2.93 KiB of memory; the ulimit allows 2 KiB")) {
                _ = try FileContents(path: path, limit: .memory(limited))
            }
            let exact = try FileContents(path: path, limit: .memory(MemoryLimit(bytes: 3000)))
            #expect(exact.count == 3000)
        }
    }

    /// A pipe is read until it passes the limit, then refused; a file just at the limit is not.
    @Test func refusesPipesThatPassTheLimit() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let contents = [UInt8](repeating: 0x31, count: 5000)
        #expect(contents.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) } == contents.count)
        close(fds[1])
        defer { close(fds[0]) }
        let path = "/dev/fd/\(fds[0])"
        #expect(throws: DataFileError(.cannotOpen, path: path,
                                      message: "reading it would need more than 4 KiB of memory; this machine has 4 KiB")) {
            _ = try FileContents(path: path, limit: .memory(MemoryLimit(bytes: 4096)))
        }
    }

    /// Endless devices are not data; as scripts they stop at the text limit.
    @Test func refusesDevicesAsDataAndCapsTextReads() throws {
        #expect(throws: DataFileError(.cannotOpen, path: "/dev/zero", message: "is a device, not a file or a pipe")) {
            _ = try FileContents(path: "/dev/zero", limit: .memory(.ofThisProcess()))
        }
        #expect(throws: DataFileError(.cannotOpen, path: "/dev/zero",
                                      message: "it is more than 64 MiB; a script or transcript may be at most 64 MiB")) {
            _ = try FileContents(path: "/dev/zero", limit: .text)
        }
        let empty = try FileContents(path: "/dev/null", limit: .text)
        #expect(empty.count == 0)
    }
}

/// Reading whole files: regular files, pipes, and the errors of opening them.
struct FileContentsReadTests {
    /// A fresh directory under /tmp for files named `data.csv` and `secret.csv`; removed afterwards.
    static func withDirectory(_ body: (String) throws -> Void) throws {
        var template = Array("/tmp/gd-data-tests.XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { $0.baseAddress.flatMap { mkdtemp($0) } }
        guard made != nil else {
            Issue.record("mkdtemp failed")
            return
        }
        let directory = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer {
            for name in ["data.csv", "secret.csv"] { unlink(directory + "/" + name) }
            rmdir(directory)
        }
        try body(directory)
    }

    static func save(_ bytes: [UInt8], to path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(fd >= 0)
        #expect(bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count)
        close(fd)
    }

    @Test(arguments: [[], Array("x,y\n1,2\n".utf8), (0..<300_000).map { UInt8(truncatingIfNeeded: $0) }])
    func readsRegularFiles(_ contents: [UInt8]) throws {
        try Self.withDirectory { directory in
            let path = directory + "/data.csv"
            Self.save(contents, to: path)
            let file = try FileContents(path: path, limit: .text)
            #expect(file.count == contents.count)
            #expect(file.withUnsafeBytes { Array($0) } == contents)
        }
    }

    @Test func readsPipes() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        _ = fcntl(fds[1], 1031 /* F_SETPIPE_SZ */, 1 << 20)
        let capacity = Int(fcntl(fds[1], 1032 /* F_GETPIPE_SZ */))
        let contents = (0..<max(1, capacity - 1)).map { UInt8(truncatingIfNeeded: $0 * 7) }
        #expect(contents.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) } == contents.count)
        close(fds[1])
        defer { close(fds[0]) }
        let file = try FileContents(path: "/dev/fd/\(fds[0])", limit: .text)
        #expect(file.withUnsafeBytes { Array($0) } == contents)
    }

    @Test func reportsMissingFilesAndDirectories() throws {
        try Self.withDirectory { directory in
            #expect(throws: DataFileError(.cannotOpen, path: directory + "/none.csv", message: "no such file")) {
                _ = try FileContents(path: directory + "/none.csv", limit: .text)
            }
            #expect(throws: DataFileError(.cannotOpen, path: directory, message: "is a directory")) {
                _ = try FileContents(path: directory, limit: .text)
            }
        }
    }

    @Test func reportsPermissionDenied() throws {
        try Self.withDirectory { directory in
            // Root reads any file; a write-only sysctl is refused even to root.
            var path = directory + "/secret.csv"
            Self.save([0x31], to: path)
            chmod(path, 0)
            if geteuid() == 0 { path = "/proc/sys/vm/compact_memory" }
            guard access(path, F_OK) == 0 else { return }
            #expect(throws: DataFileError(.cannotOpen, path: path, message: "permission denied")) {
                _ = try FileContents(path: path, limit: .text)
            }
        }
    }

    @Test(arguments: [
        (ENOENT, "no such file"), (ENOTDIR, "no such file"), (EISDIR, "is a directory"),
        (EACCES, "permission denied"), (EPERM, "permission denied"), (EIO, "cannot open: input/output error"),
    ])
    func namesOpenFailures(_ code: Int32, _ message: String) {
        #expect(FileContents.openFailure(errno: code, path: "p") == DataFileError(.cannotOpen, path: "p", message: message))
    }
}

