import GDCore

/// Everything a command can change, as one value.
///
/// A value so that "a failing command changes nothing" is a testable statement: take a
/// copy before, run the command, compare.
public struct SessionState: Sendable, Equatable {
    public var trainer: Trainer
    /// What the data is, for `show`: `lecture`, a file name, `inline`, `generated`.
    public var dataLabel: String
    /// Print the time each command took (on stderr).
    public var timer: Bool
    /// How numbers are shown (`set digits`).
    public var numbers: NumberStyle
    /// How terminal plots are drawn (`set plot`).
    public var plotStyle: PlotStyle = .auto
    /// The language messages, help, tables and plots are in (`set lang`).
    public var language: Language = .en
    /// Threads `sweep` runs on (`set threads`); nil for every core.
    public var threads: Int?

    public init(trainer: Trainer = Trainer(), dataLabel: String = "lecture", timer: Bool = false,
                numbers: NumberStyle = .full) {
        self.trainer = trainer
        self.dataLabel = dataLabel
        self.timer = timer
        self.numbers = numbers
    }
}
