/// Every way a line, a file or a run can fail, as a value tests can match.
public enum ErrorKind: Sendable, Equatable {
    case unterminatedQuote
    case unknownCommand
    case unknownChoice
    case missingArgument
    case extraArgument
    case badNumber
    case notFinite
    case outOfRange
    case repeatedIndex
    case badOption
    case noData
    case cannotOpen
    case badFile
    case sourceCycle
    case sourceDepth
    case diverged
    case cannotWrite
    case refusedOverwrite
    case badTranscript
    case interrupted
}

/// A failure with what went wrong, where, and what would have been valid.
public struct GDError: Error, Sendable, Equatable {
    public var kind: ErrorKind
    /// What went wrong, as a value: rendered in the session's language by `Message.text`.
    public var what: Message
    public var location: SourceLocation?
    /// The `source` lines that led here, innermost first (`main.gd:3`).
    public var includeChain: [String] = []
    /// The text of the line the location points into, for the caret.
    public var sourceLine: String?

    public init(_ kind: ErrorKind, _ what: Message, at location: SourceLocation? = nil) {
        self.kind = kind
        self.what = what
        self.location = location
    }

    /// The message in English: lowercase, no trailing period; names the culprit and what
    /// is valid.
    public var message: String { what.english }

    /// The message in `language`.
    public func message(in language: Language) -> String { what.text(language) }

    /// The process exit status a script ends with when this error stops it (sysexits).
    public var exitStatus: Int32 {
        switch kind {
        case .cannotOpen: return 66
        case .diverged: return ExitStatus.diverged
        case .cannotWrite: return 73
        case .interrupted: return ExitStatus.interrupted
        default: return 65
        }
    }
}

/// Exit statuses of `gd`, from sysexits where one fits.
public enum ExitStatus {
    public static let ok: Int32 = 0
    /// Some test or check failed (`gd test`).
    public static let failure: Int32 = 1
    /// A run diverged: an update produced a non-finite weight or loss.
    public static let diverged: Int32 = 3
    public static let usage: Int32 = 64
    public static let dataError: Int32 = 65
    public static let cannotOpen: Int32 = 66
    public static let internalError: Int32 = 70
    public static let cannotCreate: Int32 = 73
    /// Stopped by Ctrl-C (128 + SIGINT, as shells report it).
    public static let interrupted: Int32 = 130
}
