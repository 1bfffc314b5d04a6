/// Lays rows of cells out in left-aligned columns two spaces apart, without trailing space.
///
/// Widths are display columns (`DisplayWidth`), so a column of Hangul or accented names
/// lines up on a terminal.
enum TableLayout {
    /// A cell with no value (a distance to a best that was not found): a mark, not a word.
    static let noValue = "-"

    static func render(header: [String], rows: [[String]]) -> String {
        var widths = header.map(DisplayWidth.columns)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], DisplayWidth.columns(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (i, cell) in cells.enumerated() {
                if i == cells.count - 1 {
                    out += cell
                } else {
                    out += cell + String(repeating: " ", count: max(0, widths[i] - DisplayWidth.columns(cell)) + 2)
                }
            }
            while out.last == " " { out.removeLast() }
            return out + "\n"
        }
        return line(header) + rows.map(line).joined()
    }
}
