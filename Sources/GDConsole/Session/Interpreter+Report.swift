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
        func capture(_ line: String) -> String {
            buffer.clear()
            guard let statement = try? Lexer.statements(line, location: (nil, 1)).first,
                  let (command, commandSite) = try? Parser.parseWithSite(statement, file: nil, line: 1) else { return "" }
            do {
                _ = try scratch.execute(command, at: commandSite, directory: nil)
            } catch {
                return error.message
            }
            return buffer.text
        }
        let t = state.trainer
        var parts: [ReportPage.Part] = [
            .text(title: "Data and weights", body: capture("show")),
            .text(title: "Settings", body: "model = \(t.model.rawValue)\n" + capture("show settings")),
        ]
        for kind in PlotRequest.Kind.allCases {
            // The sweep plot belongs on the page only once a sweep has been run.
            if kind == .sweep, (try? plotDescription(PlotRequest(kind: kind), at: location)) == nil { continue }
            let description = try plotDescription(PlotRequest(kind: kind), at: location)
            parts.append(.svg(title: "plot \(kind.rawValue)", svg: SVGPlot.render(description)))
        }
        parts.append(.text(title: "History (first and last rows)", body: t.steps == 0 ? "no updates yet\n" : capture("show history")))
        if t.steps > 0 {
            parts.append(.text(title: "The first update, written out", body: capture("explain 1")))
        }
        return ReportPage.render(title: "gd report: \(t.model.rawValue) model, \(plural(t.steps, "step")) on \(state.dataLabel)",
                                     parts: parts)
    }
}
