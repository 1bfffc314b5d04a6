import GDConsole
#if canImport(Glibc)
import Glibc
#endif

/// Decides what a run of `gd` reads (files, `-c`, a pipe, the prompt) and its exit status.
struct ScriptSession {
    let interpreter: Interpreter
    let keepGoing: Bool

    /// - Returns: the exit status: 0, or that of the first failure.
    func run(commands: String?, files: [String], interactive: Bool) -> Int32 {
        interpreter.stopsOnInterrupt = true
        var firstFailure: Int32 = 0
        func runText(_ text: String, name: String, directory: String?, path: String? = nil) -> Bool {
            let result = interpreter.runScript(text, name: name, directory: directory, keepGoing: keepGoing, path: path)
            if let error = result.errors.first, firstFailure == 0 {
                firstFailure = error.exitStatus
            }
            if result.quit { return false }
            return result.errors.isEmpty || keepGoing
        }
        if let commands {
            guard runText(commands, name: "-c", directory: nil) else { return firstFailure }
        }
        for file in files {
            let name = file == "-" ? "<stdin>" : file
            var status = ExitStatus.cannotOpen
            guard let text = read(file == "-" ? "/dev/stdin" : file, shownAs: name, status: &status) else {
                if firstFailure == 0 { firstFailure = status }
                if keepGoing { continue }
                return firstFailure
            }
            let directory = file == "-" ? nil : directoryOf(file)
            guard runText(text, name: name, directory: directory, path: file == "-" ? nil : file) else { return firstFailure }
        }
        let ranSomething = commands != nil || !files.isEmpty
        let terminal = isatty(0) == 1 && isatty(1) == 1
        if interactive || !ranSomething {
            if terminal {
                interpreter.stopsOnInterrupt = false
                let status = Prompt(interpreter: interpreter).run()
                return firstFailure != 0 ? firstFailure : status
            }
            if !ranSomething || interactive {
                if let text = read("/dev/stdin", shownAs: "<stdin>") {
                    _ = runText(text, name: "<stdin>", directory: nil)
                }
            }
        }
        return firstFailure
    }

    /// - Parameter status: set to the failure's exit status (66, or 130 for Ctrl-C).
    func read(_ path: String, shownAs name: String, status: inout Int32) -> String? {
        do {
            return try interpreter.readScriptFile(path, shownAs: name)
        } catch {
            interpreter.sink.write("gd: \(error.message)\n", to: .standardError)
            status = error.exitStatus
            return nil
        }
    }

    func read(_ path: String, shownAs name: String) -> String? {
        var status: Int32 = 0
        return read(path, shownAs: name, status: &status)
    }

    func directoryOf(_ path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
