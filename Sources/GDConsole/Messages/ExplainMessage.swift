import GDCore

/// The words of `explain` and of the lecture-slide notes, in each language.
///
/// A catalogue of its own, beside `Message`, so explain's lines are translated in one
/// place (an exhaustive `switch` per language: a line added without its Korean form does
/// not compile). The arithmetic itself (formulas with the numbers put in) is the same in
/// every language and arrives as text; only the words around it change. Korean uses the
/// lecture's terms (배치, 미니배치, 확률적 경사하강법, 가중치, 학습률, 예측값, 기울기,
/// 에포크), written 합니다체, and no particle follows a number or a quoted word (Korean
/// particles change with the last sound), as in `Message+Korean`.
public enum ExplainMessage: Sendable, Equatable {
    /// The first line: which update, on which points, from which weights.
    /// `points`: the points shown (sgd: one; mini-batch: all of them).
    case heading(step: Int, taken: Bool, variant: Variant, count: Int, points: [Int], epoch: Int?,
                 w: String, b: String?, rate: String)
    /// `  point I: x = …` and the line under it (`rest`: the arithmetic).
    case point(Int, rest: String)
    /// `  … N more points …` between the first and last terms of a large batch.
    case morePoints(Int)
    /// `… N more …` inside the written-out sum.
    case moreTerms(Int)
    /// The sum of a large batch was added in numpy's pairwise order.
    case pairwiseOrder
    /// The recomputation does not reach the weight the history records (not expected).
    case recordDiffers(w: String)
    /// The scheduled rate worked out (`formula`), counted in epochs finished or by update number.
    case scheduled(formula: String, clock: ScheduleClock)
    /// The optimiser's block for one parameter: the rule, its settings, the state's update number.
    case ruleHeading(rule: String, parameter: String, t: Int, settings: String)
    /// Momentum's `v ← g` on the first update (`line` is the arithmetic).
    case velocityStarts(line: String)
    /// α/(√s + ε) or α/(√ŝ + ε) worked out (`line`): the rate `show history` lists.
    case effectiveRate(line: String)
    /// An older step whose optimiser state is no longer kept: the rate it used and where it went.
    case stateNotKept(step: Int, rule: String?, rates: String, after: String, commands: Int)
    /// The lecture slide shows this update with the same number (or rounded).
    case slideSame(LectureSlides.Name, shows: String, rounded: Bool)
    /// The lecture slide's number differs because it keeps w = 0.2's predictions.
    case slideSlip(LectureSlides.Name, shows: String, got: String, x: String, kept: String,
                   wBefore: String, prediction: String, writesFive: Bool)

    public enum ScheduleClock: Sendable, Equatable {
        /// e, the epochs finished before this update.
        case epochs(Int)
        /// t, the 1-based update number.
        case update(Int)
    }

    var english: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        switch self {
        case .heading(let step, let taken, let variant, let count, let points, let epoch, let w, let b, let rate):
            var line = taken ? "step \(step): " : "next update (step \(step), not taken): "
            switch variant {
            case .batch: line += "batch, all \(count) points"
            case .sgd: line += "sgd on point \(points.first.map(String.init) ?? "?")"
            case .minibatch: line += "mini-batch of \(count) (points \(points.map(String.init).joined(separator: " ")))"
            }
            if let epoch { line += ", epoch \(epoch)" }
            line += "; w = \(w)"
            if let b { line += ", b = \(b)" }
            return line + ", α = \(rate)"
        case .point(let i, let rest): return "  point \(i): \(rest)"
        case .morePoints(let n): return "  … \(plural(n, "more point")) …"
        case .moreTerms(let n): return "… \(n) more …"
        case .pairwiseOrder: return "  (Σ added in numpy's pairwise order, as the update added it)"
        case .recordDiffers(let w): return "  (the history records w = \(w); this recomputation differs)"
        case .scheduled(let formula, .epochs(let e)):
            return "  \(formula)  (learning-rate schedule; e = \(plural(e, "epoch")) finished)"
        case .scheduled(let formula, .update(let t)):
            return "  \(formula)  (learning-rate schedule; t = \(t), the update's number)"
        case .ruleHeading(let rule, let parameter, let t, let settings):
            return "  \(rule) on \(parameter), update t = \(t) of its state (\(settings); g = ∂L/∂\(parameter)):"
        case .velocityStarts(let line): return "\(line)  (on the first update v starts at g)"
        case .effectiveRate(let line): return "\(line)  (the rate applied; 'show history' lists it as lr_eff)"
        case .stateNotKept(let step, let rule, let rates, let after, let commands):
            return "  \(rule.map { "\($0)'s" } ?? "the optimiser's") state before step \(step) is no longer kept (undo and goto keep the last \(commands) commands),"
                + " so its arithmetic cannot be written out; the update used \(rates) and gave \(after)"
        case .slideSame(let slide, let shows, let rounded):
            return "  lecture: \(slide.english) shows \(shows): the same update\(rounded ? ", rounded" : "")"
        case .slideSlip(let slide, let shows, let got, let x, let kept, let wBefore, let prediction, let five):
            return "  lecture: \(slide.english) shows \(shows), not \(got): it keeps the predictions"
                + " of w = 0.2 (ŷ = 0.2·\(x) = \(kept), where w = \(wBefore) gives ŷ = \(wBefore)·\(x) = \(prediction))"
                + (five ? " and writes (5 − 4.9)·5 for (4.9 − 1.0)·5" : "")
        }
    }

    var korean: String {
        switch self {
        case .heading(let step, let taken, let variant, let count, let points, let epoch, let w, let b, let rate):
            var line = taken ? "스텝 \(step): " : "다음 업데이트 (스텝 \(step), 아직 하지 않음): "
            switch variant {
            case .batch: line += "배치 경사하강법, 점 \(count)개 전체"
            case .sgd: line += "확률적 경사하강법, 점 \(points.first.map(String.init) ?? "?")"
            case .minibatch: line += "미니배치, 점 \(count)개 (\(points.map(String.init).joined(separator: " ")))"
            }
            if let epoch { line += ", 에포크 \(epoch)" }
            line += "; 가중치 w = \(w)"
            if let b { line += ", b = \(b)" }
            return line + ", 학습률 α = \(rate)"
        case .point(let i, let rest): return "  점 \(i): \(rest)"
        case .morePoints(let n): return "  … 점 \(n)개 생략 …"
        case .moreTerms(let n): return "… \(n)개 생략 …"
        case .pairwiseOrder: return "  (Σ는 업데이트가 더한 대로 numpy의 쌍별(pairwise) 순서로 더했습니다)"
        case .recordDiffers(let w): return "  (기록된 w = \(w). 이 재계산과 다릅니다)"
        case .scheduled(let formula, .epochs(let e)):
            return "  \(formula)  (학습률 스케줄; 끝난 에포크 수 e = \(e))"
        case .scheduled(let formula, .update(let t)):
            return "  \(formula)  (학습률 스케줄; 업데이트 번호 t = \(t))"
        case .ruleHeading(let rule, let parameter, let t, let settings):
            return "  \(parameter)에 대한 \(rule) 업데이트, 상태의 업데이트 번호 t = \(t) (\(settings); g = ∂L/∂\(parameter)):"
        case .velocityStarts(let line): return "\(line)  (첫 업데이트에서는 v를 g로 시작합니다)"
        case .effectiveRate(let line): return "\(line)  (실제로 곱한 학습률; 'show history'의 lr_eff)"
        case .stateNotKept(let step, let rule, let rates, let after, let commands):
            return "  스텝 \(step) 이전의 \(rule ?? "옵티마이저") 상태는 더 이상 보관하지 않아 계산을 풀어 쓸 수 없습니다"
                + " (undo와 goto는 마지막 명령 \(commands)개만 보관합니다). 이 업데이트에 쓴 값: \(rates), 결과: \(after)"
        case .slideSame(let slide, let shows, let rounded):
            return "  강의: \(slide.korean)의 값 \(shows). " + (rounded ? "같은 업데이트를 반올림한 값입니다" : "같은 업데이트입니다")
        case .slideSlip(let slide, let shows, let got, let x, let kept, let wBefore, let prediction, let five):
            return "  강의: \(slide.korean)의 값 \(shows) (gd의 값: \(got)). 슬라이드는 w = 0.2에서의 예측값을 그대로 씁니다"
                + " (ŷ = 0.2·\(x) = \(kept). w = \(wBefore)에서 다시 계산하면 ŷ = \(wBefore)·\(x) = \(prediction))"
                + (five ? ". 또 (4.9 − 1.0)·5 자리에 (5 − 4.9)·5라고 씁니다" : "")
        }
    }
}
