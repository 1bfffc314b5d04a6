import Testing
@testable import GDConsole

/// The table is the language: its examples parse, its names are unique, and every kind of
/// command can be reached from it.
@Suite struct CommandTableTests {
    static var examples: [(String, String)] {
        CommandTable.all.flatMap { spec in spec.examples.map { (spec.name, $0) } }
    }

    @Test(arguments: examples.map { $0.1 })
    func everyExampleParses(example: String) throws {
        let statements = try Lexer.statements(example, location: (nil, 1))
        #expect(statements.count == 1)
        _ = try Parser.parse(statements[0], file: nil, line: 1)
    }

    @Test func namesAndAliasesAreUnique() {
        let names = CommandTable.allNames
        #expect(Set(names).count == names.count)
    }

    @Test func everyCommandIsDocumented() {
        for spec in CommandTable.all {
            #expect(!spec.summary.isEmpty && !spec.discussion.isEmpty && !spec.examples.isEmpty, "\(spec.name)")
            #expect(spec.summary.first?.isLowercase ?? false, "\(spec.name): summaries are lowercase")
        }
    }

    /// A short name for each `Command` case; the switch is exhaustive, so a new case
    /// fails to compile here until it is given an example.
    static func kind(_ command: Command) -> String {
        switch command {
        case .load: return "load"
        case .data: return "data"
        case .generate: return "gen"
        case .set: return "set"
        case .step: return "step"
        case .epoch: return "epoch"
        case .train: return "train"
        case .show: return "show"
        case .plot: return "plot"
        case .explain: return "explain"
        case .compare: return "compare"
        case .sweep: return "sweep"
        case .best: return "show best"
        case .lossAt: return "show loss at"
        case .reset: return "reset"
        case .model: return "model"
        case .undo: return "undo"
        case .goto: return "goto"
        case .save: return "save"
        case .source: return "source"
        case .help: return "help"
        case .echo: return "echo"
        case .time: return "time"
        case .record: return "record"
        case .quit: return "quit"
        case .initialise: return "init"
        case .showSchedule: return "show schedule"
        }
    }

    @Test func everyCommandCaseIsReachableFromTheTable() throws {
        var kinds = Set<String>()
        for (_, example) in Self.examples {
            let statement = try Lexer.statements(example, location: (nil, 1))[0]
            kinds.insert(Self.kind(try Parser.parse(statement, file: nil, line: 1)))
        }
        #expect(kinds.count == 27)
    }

    @Test func everySettingAndTopicIsReachable() throws {
        var settings = Set<String>(), topics = Set<String>()
        for (_, example) in Self.examples {
            let statement = try Lexer.statements(example, location: (nil, 1))[0]
            switch try Parser.parse(statement, file: nil, line: 1) {
            case .set(.hyperParameter(let h, _)): settings.insert(h.rawValue)
            case .set(let s): settings.insert("\(s)".split(separator: "(").first.map(String.init) ?? "")
            case .show(let t): topics.insert(t.rawValue)
            default: break
            }
        }
        #expect(settings.count == SettingTable.all.count)
        #expect(topics.count == ShowTopic.allCases.count)
    }

    @Test func usageLinesComeFromTheParameters() {
        #expect(CommandTable.spec(named: "step")?.usageLines == ["step batch", "step sgd [[i=]I]", "step minibatch [I ...]"])
        #expect(CommandTable.spec(named: "train")?.usageLines == ["train batch [epochs=]EPOCHS", "train sgd [epochs=]EPOCHS", "train minibatch [[b=]B] [epochs=]EPOCHS"])
        #expect(CommandTable.spec(named: "load")?.usageLines == ["load [FILE] [x=COL] [y=COL]"])
        #expect(CommandTable.spec(named: "plot")?.usageLines == ["plot fit [to FILE [force]]", "plot loss [log] [to FILE [force]]",
                                                                 "plot path [to FILE [force]]", "plot sweep [to FILE [force]]"])
    }

    @Test func aliasesParseToTheSameCommand() throws {
        func parse(_ s: String) throws -> Command {
            try Parser.parse(try Lexer.statements(s, location: (nil, 1))[0], file: nil, line: 1)
        }
        guard case .step(.sgd, .listed([2], _)) = try parse("step stochastic 2") else {
            Issue.record("'stochastic' is not 'sgd'")
            return
        }
        #expect(try parse("train mini-batch 2 3") == parse("train minibatch 2 3"))
        #expect(try parse("EXIT") == .quit)
        #expect(try parse("set alpha 0.1") == parse("set lr 0.1"))
    }

    /// `help` is read in an 80-column terminal: no line of the overview may wrap.
    @Test func helpOverviewFitsEightyColumns() {
        let wide = Help.text(for: nil).split(separator: "\n").filter { DisplayWidth.columns(String($0)) > 80 }
        #expect(wide.isEmpty, "lines wider than 80 columns: \(wide)")
    }
}
