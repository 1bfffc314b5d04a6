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
            guard let text = read(file == "-" ? "/dev/stdin" : file, shownAs: name) else {
                if firstFailure == 0 { firstFailure = ExitStatus.cannotOpen }
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
                } else if firstFailure == 0 {
                    firstFailure = ExitStatus.cannotOpen  // as for a named script that cannot be read
                }
            }
        }
        return firstFailure
    }

    func read(_ path: String, shownAs name: String) -> String? {
        do {
            return try interpreter.readScriptFile(path, shownAs: name)
        } catch {
            interpreter.sink.write("gd: \(error.message)\n", to: .standardError)
            return nil
        }
    }

    func directoryOf(_ path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
