import Foundation
import TestSupport

/// The built `gd` binary and the one way the tests run it: arguments, standard input, a
/// folder and an environment in; standard output, standard error and how it ended out.
enum GDProcess {
    static let repository = Repository.root

    /// The binary `swift build` put beside the test bundle.
    static var binary: String {
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent().path
        for candidate in [bundle + "/gd", repository + "/.build/debug/gd"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return repository + "/.build/debug/gd"
    }

    /// What a run printed and how it ended.
    struct Run {
        var stdout: String
        var stderr: String
        var status: Int32
        /// Ended by a signal (`status` is then the signal's number), never by `exit`.
        var signalled = false
    }

    /// A fresh folder of its own under the system's temporary folder.
    static func temporaryDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "gd-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Runs `executable` to its end and collects what it printed.
    ///
    /// - Parameters:
    ///   - stdin: written to its standard input, which is then closed (closed at once when nil).
    ///   - directory: its working folder (this process's when nil).
    ///   - environment: its whole environment (this process's when nil).
    ///   - whileRunning: called once it has started, before its output is read (to cut a
    ///     file it reads, say).
    static func run(
        _ executable: String, _ arguments: [String], stdin: String? = nil, in directory: String? = nil,
        environment: [String: String]? = nil, whileRunning: () throws -> Void = {}
    ) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        try whileRunning()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self),
                   status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal)
    }

    /// Runs the built `gd`.
    static func gd(
        _ arguments: [String], stdin: String? = nil, in directory: String? = nil,
        environment: [String: String]? = nil, whileRunning: () throws -> Void = {}
    ) throws -> Run {
        try run(binary, arguments, stdin: stdin, in: directory, environment: environment, whileRunning: whileRunning)
    }

    /// This process's environment with the Swift crash backtracer off, so a crash ends the
    /// run at once instead of holding its output open.
    static var environmentWithoutBacktraces: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        return environment
    }

    /// Runs `command` with /bin/sh, `$1` the built `gd`, so a test can lower a ulimit or
    /// pipe gd's output first.
    static func shell(_ command: String) throws -> Run {
        try run("/bin/sh", ["-c", command, "sh", binary], environment: environmentWithoutBacktraces)
    }
}
