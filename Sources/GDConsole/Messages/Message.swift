import GDCore

/// Everything gd says, as a value: a kind and its arguments, rendered to text in one
/// place per language (`Message+English.swift`, `Message+Korean.swift`).
///
/// clang declares each diagnostic once and renders it in one place; rustc's Fluent files
/// let diagnostics be translated. Here each language is one exhaustive `switch` over
/// this enum, so a message added without a Korean form does not compile. Numbers arrive
/// already formatted (`NumberStyle`), so they print exactly alike in every language;
/// placeholders (`B`, `LR`) arrive as written and each language names them.
public enum Message: Sendable, Equatable {
    // MARK: Reading a line
    case unterminatedQuote
    case emptyCommand
    /// `near`: the closest command name, for "did you mean".
    case unknownCommand(String, near: String?)
    /// A setting's name typed as a command (`lr`): where to see it and how to change it.
    case unknownCommandSetting(String, see: String, change: String)
    case noHelpTopic(String, near: String?)
    case helpExtra(String)
    case unexpectedWord(String, usage: String)
    case missingChoice(String, options: [String], usage: String)
    case unknownChoice(String, word: String, near: String?, options: [String])
    case unknownOption(String, near: String?, expected: [String])
    case optionTwice(String)
    case unknownName(String, near: String?, expected: [String], usage: String)
    case namedTwice(String)
    case unexpectedComma(usage: String)
    case missingParameter(String, usage: String)
    /// `missing FILE`, `missing N`: a bare placeholder that is missing.
    case missing(String)
    case pointBeforeComma
    case pointNeedsTwo(found: Int)
    case missingPoints

    // MARK: Numbers (the placeholder as written: `B`, `LR`, `w`)
    case notFinite(String, text: String)
    case notANumber(String, text: String)
    case tooLargeToBeFinite(String, text: String)
    case underflows(String, text: String)
    case wholeTooLarge(String, text: String)
    case notAWholeNumber(String, text: String)
    case atLeast(String, bound: Int, value: Int)

    // MARK: Command arguments
    case learningRateNotPositive(String)
    case digitsInvalid(String)
    case missingSetValue
    case pointListedTwice(Int)
    case loadMissingFile
    case loadLectureOptions
    case optionNeedsColumn(String)
    case columnNegative(Int)
    case noiseNegative(String)
    case rangeSyntax
    case rangeOrder
    case rangeTooWide(largest: String)
    case rangeNearLargest(largest: String)
    case yMayOverflow(z: String, largest: String, affine: Bool)
    case plotNotSVG
    case recordBothModes
    case timeMissingCommand
    case timeItself

    // MARK: Models, the best answer, time travel
    case unknownModel(String, near: String?, options: [String])
    case showBestExtra(String)
    case rangeExpected(String)
    case undoExtra(String)
    case undoNotANumber(String)
    case noBias(model: String)
    case nothingToUndo
    case undoTooMany(Int, steps: Int)
    case gotoNoUpdates(Int)
    case gotoBeyond(Int, latest: Int)
    case gotoTooOld(Int, kept: Int, oldest: Int, latest: Int)
    /// `step 3: w = 0.5`: where undo and goto arrived.
    indirect case arrived(step: Int, Message)
    case noBestLine
    case noBestAffine
    case noLocalMinimum(low: String, high: String)
    case bestLine
    case bestAffine
    case localMinima(Int, low: String, high: String)
    /// The mark of the global minimum in `show best`'s table.
    case globalMark
    /// `model = line: ŷ = w·x, …`.
    case currentModel(String, summary: String)

    // MARK: Running
    case noData
    case noDataToPlot
    case batchTooLarge(Int, points: Int)
    case pointOutOfRange(Int, points: Int)
    case seedTooLarge(String, rng: String, maximum: String)
    case seedTooLargeForRng(String, rng: String, maximum: String)
    case diverged(DivergenceReport)
    case interruptedRun(updates: Int, w: String)
    case interruptedLine
    case interruptedBeforeLine
    case generateInterrupted
    case sourceDepth(Int)
    case sourceCycle(String)
    case pairMismatch(String, Int, String, Int)

    // MARK: Files
    /// A data or script file's own failure (`DataFileError`); `detail` is the reader's.
    case file(FileFailure, path: String, detail: DataProblem)
    /// A script that could not be opened or read.
    case cannotOpenScript(String, detail: DataProblem)
    case memory(MemoryRequest, MemoryRefusal)
    case liveTranscript(String)
    case protectedFile(String)
    case writeIsDirectory(String)
    case writeNotRegular(String)
    case writeFailed(WriteFailure)
    indirect case recordingStopped(Message)
    case notRecording
    case alreadyRecording(String)
    case recordProtected(String)
    case transcriptExists(String)
    case recordAfterUpdates(Int)
    /// `record` after `undo`: the session can still go forward to this many updates.
    case recordAfterUndo(Int)
    case recordGeneratorMoved(String)
    case recordCannotRebuild(points: Int, label: String)

    // MARK: Transcripts (`gd test`)
    case exitNotLast
    case malformedExit(String)
    case outputBeforeInput
    case noInputLines
    case unknownDirective(String)
    case inputAfterQuit(line: Int)

    // MARK: Reports
    case pointsTyped(Int)
    case pointsLoaded(Int)
    case pointsGenerated(Int)
    case wroteRows(Int, path: String)
    case wrotePlot(String, path: String)
    case recorded(String)
    case recordingTo(String)
    case weight(String)
    case bias(String)
    /// `w = 0.2`, or `w = 0.2, b = 0` for a model with b.
    case weights(String, b: String?)
    /// A setting's value with the one `reset` returns to: `0.5 (start 0.2)`.
    case valueWithStart(String, start: String)
    case thinnedEpochs(epochs: Int, limit: Int, stride: Int)
    case loss(String)
    /// `show`'s distance from the line's best w: |w − w*|.
    case distanceToBestLine(String, best: String)
    /// `show`'s Euclidean distance from the affine model's best (w*, b*).
    case distanceToBestAffine(String, w: String, b: String)
    /// `show`'s distance |w − w_m| to the nearest local minimum w_m of the sine loss in
    /// low..high; `global` is nil when it is the global one, else where that one is.
    case distanceToNearestMinimum(String, at: String, low: String, high: String, global: String?)
    /// `show` on sine data too large to search for minima at every `show`.
    case distanceNotSearched(points: Int, limit: Int)
    case summaryCounts(points: Int, label: String, steps: Int, epochs: Int)
    case startWeight(String, start: String)
    case noEpochs
    case noUpdates
    case thinned(updates: Int, limit: Int, stride: Int)
    case moreRows(Int, TableRows, saveHint: String?)
    case roundedToFit(columns: Int)
    case step(StepReport)
    case epoch(EpochReport)
    case timing(seconds: String, updates: Int, updateRate: String, points: Int, pointRate: String)
    case helpFooter
    case helpCommands
    /// `error` before a message.
    case errorLabel
    /// A setting's default in `help set`: `(default 0.01)`.
    case helpDefault(String)
    /// Headings of a `help COMMAND` page.
    case helpUsage
    case helpAlso
    case helpExamples

    // MARK: The front end (`gd`)
    case banner(version: String)
    case historyUnreadable(String)
    case historyOutOfMemory
    case historySaveFailed(String, SystemError)
    case recordIsScript(String, script: String)

    // MARK: Plots (titles, axes, legends, notes)
    case plotFitTitle(steps: Int)
    case plotData(points: Int)
    case plotLineNow(String)
    case plotLineStart(String)
    /// `per`: `.update` or `.epoch`.
    case plotLossTitle(PlotUnit, log: Bool)
    case plotUnit(PlotUnit)
    case plotLossAxis
    case plotLossSeries(points: Int)
    case plotThinned(stride: Int)
    /// `plot loss` before any update: only the starting loss is drawn.
    case plotNoUpdates
    case plotPathTitle
    case plotVisited(weights: Int)
    case plotBest(w: String, loss: String)
    /// "loss: 2 +inf (↑), 1 NaN (?) not drawn as numbers"; parts are (count, what, symbol).
    case plotUnplaced(String, [UnplacedCount])
    case plotDensity(String, points: Int, cell: Int)
    case plotThinnedColumns(String, points: Int)
    case plotMarkedEnds(String, vertices: Int)

    // MARK: Optimisers, explain, compare, sweep
    /// `momentum must be in [0, 1), not 1`: a value typed outside its range.
    case mustBe(String, ValidRange, text: String)
    case threadsRange(text: String, limit: Int)
    case explainNoUpdate
    case explainNoStep(Int, last: Int)
    case compareInterrupted
    case sweepInterrupted
    case noSweepToPlot
    case wroteReport(path: String)
    case wroteComparePlot(path: String)
    case wroteRuns(Int, path: String)
    case explainStepExpected(String)
    /// The history is thinned and does not hold this step.
    case explainNotKept(Int, stride: Int)
    /// The step's points were too many for the history to keep which.
    case explainPointsNotKept(Int, points: Int, limit: Int)
    case explainStepExtra(String)
    case explainMissingVariant
    case explainUnknownVariant(String)
    case explainBatchExtra(String)
    case explainSgdExtra(String)
    case pointPositionExpected(String)

    // MARK: load none, gd --record, undo across rules
    case loadNoneOptions
    /// `gd --record FILE` on an existing file.
    case recordFlagExists(String)
    /// `undo`/`goto` reached a state another rule made (`made`), the rule now being `now`.
    case optimizerStateStartedOver(made: String, now: String)


    // MARK: Arguments of init, sweep, show schedule, save report, set
    case sweepUsage
    case sweepNotFinite
    case sweepOrder(from: String, to: String)
    case sweepSpan
    case sweepNotCSV
    case reportNotHTML
    case scheduleTooMany(Int)
    /// `set beta1 1`: a hyper-parameter the optimiser refused.
    case hyperParameterOutOfRange(String)
    /// `init uniform` without A B: the placeholders missing and the initialiser.
    case initMissing(String, initializer: String)
    /// `init normal 0 -1`: the placeholder, what it must be, and the text typed.
    case initMustBe(String, InitRule, text: String)

    // MARK: Composed lines: show, optimizer, sweep, warnings, plots, the report page
    case line(ReportLine)
    case plot(PlotLabel)
    case page(PageText)
    case explain(ExplainMessage)
}

/// What an `init` argument must be.
public enum InitRule: Sendable, Equatable {
    case finite
    /// B: at least A, with B − A finite.
    case atLeastLow
    case nonNegativeFinite
}

/// The x axis of a loss plot.
public enum PlotUnit: Sendable, Equatable {
    case update, epoch
}

/// Values a plot could not place, of one kind.
public struct UnplacedCount: Sendable, Equatable {
    public var count: Int
    /// 0 +inf, 1 -inf, 2 NaN, 3 ≤ 0 on a log axis (`Projection.Unplaced`).
    public var kind: Int
    public var symbol: String
}

/// What a table's rows are, for "(12 more rows not shown)".
public enum TableRows: Sendable, Equatable {
    case points, rows, epochs, rates
}

/// What failed about a file.
public enum FileFailure: Sendable, Equatable {
    case cannotOpen
    case malformed
    case interrupted
}

/// Why a file could not be written (`AtomicFile`, the transcript recorder).
public enum WriteFailure: Sendable, Equatable {
    case noFolder(String)
    case permissionDenied(String)
    case isDirectory(String)
    case noSpace(String)
    case noReader(String)
    case readerClosed(String)
    case interrupted(String)
    /// Not a regular file, a device or a FIFO.
    case notRegular(String)
    case other(String, SystemError)
    /// Standard output or error could not be written: the disk is full, or `reason`.
    case stream(OutputChannel, SystemError?)
}

/// What a memory refusal was asked for.
public enum MemoryRequest: Sendable, Equatable {
    /// `gen N`.
    case points(Int)
    /// `load FILE`: its points, after reading.
    case load(String, points: Int)
    /// `set history-limit N`.
    case history(Int, rowBytes: Int)
    /// `sweep`: its starts × runs.
    case sweep(starts: Int, runs: Int, runBytes: Int)
}

/// "would need 298 GiB of memory; this machine has 8 GiB", as parts.
public struct MemoryRefusal: Sendable, Equatable {
    /// The need, or nil when it is past what a 64-bit machine addresses.
    public var need: ByteCount?
    public var limit: ByteCount
    public var fromUlimit: Bool
}

/// `step 1: sgd {2}: w 0.2 → 0.272, loss 4.678653333333333`, as parts.
public struct StepReport: Sendable, Equatable {
    public var step: Int
    public var variant: String
    public var points: PointsUsed
    public var wBefore: String
    public var wAfter: String
    /// b before and after, for a model with b.
    public var b: Change?
    public var loss: String
}

/// A value before and after an update.
public struct Change: Sendable, Equatable {
    public var before: String
    public var after: String
}

/// b's part of a divergence: where it would go, its gradient, and its value now.
public struct BiasDivergence: Sendable, Equatable {
    public var after: String
    public var gradient: String
    public var now: String
}

/// `epoch 1: sgd, 6 updates: w 0.2 → 0.51, loss 1.9`, as parts.
public struct EpochReport: Sendable, Equatable {
    public var epoch: Int
    public var variant: String
    /// The batch size, for mini-batch epochs.
    public var batch: Int?
    public var updates: Int
    public var wBefore: String
    public var wAfter: String
    public var b: Change?
    public var loss: String
}

/// Which points an update used: `{2}`, `(all 6)`, `(32 points)`.
public enum PointsUsed: Sendable, Equatable {
    case listed([Int])
    case all(Int)
    case count(Int)
}

/// A divergence, with what to try instead.
public struct DivergenceReport: Sendable, Equatable {
    public var step: Int
    public var variant: String
    public var points: PointsUsed
    public var learningRate: String
    public var wAfter: String
    public var gradient: String
    /// For a model with b.
    public var b: BiasDivergence?
    /// The loss overflowed though w and the gradient stayed finite.
    public var lossOverflows: Bool
    public var rolledBack: Bool
    /// The session's w after the stop.
    public var w: String
}
