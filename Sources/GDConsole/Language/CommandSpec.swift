/// One command of the language, declared once: how it is written, what it means, how
/// its arguments become a `Command`. Parsing, `help`, the README's reference and Tab
/// completion all read these.
public struct CommandSpec: Sendable {
    public var name: String
    public var aliases: [String]
    public var parameters: [Parameter]
    /// One line, lowercase, for the `help` list.
    public var summary: String
    /// A paragraph or two for `help NAME`.
    public var discussion: String
    /// Lines that parse (a test checks every one).
    public var examples: [String]
    public var build: @Sendable (Arguments) throws(GDError) -> Command

    public init(
        _ name: String, aliases: [String] = [], _ parameters: [Parameter], summary: String,
        discussion: String, examples: [String],
        build: @escaping @Sendable (Arguments) throws(GDError) -> Command
    ) {
        self.name = name
        self.aliases = aliases
        self.parameters = parameters
        self.summary = summary
        self.discussion = discussion
        self.examples = examples
        self.build = build
    }

    /// The usage lines: one per choice when the first parameter is a choice whose options
    /// take different arguments, else one.
    public var usageLines: [String] {
        if case .choice(_, let choices)? = parameters.first, choices.contains(where: { !$0.parameters.isEmpty }) {
            let tail = parameters.dropFirst().map(\.usage)
            return choices.map { choice in
                ([name, choice.name] + choice.parameters.map(\.usage) + tail).joined(separator: " ")
            }
        }
        return [([name] + parameters.map(\.usage)).joined(separator: " ")]
    }
}
