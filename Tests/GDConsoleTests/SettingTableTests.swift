import Testing
@testable import GDConsole
@testable import GDCore

/// The settings table is the one place settings are declared: its defaults are a fresh
/// session's values, and `set` offers exactly its names.
@Suite struct SettingTableTests {
    @Test func declaredDefaultsAreAFreshSessionsValues() {
        var state = SessionState()
        state.trainer.setModel(.affine)  // so that b is shown too
        for spec in SettingTable.all {
            let shown = spec.current(state)
            #expect(shown?.split(separator: " ").first.map(String.init) == spec.defaultValue, "\(spec.name)")
        }
    }

    @Test func setOffersExactlyTheTablesNames() {
        guard case .choice(_, let choices)? = CommandTable.spec(named: "set")?.parameters.first else {
            Issue.record("set takes a choice")
            return
        }
        #expect(choices.map(\.name) == SettingTable.all.map(\.name))
        #expect(choices.map(\.aliases) == SettingTable.all.map(\.aliases))
    }

    @Test func everySettingParsesThroughItsSpec() throws {
        let lines = ["set lr 0.5", "set w 1", "set b 2", "set batch 3", "set shuffle off", "set rng numpy",
                     "set seed 4", "set on-diverge rollback", "set history-limit 10", "set timer on",
                     "set digits 6", "set plot ascii", "set lang ko", "set threads 2", "set optimizer adam", "set momentum 0.5", "set beta1 0.8",
                     "set beta2 0.99", "set rho 0.9", "set eps 1e-6", "set schedule step 2 0.5"]
        #expect(lines.count == SettingTable.all.count)
        for (line, spec) in zip(lines, SettingTable.all) {
            let statement = try Lexer.statements(line, location: (nil, 1))[0]
            guard case .set = try Parser.parse(statement, file: nil, line: 1) else {
                Issue.record("\(line) is not a set")
                continue
            }
            #expect(line.split(separator: " ")[1] == Substring(spec.name))
        }
    }
}
