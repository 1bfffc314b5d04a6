import GDCore

/// Lines gd composes from several parts (`show`, `show optimizer`, `sweep`, the warnings),
/// as values rendered once per language, in one exhaustive `switch` each.
///
/// Some render the same in both languages on purpose: `name = value` lines whose words are
/// setting names, optimiser symbols or the reference code's list names (`w_history`), which
/// stay English in Korean as command words do. They are cases all the same, so a plain
/// string can never reach the output and the choice is written down here.
public enum ReportLine: Sendable, Equatable {
    /// `w = 0.83 (xavier uniform, seed 0)`; `start` when the weight has moved since.
    case drawnStart(w: String, form: String, rng: String?, seed: String, start: Bool)
    /// `show settings`: `lr = 0.01` (the same in both languages).
    case setting(name: String, value: String)
    /// `w_history = [0.2, …]`: the reference code's names (the same in both languages).
    case referenceList(name: String, values: String)
    /// `show optimizer`'s lines: symbols and setting names (the same in both languages,
    /// but for the words of the plain rule's note).
    case optimizerRule(OptimizerKind)
    case optimizerSettings(String)
    case optimizerRate(lr: String, schedule: String)
    case optimizerState(name: String, state: String)
    /// `show schedule` with the constant schedule.
    case constantSchedule(lr: String)
    /// The loss over all points has risen `limit` times in a row; `bound` is the stable
    /// rate where the model has one.
    case risingLoss(PlotUnit, limit: Int, bound: String?, rate: String)
    /// `show best`'s last line.
    case stableRate(formula: String, bound: String)
    /// The first line of a sweep's report.
    case sweepHeading(starts: Int, from: String, to: String, epochs: Int, lr: String, runs: Int)
    /// The model's loss has one minimum (`heldB`: b's start value, for affine).
    case sweepConvex(model: String, heldB: String?, w: String, range: String)
    case sweepMinima(Int, range: String, w: String, loss: String)
    case sweepNoMinimum(range: String)
    /// A compare row that diverged, in the loss column.
    case divergedAt(step: Int)
    /// `time: batch 0.01 s, sgd 0.02 s, …` after compare, at a terminal.
    case compareTime(String)
    /// The line a long run redraws at a terminal: `compare, sgd: epoch 3 of 10, 1.2M
    /// updates/s, loss 0.5, 2 s left` (`label` is command words, as typed).
    case progress(label: String, epoch: Int, of: Int, rate: String?, loss: String?, left: String?)
    /// A history row's points cell: `1 4`, `all 6`, `32 points`.
    case pointsCell(PointsUsed)

    var english: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        switch self {
        case .drawnStart(let w, let form, let rng, let seed, let start):
            return (start ? "start " : "") + "w = \(w) (\(form), \(rng.map { "rng \($0), " } ?? "")seed \(seed))"
        case .setting(let name, let value): return "\(name) = \(value)"
        case .referenceList(let name, let values): return "\(name) = \(values)"
        case .optimizerRule(let kind): return "optimizer = \(kind.rawValue): \(kind.summary)"
        case .optimizerSettings(let text): return "  " + text
        case .optimizerRate(let lr, let schedule): return "  lr = \(lr), schedule = \(schedule)"
        case .optimizerState(let name, let state): return "  \(name): \(state)"
        case .constantSchedule(let lr): return "schedule constant: every update uses lr = \(lr)"
        case .risingLoss(let unit, let limit, let bound, let rate):
            let units = unit == .epoch ? "epochs" : "updates"
            return "warning: the loss over all points has risen \(limit) or more \(units) in a row, by over 10%"
                + (bound.map { "; batch steps are stable only for α < \($0) (α = \(rate))" } ?? "")
        case .stableRate(let formula, let bound): return "batch steps are stable for α < \(formula) = \(bound)"
        case .sweepHeading(let starts, let from, let to, let epochs, let lr, let runs):
            let runsText = runs == 1 ? "" : ", \(runs) runs per start for sgd and mini-batch"
            return "sweep: \(plural(starts, "starting weight")) from \(from) to \(to), \(plural(epochs, "epoch")) each, lr \(lr)\(runsText)"
        case .sweepConvex(let model, let heldB, let w, let range):
            let held = heldB.map { " with b held at its start value \($0)" } ?? ""
            return "the \(model) loss\(held) has one minimum, w = \(w): every basin is the global one "
                + "(a run ending outside \(range) left the range)"
        case .sweepMinima(let count, let range, let w, let loss):
            let counted = count == 1 ? "1 local minimum" : "\(count) local minima"
            return "\(counted) of the loss in \(range); the global one at w = \(w), loss \(loss)"
        case .sweepNoMinimum(let range): return "no local minimum of the loss in \(range): every finite end counts as 'left range'"
        case .divergedAt(let step): return "diverged at step \(step)"
        case .compareTime(let times): return "time: " + times
        case .progress(let label, let epoch, let epochs, let rate, let loss, let left):
            let parts = ["\(label)epoch \(epoch) of \(epochs)", rate.map { "\($0) updates/s" }, loss.map { "loss \($0)" },
                         left.map { "\($0) left" }]
            return parts.compactMap { $0 }.joined(separator: ", ")
        case .pointsCell(let points):
            switch points {
            case .listed(let list): return list.map(String.init).joined(separator: " ")
            case .all(let n): return "all \(n)"
            case .count(let n): return n == 1 ? "1 point" : "\(n) points"
            }
        }
    }

    var korean: String {
        switch self {
        case .drawnStart(let w, let form, let rng, let seed, let start):
            return (start ? "초기값 " : "") + "w = \(w) (\(form), \(rng.map { "rng \($0), " } ?? "")시드 \(seed))"
        case .setting, .referenceList, .optimizerSettings, .optimizerRate, .optimizerState:
            return english
        case .optimizerRule(let kind):
            return "optimizer = \(kind.rawValue): " + (HelpKorean.text("set/RULE/\(kind.rawValue)") ?? kind.summary)
        case .constantSchedule(let lr): return "schedule constant: 모든 업데이트에 lr = \(Particle.attach(lr, .object)) 씁니다"
        case .risingLoss(let unit, let limit, let bound, let rate):
            let units = unit == .epoch ? "에포크" : "업데이트"
            return "경고: 전체 점에 대한 손실이 \(units) \(limit)번 이상 연속으로 올라 10% 넘게 커졌습니다"
                + (bound.map { ". 배치 스텝은 α < \($0)일 때만 안정적입니다 (α = \(rate))" } ?? "")
        case .stableRate(let formula, let bound): return "배치 스텝은 α < \(formula) = \(bound)일 때 안정적입니다"
        case .sweepHeading(let starts, let from, let to, let epochs, let lr, let runs):
            let runsText = runs == 1 ? "" : ", sgd와 미니배치는 시작점마다 실행 \(runs)번"
            return "sweep: 시작 가중치 \(starts)개 (\(from)부터 \(to)까지), 각각 에포크 \(epochs)번, 학습률 \(lr)\(runsText)"
        case .sweepConvex(let model, let heldB, let w, let range):
            let held = heldB.map { " (b를 초기값 \($0)에 고정)" } ?? ""
            return "\(model) 모델의 손실\(held)은 최소가 w = \(w) 하나뿐입니다. 모든 실행이 전역 최소로 향합니다 "
                + "(\(range) 밖에서 끝난 실행은 '범위 벗어남'입니다)"
        case .sweepMinima(let count, let range, let w, let loss):
            return "\(range)에서 손실의 지역 최소 \(count)개. 전역 최소는 w = \(w), 손실 \(loss)"
        case .sweepNoMinimum(let range):
            return "\(range) 안에 손실의 지역 최소가 없습니다. 유한한 값으로 끝난 실행은 모두 '범위 벗어남'으로 셉니다"
        case .divergedAt(let step): return "스텝 \(step)에서 발산"
        case .compareTime(let times): return "시간: " + times
        case .progress(let label, let epoch, let epochs, let rate, let loss, let left):
            let parts = ["\(label)에포크 \(epoch)/\(epochs)", rate.map { "초당 업데이트 \($0)회" }, loss.map { "손실 \($0)" },
                         left.map { "남은 시간 \($0)" }]
            return parts.compactMap { $0 }.joined(separator: ", ")
        case .pointsCell(let points):
            switch points {
            case .listed: return english
            case .all(let n): return "전체 \(n)"
            case .count(let n): return "점 \(n)개"
            }
        }
    }
}
