import Testing
@testable import GDConsole

/// `TableFit`: one double is one text in a rounded table, different doubles stay
/// different, and the room there is, is used.
@Suite struct TableFitTests {
    func texts(_ fit: TableFit) -> [[String]] {
        let styles = fit.styles()
        return fit.rows.compactMap { $0 }.map { row in
            row.enumerated().map { i, cell in
                switch cell {
                case .text(let t): return t
                case .number(let v): return (styles[i] ?? .full).cell(v)
                }
            }
        }
    }

    @Test func valuesThatDifferOnlyLateStayDifferent() {
        // 0.535008 and 0.535008001 agree to 8 digits; at the floor of 4 both would be 0.535.
        let rows: [[Interpreter.TableCell]?] = [[.number(0.535008), .number(0.535008001)],
                                                [.number(0.1234567890123), .number(0.9876543210987)]]
        let fit = TableFit(rows: rows, headerWidths: [1, 1], sharedDigits: [0, 0], last: [], limit: 10, floor: 4)
        let shown = texts(fit)
        #expect(shown[0][0] != shown[0][1])
        #expect(shown[0] == ["0.535008", "0.535008001"])
    }

    @Test func oneDoubleIsOneTextAcrossColumns() {
        // Columns 0 and 1 hold the same double; column 1 alone has a long neighbour.
        let shared = 0.7591532800000001
        let rows: [[Interpreter.TableCell]?] = [[.number(shared), .number(0.12345678901234568)],
                                                [.number(0.5), .number(shared)]]
        let fit = TableFit(rows: rows, headerWidths: [1, 1], sharedDigits: [0, 1], last: [], limit: 20, floor: 4)
        let shown = texts(fit)
        #expect(shown[0][0] == shown[1][1])
        #expect(shown[0][0] != "0.7591532800000001")
    }

    @Test func spareColumnsAreHandedBack() {
        // Two columns of 17-digit numbers in 30 columns: each keeps as many digits as fit.
        let rows: [[Interpreter.TableCell]?] = [[.number(0.12345678901234568), .number(0.9876543210987654)]]
        let fit = TableFit(rows: rows, headerWidths: [1, 1], sharedDigits: [0, 1], last: [], limit: 30, floor: 4)
        let shown = texts(fit)
        let width = shown[0].map(\.count).reduce(0, +) + 2
        #expect(width <= 30)
        #expect(width >= 29)  // one more digit anywhere would not fit
    }
}
