/// The line a long `train` or `compare` keeps redrawing on standard error: epoch k of E,
/// updates/s, the current loss, the time left.
///
/// Only a person watching a terminal sees it: it is drawn through `writeTransient` (never
/// recorded) and only when standard error is a terminal and nothing is being recorded,
/// and not before the run has taken `delay` seconds, so quick commands never flicker. The
/// interpreter feeds it from the trainer's callbacks (`onEpoch`, and the Ctrl-C poll,
/// which runs between updates even inside one long epoch); it never reads the trainer.
final class ProgressLine {
    private let sink: OutputSink
    private let now: () -> Double
    private let enabled: Bool
    private let label: String
    private let language: Language
    private let epochs: Int
    private let started: Double
    private var lastDrawn: Double
    private var finishedEpochs = 0
    private var updates = 0
    private var loss: Double?
    /// Seconds from the start to the end of the last finished epoch: rates and the time
    /// left are measured over whole epochs, so they hold still inside a long one.
    private var measured = 0.0
    private var drawn = false

    /// Seconds before the first drawing, and between redrawings.
    static let delay = 1.0
    static let interval = 0.25

    init(sink: OutputSink, now: @escaping () -> Double, enabled: Bool, label: String, epochs: Int, language: Language = .en) {
        self.language = language
        self.sink = sink
        self.now = now
        self.enabled = enabled
        self.label = label
        self.epochs = epochs
        started = now()
        lastDrawn = started
    }

    /// An epoch finished.
    func epoch(updates: Int, loss: Double) {
        finishedEpochs += 1
        self.updates += updates
        self.loss = loss
        measured = now() - started
        if finishedEpochs < epochs { tick() }
    }

    /// Redraws when due. Called often (between updates), so it costs one clock read.
    func tick() {
        guard enabled else { return }
        let t = now()
        guard t - started >= Self.delay, t - lastDrawn >= Self.interval || !drawn else { return }
        lastDrawn = t
        drawn = true
        sink.writeTransient("\r" + text(elapsed: t - started) + "\u{1B}[K")
    }

    /// Wipes the line (at the end, whatever the outcome).
    func clear() {
        guard drawn else { return }
        sink.writeTransient("\r\u{1B}[K")
        drawn = false
    }

    func text(elapsed: Double) -> String {
        let rate = updates > 0 ? Interpreter.rate(Double(updates) / max(measured, 1e-9)) : nil
        var left: String?
        if finishedEpochs > 0 {
            left = Interpreter.seconds(max(0, measured / Double(finishedEpochs) * Double(epochs - finishedEpochs) - (elapsed - measured)))
        }
        let line = ReportLine.progress(label: label, epoch: min(finishedEpochs + 1, epochs), of: epochs, rate: rate,
                                       loss: loss.map(NumberStyle(digits: 4).text), left: left)
        return Message.line(line).text(language)
    }
}
