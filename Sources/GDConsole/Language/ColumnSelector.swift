/// Which column of a data file a coordinate comes from (`load FILE x=COL y=COL`).
public enum ColumnSelector: Equatable, Sendable {
    /// Columns named x and y when the header has them, else columns 0 and 1.
    case automatic
    /// A 0-based column number.
    case index(Int)
    /// A header name: an exact match, else the first match ignoring case.
    case name(String)
}
