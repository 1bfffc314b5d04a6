/// The two streams a command writes to.
public enum OutputChannel: Sendable, Equatable {
    case standardOutput
    case standardError
}

/// Where the interpreter's text goes: the terminal, a pipe, a transcript, a test buffer.
///
/// Everything gd prints passes through one of these, so the console never touches a file
/// descriptor and a recorder sees stdout and stderr in the order they were written.
public protocol OutputSink: AnyObject {
    /// Writes text (usually whole lines ending in "\n").
    func write(_ text: String, to channel: OutputChannel)
    /// True when this channel is an interactive terminal: only then may timings and
    /// progress be shown.
    func isTerminal(_ channel: OutputChannel) -> Bool
    /// Writes to standard error what only a person watching should see (timings): never
    /// recorded, never compared.
    func writeTransient(_ text: String)
    /// Why a write failed since the last call (a full disk), then nil until the next one.
    func takeWriteFailure() -> WriteFailure?
}

extension OutputSink {
    public func takeWriteFailure() -> WriteFailure? { nil }

    public func writeTransient(_ text: String) {
        write(text, to: .standardError)
    }
}

/// Collects output in order, for tests and transcript replay.
public final class BufferSink: OutputSink {
    public private(set) var chunks: [(OutputChannel, String)] = []

    public init() {}

    public func write(_ text: String, to channel: OutputChannel) {
        chunks.append((channel, text))
    }

    public func isTerminal(_ channel: OutputChannel) -> Bool { false }

    /// Timings differ from run to run, so a buffer never keeps them.
    public func writeTransient(_ text: String) {}

    /// Everything, both streams interleaved as written.
    public var text: String { chunks.map(\.1).joined() }

    public func text(of channel: OutputChannel) -> String {
        chunks.filter { $0.0 == channel }.map(\.1).joined()
    }

    public func clear() { chunks.removeAll() }
}
