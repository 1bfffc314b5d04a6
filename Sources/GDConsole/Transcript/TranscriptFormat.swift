/// The `.gdt` transcript format: a session as it looked at the prompt.
///
/// ```
/// # Comment lines start with '#'.
/// #! tolerance digits=6      (a directive: from here on, numbers match to 6 digits)
/// gd> step sgd 2             (an input line, after the prompt)
/// step 1: sgd {2}: w 0.2 → 0.272, loss 4.678653333333333
/// gd> step sgd 9
///              ^
/// error: point 9 is out of range; the data has 6 points (0 to 5)
/// [exit 65]                  (the exit status, last, when not 0)
/// ```
/// Everything else is output, stdout and stderr in the order printed. An output line that
/// would read as one of the forms above (it starts with `#`, `gd>`, `[exit` or `\`) is
/// written with a `\` in front. An output line may end in ` (~N)` (N significant digits)
/// or ` (~rel=R)` to match its numbers loosely; exact is the default.
public enum TranscriptFormat {
    public static let prompt = "gd> "

    /// How an output line is written into a transcript.
    public static func escape(_ line: String) -> String {
        if line.hasPrefix("#") || line.hasPrefix("gd>") || line.hasPrefix("[exit") || line.hasPrefix("\\") {
            return "\\" + line
        }
        return line
    }

    /// Output text (whole lines) as transcript lines.
    public static func escapeLines(_ text: String) -> [String] {
        outputLines(text).map(escape)
    }

    /// Splits printed output into lines; a missing final newline still ends a line.
    public static func outputLines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// How loosely an expected line's numbers may match.
public enum Tolerance: Sendable, Equatable {
    case exact
    /// Equal when rounded to this many significant digits.
    case digits(Int)
    /// |a − b| ≤ r·max(|a|, |b|).
    case relative(Double)
}
