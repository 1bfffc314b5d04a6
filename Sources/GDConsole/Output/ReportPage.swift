/// `save report`'s page: one self-contained HTML file (inline CSS and SVG, nothing
/// fetched), so it opens offline and can be mailed or attached as it is. The page's
/// `lang` is the session's language, so a browser picks a Korean font and hyphenation.
enum ReportPage {
    /// One titled part of the page: preformatted text or an inline SVG.
    enum Part {
        case text(title: String, body: String)
        case svg(title: String, svg: String)
    }

    static let style = """
    body{font-family:"DejaVu Sans",Verdana,NanumGothic,"Noto Sans CJK KR","Malgun Gothic",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;background:#fff}
    h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
    pre{background:#f6f6f6;padding:.75rem;overflow-x:auto;font-family:"DejaVu Sans Mono",NanumGothicCoding,monospace;font-size:.8rem;line-height:1.35}
    figure{margin:0}svg{max-width:100%;height:auto}footer{margin-top:2rem;color:#777;font-size:.8rem}
    """

    static func render(title: String, parts: [Part], language: Language = .en) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <h1>\(escape(title))</h1>

        """
        for (index, part) in parts.enumerated() {
            switch part {
            case .text(let heading, let body):
                html += "<h2>\(escape(heading))</h2>\n<pre>\(escape(body))</pre>\n"
            case .svg(let heading, let svg):
                html += "<h2>\(escape(heading))</h2>\n<figure>\n\(inline(svg, suffix: "-\(index)"))</figure>\n"
            }
        }
        html += "<footer>\(escape(Message.page(.footer(version: GDVersion.current)).text(language)))</footer>\n</body>\n</html>\n"
        return html
    }

    /// An SVG document as an element of the page: without its XML declaration, and with
    /// its ids made unique on the page (each plot clips to its own `#area`; two elements
    /// with one id would clip every plot to the first one's).
    static func inline(_ svg: String, suffix: String) -> String {
        var body = svg
        if body.hasPrefix("<?xml"), let end = body.firstIndex(of: "\n") { body = String(body[body.index(after: end)...]) }
        return body.replacing(/id="([^"]+)"/) { "id=\"\($0.1)\(suffix)\"" }
            .replacing(/url\(#([^)]+)\)/) { "url(#\($0.1)\(suffix))" }
    }

    /// HTML text needs the same four entities as SVG's; one escaper serves both.
    static func escape(_ text: String) -> String { SVGPlot.escape(text) }
}
