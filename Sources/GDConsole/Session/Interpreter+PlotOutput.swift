/// Where a plot goes: the terminal (sized and styled for it) or an SVG file.
extension Interpreter {
    func plot(_ request: PlotRequest, at site: CommandSite, directory: String?) throws(GDError) {
        let description = try plotDescription(request, at: site.location)
        guard let file = request.file else {
            out(TextPlot.render(description, size: plotSize(at: site), backend: plotBackend), terminated: false)
            return
        }
        try writeFile(SVGPlot.render(description), to: file, force: request.force, at: site["FILE"], directory: directory)
        out(.wrotePlot(request.kind.rawValue, path: file))
    }

    /// The terminal's size at the prompt when nothing is being recorded; otherwise (a
    /// script, a transcript, a pipe) the fixed 72×20, so output does not depend on the window.
    func plotSize(at site: CommandSite) -> PlotSize {
        guard site.location.file == nil, recorder == nil, let terminal = environment.terminalSize() else { return .fixed }
        return .fitting(columns: terminal.columns, rows: terminal.rows)
    }

    var plotBackend: Canvas.Backend {
        switch state.plotStyle {
        case .auto: return environment.unicodeOutput ? .braille : .ascii
        case .braille: return .braille
        case .ascii: return .ascii
        }
    }
}
