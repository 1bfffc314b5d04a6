import Foundation
import Testing
@testable import GDConsole

/// `save report FILE.html`: one page that needs nothing from the network, with the three
/// plots inline, the history and the first update written out.
@Suite struct ReportPageTests {
    @Test func theReportIsSelfContained() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gd-report-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("r.html").path
        let sink = ProgressLineTests.TerminalSink(terminal: false)
        let interpreter = Interpreter(sink: sink)
        for line in ["step sgd 2", "step sgd 4", "save report \(path)"] {
            for statement in try Lexer.statements(line, location: (nil, 1)) {
                let (command, site) = try Parser.parseWithSite(statement, file: nil, line: 1)
                _ = try interpreter.execute(command, at: site, directory: nil)
            }
        }
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(!page.contains("<?xml"))
        // Nothing fetched: no scripts, links, images or URLs besides the SVG namespace.
        for banned in ["<script", "<link", "<img", "src=", "@import", "url(http"] { #expect(!page.contains(banned), "\(banned)") }
        let urls = page.components(separatedBy: "http").count - 1
        let namespaces = page.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1
        #expect(urls == namespaces)
        #expect(page.contains("lecture: the SGD slide, first update (x=2) shows 0.272"))
        #expect(page.contains("0.52896"))
        // Ids are unique on the page, and every url(#id) names one of them.
        let ids = page.matches(of: /id="([^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count && ids.count >= 3)
        for reference in page.matches(of: /url\(#([^)]+)\)/) { #expect(ids.contains(String(reference.1))) }
        #expect(sink.output.contains("wrote the report to"))
    }

    @Test func aReportIsAnHTMLFile() throws {
        let statement = try Lexer.statements("save report r.svg", location: (nil, 1))[0]
        #expect(throws: GDError.self) { try Parser.parse(statement, file: nil, line: 1) }
    }
}
