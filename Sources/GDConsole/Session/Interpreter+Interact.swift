extension Interpreter {
    /// Width of the prompt `gd> `, for carets under typed input.
    public static let promptWidth = 4

    /// One line as typed at the prompt: recorded, run, and an error rendered with a caret
    /// under the input. The prompt and transcript replay both come through here, which
    /// is what makes a recorded session replay byte for byte.
    public func interact(line: String, lineNumber: Int, directory: String? = nil) -> LineOutcome {
        var failure: GDError?
        let quit = runCommands(of: line, file: nil, lineNumber: lineNumber, directory: directory,
                               keepGoing: false, records: true) { error in failure = failure ?? error }
        if let error = failure {
            // The terminal echoed "^C" where the cursor was: end that line first, as an
            // interrupted 'train' does, so the message starts a line of its own.
            if error.kind == .interrupted, sink.isTerminal(.standardError) { sink.writeTransient("\n") }
            let text = DiagnosticRenderer.render(error, sourceLine: error.sourceLine, style: .prompt(width: Interpreter.promptWidth), language: state.language)
            sink.write(text, to: .standardError)
            recorder?.output(text)
            recorder?.failed(error)
            lastFailureStatus = error.exitStatus
            return .failed(error)
        }
        return quit ? .quit : .ok
    }
}
