#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the interpreter needs from the world besides output: a way to be told to stop,
/// a clock for `time`, and how much memory a request may need.
public struct Environment: Sendable {
    /// Polled between updates; true stops a long run after the current update (Ctrl-C).
    public var isCancelled: @Sendable () -> Bool
    /// Seconds on a monotonic clock.
    public var now: @Sendable () -> Double
    /// The terminal's size in characters when standard output is one, else nil: plots at
    /// the prompt fit it. The front end asks the terminal; the console never does.
    public var terminalSize: @Sendable () -> PlotSize?
    /// Whether the output shows UTF-8 (the locale's codeset): Braille plots, else ASCII.
    public var unicodeOutput: Bool
    /// The most memory one request (`gen`, `load`, `set history-limit`) may need; tests
    /// give a small one to check the refusals.
    public var memory: MemoryLimit
    /// The language a session starts in (`Language.fromEnvironment`, read by the front
    /// end); a transcript replays in English unless it sets one itself.
    public var language: Language

    public init(
        isCancelled: @escaping @Sendable () -> Bool = { false },
        now: @escaping @Sendable () -> Double = Environment.monotonicSeconds,
        terminalSize: @escaping @Sendable () -> PlotSize? = { nil },
        unicodeOutput: Bool = true,
        memory: MemoryLimit = .ofThisProcess(),
        language: Language = .en
    ) {
        self.language = language
        self.isCancelled = isCancelled
        self.now = now
        self.terminalSize = terminalSize
        self.unicodeOutput = unicodeOutput
        self.memory = memory
    }

    /// This environment as a transcript replays in: English, whatever the session's.
    var replaying: Environment {
        var copy = self
        copy.language = .en
        return copy
    }

    @Sendable public static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }
}
