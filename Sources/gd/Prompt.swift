import GDConsole
#if canImport(Glibc)
import Glibc
#endif

/// The interactive loop: libedit in, the interpreter, errors with a caret under the input.
struct Prompt {
    let interpreter: Interpreter
    /// libedit (stdin and stdout both terminals) or plain lines with the prompt on stderr.
    var edits = true
    static let text = "gd> "

    func run() -> Int32 {
        let editor = LineEditor(
            programName: "gd", historyPath: Prompt.historyPath(), editing: edits,
            completer: { Completion.candidates(for: $0) })
        interpreter.sink.write("gd \(GDVersion.current) — gradient descent console; 'help' lists the commands, Ctrl-D leaves\n", to: .standardError)
        var lineNumber = 0
        loop: while true {
            _ = InterruptFlag.take()
            switch editor.readLine(prompt: Prompt.text) {
            case .endOfInput:
                break loop
            case .interrupted:
                continue
            case .line(let line):
                lineNumber += 1
                editor.addHistory(line)
                if interpreter.interact(line: line, lineNumber: lineNumber) == .quit { break loop }
            }
        }
        if let warning = editor.saveHistory() {
            interpreter.sink.write(warning + "\n", to: .standardError)
        }
        return ExitStatus.ok
    }

    /// `GD_HISTORY`, else `~/.gd_history`; nil when there is no home to keep it in.
    static func historyPath() -> String? {
        if let custom = getenv("GD_HISTORY") { return String(cString: custom) }
        guard let home = getenv("HOME") else { return nil }
        return String(cString: home) + "/.gd_history"
    }
}
