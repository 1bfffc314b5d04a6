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
        let language = interpreter.state.language
        interpreter.sink.write(Message.banner(version: GDVersion.current).text(language) + "\n", to: .standardError)
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
            interpreter.sink.write("gd: " + warning.text(interpreter.state.language) + "\n", to: .standardError)
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
