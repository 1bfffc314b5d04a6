/// A column of a `show` table, named in each language: short noun phrases in Korean.
///
/// `save history` writes the English names (`HistoryCSV.header`) whatever the language:
/// a file format stays English, like the command words.
public enum TableHeader: Sendable, Hashable, CaseIterable {
    case index, x, y
    case step, epoch, variant, batch, updates, points
    case wBefore, wAfter, gradient, bBefore, bAfter, gradientB, lossUsed, loss
    /// `show schedule`: the update number and its rate; `show history` with a schedule.
    case update, lr, lrEff, lrEffB
    /// `compare` and `sweep` tables.
    case w, b, pointsRead, toBest, runs, global, otherLocal, leftRange, diverged, meanFinalLoss

    /// The column `save history` names `column` (`HistoryCSV.header`); a test checks every
    /// model's columns have one.
    init(column: String) {
        self = TableHeader.allCases.first { $0.english == column } ?? .loss
    }

    static let epochs: [TableHeader] = [.epoch, .variant, .batch, .updates, .wBefore, .wAfter, .loss]

    /// The column whose digit count this one shares in a rounded table (`TableFit`): the
    /// weight before an update and after it are one quantity, and so are the biases.
    var sharedDigits: TableHeader {
        switch self {
        case .wAfter: return .wBefore
        case .bAfter: return .bBefore
        default: return self
        }
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .en: return english
        case .ko: return korean
        }
    }

    var english: String {
        switch self {
        case .index: return "i"
        case .x: return "x"
        case .y: return "y"
        case .step: return "step"
        case .epoch: return "epoch"
        case .variant: return "variant"
        case .batch: return "batch"
        case .updates: return "updates"
        case .points: return "points"
        case .wBefore: return "w_before"
        case .wAfter: return "w_after"
        case .gradient: return "gradient"
        case .bBefore: return "b_before"
        case .bAfter: return "b_after"
        case .gradientB: return "gradient_b"
        case .lossUsed: return "loss_used"
        case .loss: return "loss"
        case .update: return "update"
        case .lr: return "lr"
        case .lrEff: return "lr_eff"
        case .lrEffB: return "lr_eff_b"
        case .w: return "w"
        case .b: return "b"
        case .pointsRead: return "points read"
        case .toBest: return "to best"
        case .runs: return "runs"
        case .global: return "global"
        case .otherLocal: return "other local"
        case .leftRange: return "left range"
        case .diverged: return "diverged"
        case .meanFinalLoss: return "mean final loss"
        }
    }

    var korean: String {
        switch self {
        case .index: return "i"
        case .x: return "x"
        case .y: return "y"
        case .step: return "스텝"
        case .epoch: return "에포크"
        case .variant: return "방식"
        case .batch: return "배치"
        case .updates: return "업데이트"
        case .points: return "점"
        case .wBefore: return "이전 w"
        case .wAfter: return "이후 w"
        case .gradient: return "기울기"
        case .bBefore: return "이전 b"
        case .bAfter: return "이후 b"
        case .gradientB: return "b 기울기"
        case .lossUsed: return "배치 손실"
        case .loss: return "손실"
        case .update: return "업데이트"
        case .lr: return "학습률"
        case .lrEff: return "실효 학습률"
        case .lrEffB: return "b 실효 학습률"
        case .w: return "w"
        case .b: return "b"
        case .pointsRead: return "읽은 점"
        case .toBest: return "최적까지"
        case .runs: return "실행"
        case .global: return "전역 최소"
        case .otherLocal: return "다른 지역 최소"
        case .leftRange: return "범위 벗어남"
        case .diverged: return "발산"
        case .meanFinalLoss: return "평균 최종 손실"
        }
    }
}
