import GDCore

/// `save report FILE.html`: the session on one page.
///
/// The page's text is what the commands print (`show`, `show settings`, `show history`,
/// `explain 1`), run by a second interpreter on a copy of the state that writes into a
/// buffer, so the page and the prompt can never disagree; the plots are the same
/// descriptions `plot` draws, written as SVG.
extension Interpreter {
    func reportPage(at location: SourceLocation) throws(GDError) -> String {
        try requireData(at: location)
        let buffer = BufferSink()
        let scratch = Interpreter(sink: buffer, environment: environment, state: state)
        // A new interpreter starts in the environment's language; the page speaks the session's.
        scratch.state.language = state.language
        func capture(_ line: String) -> String {
            buffer.clear()
            guard let statement = try? Lexer.statements(line, location: (nil, 1)).first,
                  let (command, commandSite) = try? Parser.parseWithSite(statement, file: nil, line: 1) else { return "" }
            do {
                _ = try scratch.execute(command, at: commandSite, directory: nil)
            } catch {
                return error.message(in: state.language)
            }
            return buffer.text
        }
        let t = state.trainer
        let say = { (text: PageText) in Message.page(text).text(self.state.language) }
        let model = Message.line(.setting(name: "model", value: t.model.rawValue)).text(state.language)
        var parts: [ReportPage.Part] = [
            .text(title: say(.dataAndWeights), body: capture("show")),
            .text(title: say(.settings), body: model + "\n" + capture("show settings")),
        ]
        for kind in PlotRequest.Kind.allCases {
            // The sweep plot belongs on the page only once a sweep has been run.
            if kind == .sweep, (try? plotDescription(PlotRequest(kind: kind), at: location)) == nil { continue }
            let description = try plotDescription(PlotRequest(kind: kind), at: location)
            parts.append(.svg(title: say(.plot(kind.rawValue)), svg: SVGPlot.render(description)))
        }
        parts.append(.text(title: say(.history),
                           body: t.steps == 0 ? Message.noUpdates.text(state.language) + "\n" : capture("show history")))
        if t.steps > 0 {
            parts.append(.text(title: say(.firstUpdate), body: capture("explain 1")))
        }
        return ReportPage.render(title: say(.title(model: t.model.rawValue, steps: t.steps, data: state.dataLabel)),
                                 parts: parts, language: state.language)
    }
}
