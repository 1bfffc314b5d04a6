/// What a plot shows, independent of how it is drawn: series of points, lines, curves
/// and marked paths over two axes, with a title, labels, a legend and notes.
///
/// The terminal (`TextPlot`, Braille or ASCII cells) and SVG (`SVGPlot`) writers both
/// draw this one value, as UnicodePlots.jl draws one plot on any canvas; nothing here
/// knows about the session, so the adapter that reads it stays one small file. Every
/// word on it is a `Message`, rendered by the writers in `language`: a label without a
/// Korean form does not compile, and notation is `PlotLabel.math`.
public struct PlotDescription {
    public var title: Message
    public var x: Axis
    public var y: Axis
    public var series: [Series]
    /// Extra lines under the legend (what was thinned or binned, what was left out).
    public var notes: [Message]
    /// The language every label, legend and note is written in.
    public var language: Language

    public init(title: Message, x: Axis, y: Axis, series: [Series], notes: [Message] = [], language: Language = .en) {
        self.language = language
        self.title = title
        self.x = x
        self.y = y
        self.series = series
        self.notes = notes
    }
}

/// One axis: its label, an optional fixed range, and whether it is logarithmic.
public struct Axis {
    public var label: Message
    /// nil: from the finite data, widened to tick values.
    public var range: ClosedRange<Double>?
    public var log: Bool
    /// Counts (updates, epochs): ticks only at whole numbers.
    public var integer: Bool

    public init(_ label: Message, range: ClosedRange<Double>? = nil, log: Bool = false, integer: Bool = false) {
        self.label = label
        self.range = range
        self.log = log
        self.integer = integer
    }
}

/// One thing drawn, with its legend entry.
public struct Series {
    public enum Kind {
        /// Separate points (markers when few, density pixels when many).
        case points
        /// Consecutive points joined; a non-finite point breaks the line.
        case line
        /// Points marked and joined in order (a walk, such as the visited weights).
        case path
        /// y = f(x) across the whole x range, sampled at the drawing's resolution.
        case curve((Double) -> Double)
    }

    public enum Stroke: Sendable, Equatable {
        case solid
        case dotted
    }

    public var name: Message
    public var kind: Kind
    public var xs: [Double]
    public var ys: [Double]
    public var stroke: Stroke
    /// The character a terminal plot marks a series with, so series can be told apart
    /// without colour: each point of a `.points` series (nil: "o"), or a letter marked
    /// along a line in a dozen places (nil: none).
    public var marker: Character? = nil

    public init(_ name: Message, _ kind: Kind, xs: [Double] = [], ys: [Double] = [], stroke: Stroke = .solid) {
        self.name = name
        self.kind = kind
        self.xs = xs
        self.ys = ys
        self.stroke = stroke
    }

    /// Pairs drawn: the shorter of the two columns.
    var count: Int { min(xs.count, ys.count) }

    /// Whether each point is drawn as a marker (points, and the visits along a path).
    var hasMarkers: Bool {
        switch kind {
        case .points, .path: return true
        case .line, .curve: return false
        }
    }

    var isCurve: Bool {
        if case .curve = kind { return true }
        return false
    }
}

/// The size of a terminal plot in characters, all of it (labels, borders, legend).
public struct PlotSize: Sendable, Equatable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// Scripts and transcripts: fixed, so their output is the same on every terminal.
    public static let fixed = PlotSize(columns: 72, rows: 20)
    /// Smaller than this there is no room for a plot.
    public static let minimum = PlotSize(columns: 40, rows: 12)
    /// A terminal's size, less a line for the prompt, kept between the minimum and a
    /// size that is still readable.
    public static func fitting(columns: Int, rows: Int) -> PlotSize {
        PlotSize(columns: min(max(columns, minimum.columns), 200), rows: min(max(rows - 2, minimum.rows), 60))
    }
}

extension Message {
    /// Notation on a plot (`x`, `w`, `L(w)`, a formula): the same in every language.
    public static func math(_ text: String) -> Message { .plot(.math(text)) }
}
