/// Every message in English: lowercase, no trailing period, naming the culprit and what
/// is valid. The one place English text is written.
extension Message {
    public func text(_ language: Language) -> String {
        switch language {
        case .en: return english
        case .ko: return korean
        }
    }

    var english: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        func near(_ problem: String, _ near: String?, otherwise: String) -> String {
            near.map { "\(problem); did you mean '\($0)'?" } ?? "\(problem); \(otherwise)"
        }
        let noun = Message.englishNoun
        switch self {
        case .unterminatedQuote: return "unterminated quote; close it with a matching quote"
        case .sweepUsage: return "usage: sweep FROM TO COUNT [epochs=E] [runs=R] [to FILE.csv]"
        case .sweepNotFinite: return "FROM and TO must be finite"
        case .sweepOrder(let from, let to): return "sweep needs FROM < TO, not \(from) and \(to)"
        case .sweepSpan: return "TO − FROM must be a finite number; sweep a narrower range"
        case .sweepNotCSV: return "a sweep is written as CSV; name the file '….csv'"
        case .reportNotHTML: return "a report is an HTML page; name the file '….html'"
        case .scheduleTooMany(let n): return "show schedule prints at most 10000 rates, not \(n)"
        case .hyperParameterOutOfRange(let name): return "\(name) is out of range"
        case .initMissing(let names, let initializer): return "missing \(names) for init \(initializer)"
        case .initMustBe(let name, let rule, let text):
            let what = switch rule {
            case .finite: "finite"
            case .atLeastLow: "at least A, with B − A finite"
            case .nonNegativeFinite: "at least 0 and finite"
            }
            return "\(name) must be \(what), not \(text)"
        case .line(let line): return line.english
        case .plot(let label): return label.english
        case .page(let text): return text.english
        case .explain(let words): return words.english
        case .mustBe(let name, let range, let text): return "\(name) must be \(range.phrase), not \(text)"
        case .threadsRange(let text, let limit): return "threads must be all or a whole number from 1 to \(limit), not '\(text)'"
        case .explainNoUpdate: return "no update yet; 'explain next batch' works out the next one"
        case .explainNoStep(let n, let last): return "there is no step \(n) yet; the last is step \(last)"
        case .compareInterrupted: return "compare stopped by Ctrl-C; the session is unchanged"
        case .sweepInterrupted: return "sweep interrupted; nothing changed"
        case .noSweepToPlot: return "no sweep to plot; run 'sweep FROM TO COUNT' first"
        case .wroteReport(let path): return "wrote the report to \(path)"
        case .wroteComparePlot(let path): return "wrote the compare plot to \(path)"
        case .wroteRuns(let n, let path): return "wrote \(plural(n, "run")) to \(path)"
        case .explainNotKept(let step, let stride):
            return "step \(step) is not in the history (it keeps every \(stride)th row; see 'set history-limit')"
        case .explainPointsNotKept(let step, let points, let limit):
            return "step \(step) used \(points) points; the history keeps which points only for updates of at most \(limit)"
        case .explainStepExpected(let word): return "expected a step number (1 or more) or 'next', found '\(word)'"
        case .explainStepExtra(let word): return "unexpected '\(word)'; usage: explain [STEP | next VARIANT [I ...]]"
        case .explainMissingVariant: return "missing VARIANT; use batch, sgd or minibatch"
        case .explainUnknownVariant(let word): return "unknown variant '\(word)'; use batch, sgd or minibatch"
        case .explainBatchExtra(let word): return "unexpected '\(word)'; batch uses every point"
        case .explainSgdExtra(let word): return "unexpected '\(word)'; sgd uses one point"
        case .pointPositionExpected(let word): return "expected a point position (0 or more), found '\(word)'"
        case .loadNoneOptions: return "x= and y= do not apply to 'load none' (write './none' for a file of that name)"
        case .recordFlagExists(let path):
            return "'\(path)' exists; add --record-overwrite to start it over or --record-append to add to it"
        case .optimizerStateStartedOver(let made, let now):
            return "the optimizer's memory here was made by \(made), and the rule is now \(now): it starts over, as after 'set optimizer'"
        case .emptyCommand: return "empty command"
        case .unknownCommand(let word, let n):
            return near("unknown command '\(word)'", n, otherwise: "type 'help' for the list")
        case .unknownCommandSetting(let word, let see, let change):
            return "unknown command '\(word)'; to see it: '\(see)'; to change it: '\(change)'"
        case .noHelpTopic(let word, let n):
            return near("no command '\(word)'", n, otherwise: "type 'help' for the list")
        case .helpExtra(let word): return "unexpected '\(word)'; usage: help [COMMAND], help set SETTING"
        case .unexpectedWord(let word, let usage): return "unexpected '\(word)'; usage: \(usage)"
        case .missingChoice(let name, let options, let usage):
            return "missing \(name); expected one of \(options.joined(separator: ", ")) (usage: \(usage))"
        case .unknownChoice(let name, let word, let n, let options):
            return near("unknown \(name.lowercased()) '\(word)'", n, otherwise: "expected one of \(options.joined(separator: ", "))")
        case .unknownOption(let key, let n, let expected):
            return near("unknown option '\(key)'", n, otherwise: "expected \(expected.joined(separator: ", "))")
        case .optionTwice(let key): return "option '\(key)' given twice"
        case .unknownName(let word, let n, let expected, let usage):
            return near("unknown name '\(word)'", n,
                        otherwise: "expected \(expected.map { "\($0)=" }.joined(separator: ", ")) (usage: \(usage))")
        case .namedTwice(let key): return "'\(key)=' given twice"
        case .unexpectedComma(let usage): return "unexpected ','; usage: \(usage)"
        case .missingParameter(let name, let usage): return "missing \(name) (usage: \(usage))"
        case .missing(let name): return "missing \(name)"
        case .pointBeforeComma: return "expected a point 'X Y' before ','"
        case .pointNeedsTwo(let found): return "a point is two numbers 'X Y'; found \(found) here (separate points with ',')"
        case .missingPoints: return "missing points; usage: data X Y[, X Y ...]"

        case .notFinite(let name, let text): return "\(noun(name)) must be a finite number, not '\(text)'"
        case .notANumber(let name, let text): return "expected a number for \(noun(name)), found '\(text)'"
        case .tooLargeToBeFinite(let name, let text): return "\(noun(name)) '\(text)' is too large to be a finite number"
        case .underflows(let name, let text):
            return "\(noun(name)) '\(text)' is too small: it underflows to 0 (the smallest positive number is 5e-324)"
        case .wholeTooLarge(let name, let text): return "\(noun(name)) '\(text)' is too large"
        case .notAWholeNumber(let name, let text): return "expected a whole number for \(noun(name)), found '\(text)'"
        case .atLeast(let name, let bound, let value): return "\(noun(name)) must be at least \(bound), not \(value)"

        case .learningRateNotPositive(let text): return "the learning rate must be greater than 0, not \(text)"
        case .digitsInvalid(let text): return "digits must be full or a whole number from 1 to 17, not '\(text)'"
        case .missingSetValue: return "missing value for set"
        case .pointListedTwice(let i): return "point \(i) is listed twice; a mini-batch uses each point at most once"
        case .loadMissingFile: return "missing FILE; usage: load lecture | load FILE [x=COL] [y=COL] | load x=X.npy y=Y.npy"
        case .loadLectureOptions: return "x= and y= do not apply to 'load lecture' (write './lecture' for a file of that name)"
        case .optionNeedsColumn(let key): return "option '\(key)=' needs a column name or number"
        case .columnNegative(let n): return "column numbers start at 0, not \(n)"
        case .noiseNegative(let text): return "noise must be 0 or more, not \(text)"
        case .rangeSyntax: return "x= takes a range LO..HI, such as x=0..10"
        case .rangeOrder: return "the range LO..HI needs LO < HI"
        case .rangeTooWide(let largest): return "the range x=LO..HI is too wide to draw from; HI − LO must be below \(largest)"
        case .rangeNearLargest(let largest):
            return "the range x=LO..HI comes too near the largest double, \(largest), to draw from"
        case .yMayOverflow(let z, let largest, let affine):
            let (model, sum) = affine ? ("w·x + b + noise", "|w|·max|x| + |b| + \(z)·noise") : ("w·x + noise", "|w|·max|x| + \(z)·noise")
            return "these could make y = \(model) infinite; \(sum) must stay below \(largest)"
        case .plotNotSVG: return "plots are written as SVG; name the file '….svg'"
        case .recordBothModes: return "choose one of 'overwrite' and 'append'"
        case .timeMissingCommand: return "missing COMMAND; usage: time COMMAND"
        case .timeItself: return "'time' cannot time itself"

        case .unknownModel(let word, let n, let options):
            return near("unknown model '\(word)'", n, otherwise: "expected one of \(options.joined(separator: ", "))")
        case .showBestExtra(let word): return "unexpected '\(word)'; usage: show best [LO..HI]"
        case .rangeExpected(let text): return "expected a range LO..HI, such as -10..10, found '\(text)'"
        case .undoExtra(let word): return "unexpected '\(word)'; usage: undo [N|all]"
        case .undoNotANumber(let text): return "expected N (a whole number, 1 or more) or 'all', found '\(text)'"
        case .noBias(let model): return "the \(model) model has no b; 'model affine' has one"
        case .nothingToUndo: return "nothing to undo: the session is at step 0"
        case .undoTooMany(let n, let steps):
            return "cannot undo \(plural(n, "update")): the session is at step \(steps); use 1 to \(steps), or 'undo all'"
        case .gotoNoUpdates(let target): return "step \(target) was never reached; no update was made since the last reset"
        case .gotoBeyond(let target, let latest): return "step \(target) was never reached; the latest is step \(latest) (use 0 to \(latest))"
        case .gotoTooOld(let target, let kept, let oldest, let latest):
            return "step \(target) is older than the \(kept) commands kept; use 0 or \(oldest) to \(latest)"
        case .arrived(let step, let weights): return "step \(step): " + weights.english
        case .noBestLine: return "no best w: every x is 0, so the loss does not depend on w"
        case .noBestAffine: return "no single best (w, b): every x is the same"
        case .noLocalMinimum(let low, let high): return "no local minimum of the loss inside \(low)..\(high)"
        case .bestLine: return "best weight w_best = Σxy/Σx²:"
        case .bestAffine: return "best weights (w_best, b_best), least squares:"
        case .localMinima(let n, let low, let high):
            return (n == 1 ? "1 local minimum" : "\(n) local minima") + " of the loss in \(low)..\(high):"
        case .globalMark: return "global"
        case .currentModel(let name, let summary): return "model = \(name): \(summary)"
        case .noData: return "no data loaded; use 'load lecture', 'load FILE', 'data X Y, …' or 'gen N'"
        case .noDataToPlot: return "no data to plot; load or gen some first"
        case .batchTooLarge(let b, let n):
            return "batch size \(b) is larger than the \(plural(n, "point")) loaded; use 1 to \(n)"
        case .pointOutOfRange(let i, let n):
            return "point \(i) is out of range; the data has \(plural(n, "point")) (0 to \(n - 1))"
        case .seedTooLarge(let seed, let rng, let maximum):
            return "seed \(seed) is too large for rng \(rng); use 0 to \(maximum)"
        case .seedTooLargeForRng(let seed, let rng, let maximum):
            return "the seed \(seed) is too large for rng \(rng) (at most \(maximum)); set a smaller seed first"
        case .diverged(let d):
            let now = "w = \(d.w)" + (d.b.map { ", b = \($0.now)" } ?? "")
            let kept = d.rolledBack ? "the command was undone; \(now)"
                : (d.b == nil ? "w stays \(d.w), its last finite value" : "\(now) stay, the last finite values")
            let overflow = d.lossOverflows ? ", where the loss overflows" : ""
            let would = d.b.map { "w, b would be \(d.wAfter), \($0.after)\(overflow) (gradient \(d.gradient), \($0.gradient))" }
                ?? "w would be \(d.wAfter)\(overflow) (gradient \(d.gradient))"
            return "diverged at step \(d.step) (\(d.variant) \(Message.englishPoints(d.points)), lr \(d.learningRate)): "
                + "\(would); \(kept); try a smaller lr"
        case .interruptedRun(let updates, let w): return "interrupted after \(plural(updates, "update")); w = \(w)"
        case .interruptedLine: return "interrupted; the rest of the line was not run"
        case .interruptedBeforeLine: return "interrupted before this line"
        case .generateInterrupted: return "interrupted; no points generated"
        case .sourceDepth(let limit): return "'source' is nested more than \(limit) deep"
        case .sourceCycle(let path): return "'\(path)' is already running; a script cannot source itself, directly or through others"
        case .pairMismatch(let x, let xn, let y, let yn):
            return "'\(x)' has \(xn) values but '\(y)' has \(yn); they must pair up"

        case .file(let failure, let path, let detail):
            let text = detail.english
            switch failure {
            case .interrupted: return "\(text) '\(path)'"
            case .cannotOpen: return path.isEmpty ? text : "cannot open '\(path)': \(text)"
            case .malformed: return path.isEmpty ? text : "'\(path)': \(text)"
            }
        case .cannotOpenScript(let name, let detail): return "cannot open '\(name)': \(detail.english)"
        case .memory(let request, let refusal):
            let tail: String
            let each: String?
            switch request {
            case .points, .load: each = "\(MemoryLimit.bytesPerPoint) bytes a point, to hold and to train on"
            case .history(_, let rowBytes): each = "about \(rowBytes) bytes a row"
            case .sweep(_, _, let runBytes): each = "about \(runBytes) bytes a run"
            }
            let detail = each.map { " (\($0))" } ?? ""
            let capacity = refusal.fromUlimit ? "the ulimit allows \(refusal.limit.english)" : "this machine has \(refusal.limit.english)"
            if let need = refusal.need?.english {
                tail = "would need \(need) of memory\(detail); \(capacity)"
            } else {
                tail = "would need more memory than a 64-bit machine can address" + detail
            }
            switch request {
            case .points(let n): return "\(plural(n, "point")) \(tail)"
            case .load(let file, let n): return "cannot load '\(file)': its \(plural(n, "point")) \(tail)"
            case .history(let n, _): return "a history of \(n) rows \(tail)"
            case .sweep(let starts, let runs, _): return "a sweep of \(starts) starts × \(runs) runs \(tail)"
            }
        case .liveTranscript(let path):
            return "'\(path)' is the transcript being recorded; 'record stop' first or write another file"
        case .protectedFile(let path): return "'\(path)' was loaded or run in this session; add 'force' to overwrite it"
        case .writeIsDirectory(let path): return "cannot write '\(path)': is a directory"
        case .writeNotRegular(let path): return "cannot write '\(path)': not a regular file, a device or a FIFO"
        case .writeFailed(let failure):
            switch failure {
            case .noFolder(let p): return "cannot write '\(p)': no such folder"
            case .permissionDenied(let p): return "cannot write '\(p)': permission denied"
            case .isDirectory(let p): return "cannot write '\(p)': is a directory"
            case .noSpace(let p): return "cannot write '\(p)': no space left on the device"
            case .noReader(let p): return "cannot write '\(p)': no process is reading this FIFO"
            case .readerClosed(let p): return "cannot write '\(p)': the reader closed it"
            case .interrupted(let p): return "interrupted while writing '\(p)'"
            case .notRegular(let p): return "cannot write '\(p)': not a regular file, a device or a FIFO"
            case .other(let p, let error): return "cannot write '\(p)': \(error.english)"
            case .stream(let channel, let reason):
                let name = channel == .standardOutput ? "standard output" : "standard error"
                return "cannot write \(name): \(reason?.english ?? "no space left on the device")"
            }
        case .recordingStopped(let inner): return inner.english + "; recording stopped"
        case .notRecording: return "not recording; 'record FILE.gdt' starts a transcript"
        case .alreadyRecording(let path): return "already recording to '\(path)'; 'record stop' first"
        case .recordProtected(let path): return "'\(path)' was loaded or run in this session; record to another file"
        case .transcriptExists(let path): return "'\(path)' exists; add 'overwrite' to start it over or 'append' to add to it"
        case .recordAfterUpdates(let n):
            return "a transcript replays from a fresh session, which cannot redo the \(plural(n, "update")) made so far; \(Message.englishResetHint)"
        case .recordAfterUndo(let n):
            return "a transcript replays from a fresh session, which cannot go forward ('goto') to the \(plural(n, "update")) undone here; \(Message.englishResetHint)"
        case .recordGeneratorMoved(let seed):
            return "the generator has moved on from seed \(seed) ('gen' without seed= or a random step drew from it), so a replay would draw other numbers; \(Message.englishResetHint)"
        case .recordCannotRebuild(let n, let label):
            let what = n == 0 ? "no data" : "\(plural(n, "point")) (\(label))"
            return "a transcript replays from a fresh session, and commands cannot rebuild this one's data, \(what); start recording before loading or making it, or at the start ('gd --record FILE')"

        case .exitNotLast: return "'[exit N]' must be the last line; found more after it"
        case .malformedExit(let line): return "malformed exit status '\(line)'; write '[exit N]' with N from 1 to 255"
        case .outputBeforeInput: return "output before the first 'gd> ' input line; comment it with '#' or move it under an input"
        case .noInputLines: return "no input lines; a transcript needs at least one line starting with 'gd> '"
        case .unknownDirective(let line):
            return "unknown directive '\(line)'; expected '#! tolerance digits=N', '#! tolerance rel=R' or '#! exact'"
        case .inputAfterQuit(let line): return "input after 'quit' (line \(line)) never runs; remove it or the 'quit'"

        case .pointsTyped(let n): return plural(n, "point")
        case .pointsLoaded(let n): return "\(plural(n, "point")) loaded"
        case .pointsGenerated(let n): return "\(plural(n, "point")) generated"
        case .wroteRows(let n, let path): return "wrote \(plural(n, "row")) to \(path)"
        case .wrotePlot(let kind, let path): return "wrote the \(kind) plot to \(path)"
        case .recorded(let path): return "recorded \(path)"
        case .recordingTo(let path): return "recording to \(path); 'record stop' ends it"
        case .weight(let w): return "w = \(w)"
        case .bias(let b): return "b = \(b)"
        case .weights(let w, let b): return "w = \(w)" + (b.map { ", b = \($0)" } ?? "")
        case .valueWithStart(let value, let start): return "\(value) (start \(start))"
        case .thinnedEpochs(let epochs, let limit, let stride):
            return "note: \(epochs) epochs; past the history limit of \(limit) only every \(Report.ordinal(stride)) is kept ('set history-limit N')"
        case .loss(let l): return "loss = \(l)"
        case .distanceToBestLine(let d, let best): return "distance to the best: |w − w_best| = \(d) (w_best = \(best))"
        case .distanceToBestAffine(let d, let w, let b):
            return "distance to the best: √((w − w_best)² + (b − b_best)²) = \(d) (w_best = \(w), b_best = \(b))"
        case .distanceToNearestMinimum(let d, let at, let low, let high, let global):
            let which = global.map { "not the global one, which is at w = \($0)" } ?? "the global one"
            return "distance to the nearest local minimum in \(low)..\(high): |w − w_m| = \(d) (w_m = \(at), \(which))"
        case .distanceNotSearched(let points, let limit):
            return "distance to the best: not searched at every 'show' over \(plural(points, "point")) (more than \(limit)); 'show best' finds the minima"
        case .summaryCounts(let points, let label, let steps, let epochs):
            return "\(plural(points, "point")) (\(label)), \(plural(steps, "step")), \(plural(epochs, "epoch"))"
        case .startWeight(let w, let start): return "w = \(w) (start \(start))"
        case .noEpochs: return "no epochs yet"
        case .noUpdates: return "no updates yet"
        case .thinned(let updates, let limit, let stride):
            return "note: \(updates) updates; past the history limit of \(limit) only every \(Report.ordinal(stride)) is kept ('set history-limit N')"
        case .moreRows(let n, let what, let hint):
            let noun = switch what { case .points: "points"; case .rows: "rows"; case .epochs: "epochs"; case .rates: "rates" }
            return "(\(n) more \(noun) not shown\(hint.map { "; '\($0)' writes them all" } ?? ""))"
        case .roundedToFit(let columns):
            return "(some numbers rounded to fit \(columns) columns; 'set digits 17' shows every digit)"
        case .step(let r):
            return "step \(r.step): \(r.variant) \(Message.englishPoints(r.points)): w \(r.wBefore) → \(r.wAfter)"
                + (r.b.map { ", b \($0.before) → \($0.after)" } ?? "") + ", loss \(r.loss)"
        case .epoch(let e):
            let kind = e.batch.map { "minibatch \($0)" } ?? e.variant
            return "epoch \(e.epoch): \(kind), \(plural(e.updates, "update")): w \(e.wBefore) → \(e.wAfter)"
                + (e.b.map { ", b \($0.before) → \($0.after)" } ?? "") + ", loss \(e.loss)"
        case .timing(let seconds, let updates, let updateRate, let points, let pointRate):
            guard updates > 0 else { return "time: \(seconds)" }
            return "time: \(seconds), \(updates) updates (\(updateRate)/s), \(points) points (\(pointRate)/s)"
        case .helpFooter:
            return "numbers print as the shortest decimal that round-trips ('set digits' rounds);\n'#' starts a comment; ';' separates commands"
        case .helpCommands: return "commands (help COMMAND for more):"
        case .errorLabel: return "error"
        case .helpDefault(let value): return "(default \(value))"
        case .helpUsage: return "usage:"
        case .helpAlso: return "also"
        case .helpExamples: return "examples:"
        case .banner(let version): return "gd \(version) — gradient descent console; 'help' lists the commands, Ctrl-D leaves"
        case .historyUnreadable(let path): return "history file \(path) could not be read; it was left unchanged"
        case .historyOutOfMemory: return "cannot save history: out of memory"
        case .historySaveFailed(let path, let error): return "cannot save history to \(path): \(error.english)"
        case .recordIsScript(let record, let script): return "--record '\(record)' is the script '\(script)' to run; record to another file"
        case .plotFitTitle(let steps): return "fit after \(plural(steps, "step"))"
        case .plotData(let points): return "data (\(plural(points, "point")))"
        case .plotLineNow(let f): return "\(f), now"
        case .plotLineStart(let f): return "\(f), start"
        case .plotLossTitle(let unit, let log):
            return "loss per \(Message.plotUnit(unit).english)" + (log ? " (log scale)" : "")
        case .plotUnit(let unit): return unit == .epoch ? "epoch" : "update"
        case .plotLossAxis: return "loss"
        case .plotLossSeries(let points): return "loss over all \(plural(points, "point"))"
        case .plotThinned(let stride): return "the history keeps every \(stride)th update"
        case .plotNoUpdates: return "no updates yet: only the starting loss (step 0)"
        case .plotPathTitle: return "path of w on L(w)"
        case .plotVisited(let weights): return "w visited (\(plural(weights, "weight"))), in order"
        case .plotBest(let w, let loss): return "best w = \(w), L = \(loss)"
        case .plotUnplaced(let name, let parts):
            let phrases = ["+inf", "-inf", "NaN", "≤ 0 on the log axis"]
            let listed = parts.map { "\($0.count) \(phrases[min(max($0.kind, 0), 3)]) (\($0.symbol))" }
            return "\(name): " + listed.joined(separator: ", ") + " not drawn as numbers"
        case .plotDensity(let name, let points, let cell):
            return "\(name): \(points) points drawn as density in \(cell) px cells (darker: more points)"
        case .plotThinnedColumns(let name, let points):
            return "\(name): \(points) points thinned to the lowest and highest in each pixel column"
        case .plotMarkedEnds(let name, let vertices): return "\(name): only the first and last of \(vertices) marked"
        }
    }

    static let englishResetHint = "'reset' first (it keeps the data and settings), then 'record'"

    /// `{2}`, `(all 6)`, `(32 points)`.
    static func englishPoints(_ points: PointsUsed) -> String {
        switch points {
        case .listed(let list): return "{" + list.map(String.init).joined(separator: ", ") + "}"
        case .all(let n): return "(all \(n))"
        case .count(let n): return n == 1 ? "(1 point)" : "(\(n) points)"
        }
    }

    /// What a usage placeholder stands for ("the batch size", not "B"); a placeholder
    /// without a noun here is shown as written.
    static func englishNoun(_ placeholder: String) -> String {
        switch placeholder {
        case "I": return "the point number"
        case "B": return "the batch size"
        case "EPOCHS": return "the number of epochs"
        case "SEED": return "the seed"
        case "LR": return "the learning rate"
        case "W": return "the weight"
        case "X": return "x"
        case "Y": return "y"
        case "LO": return "the low end LO"
        case "HI": return "the high end HI"
        default: return placeholder
        }
    }
}
