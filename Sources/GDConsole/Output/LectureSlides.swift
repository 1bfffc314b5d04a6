import GDCore

/// The updates the lecture's slides work out, and what each slide prints.
///
/// From the second update on, the slides keep the predictions of the starting line
/// (ŷ = 0.2·x) instead of recomputing them with the new w (REFERENCE.md, "the lecture's
/// slips"); `explain` names the slide and says so when a student's update is one of these.
public enum LectureSlides {
    /// The slides that work out an update, named by what they show (the slides are not
    /// numbered in our notes), in each language.
    public enum Name: Sendable, Equatable, CaseIterable {
        case batch, sgdFirst, sgdSecond, miniBatchFirst, miniBatchSecond, miniBatchThird

        var english: String {
            switch self {
            case .batch: return "the batch slide"
            case .sgdFirst: return "the SGD slide, first update (x=2)"
            case .sgdSecond: return "the SGD slide, second update (x=4)"
            case .miniBatchFirst: return "the mini-batch slide, first batch (x=1, x=4)"
            case .miniBatchSecond: return "the mini-batch slide, second batch (x=0, x=2)"
            case .miniBatchThird: return "the mini-batch slide, third batch (x=3, x=5)"
            }
        }

        var korean: String {
            switch self {
            case .batch: return "배치 경사하강법 슬라이드"
            case .sgdFirst: return "확률적 경사하강법 슬라이드의 첫 번째 업데이트 (x=2)"
            case .sgdSecond: return "확률적 경사하강법 슬라이드의 두 번째 업데이트 (x=4)"
            case .miniBatchFirst: return "미니배치 슬라이드의 첫 번째 배치 (x=1, x=4)"
            case .miniBatchSecond: return "미니배치 슬라이드의 두 번째 배치 (x=0, x=2)"
            case .miniBatchThird: return "미니배치 슬라이드의 세 번째 배치 (x=3, x=5)"
            }
        }
    }

    struct Slide {
        var name: Name
        var points: [Int]
        var wBefore: Double
        /// The weight the slide prints.
        var shows: String
        /// Whether the slide's arithmetic slips (else it only rounds).
        var slips: Bool
    }

    static let slides: [Slide] = [
        Slide(name: .batch, points: [0, 1, 2, 3, 4, 5], wBefore: 0.2, shows: "0.343", slips: false),
        Slide(name: .sgdFirst, points: [2], wBefore: 0.2, shows: "0.272", slips: false),
        Slide(name: .sgdSecond, points: [4], wBefore: 0.272, shows: "0.552", slips: true),
        Slide(name: .miniBatchFirst, points: [1, 4], wBefore: 0.2, shows: "0.346", slips: false),
        Slide(name: .miniBatchSecond, points: [0, 2], wBefore: 0.346, shows: "0.382", slips: true),
        Slide(name: .miniBatchThird, points: [3, 5], wBefore: 0.37616, shows: "0.438", slips: true),
    ]

    /// The extra line for an update on the lecture's data, or nil when no slide shows it.
    ///
    /// Only the plain update (sgd at a constant rate) is one the slides show: with another
    /// optimiser or a schedule the same points and w give another weight.
    static func note(for a: UpdateArithmetic, points: [Int], data: Dataset, _ style: NumberStyle) -> ExplainMessage? {
        guard data == .lecture, a.model == .line, a.rule == nil, a.learningRate == Dataset.lectureLearningRate else { return nil }
        let used = points.sorted()
        guard let slide = slides.first(where: { $0.points == used && $0.wBefore == a.before.w }) else { return nil }
        guard slide.slips else {
            return .slideSame(slide.name, shows: slide.shows, rounded: style.text(a.after.w) != slide.shows)
        }
        // The largest x of the batch shows the slip most plainly (x = 4 on the SGD slide).
        let terms = a.head + a.tail
        guard let p = terms.max(by: { $0.x < $1.x }) else { return nil }
        return .slideSlip(slide.name, shows: slide.shows, got: style.text(a.after.w), x: style.text(p.x),
                          kept: style.text(0.2 * p.x), wBefore: style.text(a.before.w),
                          prediction: style.text(p.prediction), writesFive: used == [3, 5])
    }
}
