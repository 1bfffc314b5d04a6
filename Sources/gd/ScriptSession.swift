import GDConsole
#if canImport(Glibc)
import Glibc
#endif

/// Decides what a run of `gd` reads (files, `-c`, a pipe, the prompt) and its exit status.
struct ScriptSession {
    let interpreter: Interpreter
    let keepGoing: Bool

    /// - Returns: the exit status: 0, or that of the first failure (with `--keep-going`
    ///   too: the first thing that went wrong is the one to look at).
    func run(commands: [String], files: [String], interactive: Bool) -> Int32 {
        interpreter.stopsOnInterrupt = true
        var firstFailure: Int32 = 0
        var quitAsked = false
        /// - Returns: whether to go on to the next script.
        func runText(_ text: String, name: String, directory: String?, path: String? = nil) -> Bool {
            let result = interpreter.runScript(text, name: name, directory: directory, keepGoing: keepGoing, path: path)
            if let error = result.errors.first, firstFailure == 0 {
                firstFailure = error.exitStatus
            }
            if result.quit {
                quitAsked = true
                return false
            }
            return result.errors.isEmpty || keepGoing
        }
        /// - Returns: false when a failure (without `--keep-going`) or `quit` stopped them.
        @discardableResult
        func scripts() -> Bool {
            for text in commands {
                guard runText(text, name: "-c", directory: nil) else { return false }
            }
            for file in files {
                let name = file == "-" ? "<stdin>" : file
                var status = ExitStatus.cannotOpen
                guard let text = read(file == "-" ? "/dev/stdin" : file, shownAs: name, status: &status) else {
                    if firstFailure == 0 { firstFailure = status }
                    if keepGoing { continue }
                    return false
                }
                let directory = file == "-" ? nil : directoryOf(file)
                guard runText(text, name: name, directory: directory, path: file == "-" ? nil : file) else { return false }
            }
            return true
        }
        scripts()
        let ranSomething = !commands.isEmpty || !files.isEmpty
        // `-i` opens the prompt even after a failure, as `python3 -i` does, so the
        // session can be looked into; only an explicit `quit` in the script prevents it.
        if (interactive && !quitAsked) || !ranSomething {
            if isatty(0) == 1 {
                interpreter.stopsOnInterrupt = false
                // Line editing only when stdout is a terminal too; otherwise (`gd | tee log`)
                // plain lines, with the prompt on stderr as Python does.
                let status = Prompt(interpreter: interpreter, edits: isatty(1) == 1).run()
                return firstFailure != 0 ? firstFailure : status
            }
            if let text = read("/dev/stdin", shownAs: "<stdin>") {
                _ = runText(text, name: "<stdin>", directory: nil)
            } else if firstFailure == 0 {
                firstFailure = ExitStatus.cannotOpen  // as for a named script that cannot be read
            }
        }
        return firstFailure
    }

    /// - Parameter status: set to the failure's exit status (66, or 130 for Ctrl-C).
    func read(_ path: String, shownAs name: String, status: inout Int32) -> String? {
        do {
            return try interpreter.readScriptFile(path, shownAs: name)
        } catch {
            interpreter.sink.write("gd: \(error.message(in: interpreter.state.language))\n", to: .standardError)
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
