import GDCore

/// The updates the lecture's slides work out, and what each slide prints.
///
/// From the second update on, the slides keep the predictions of the starting line
/// (ŷ = 0.2·x) instead of recomputing them with the new w (REFERENCE.md, "the lecture's
/// slips"); `explain` names the slide and says so when a student's update is one of these.
enum LectureSlides {
    struct Slide {
        /// The slide, named by what it shows (the slides are not numbered in our notes).
        var name: String
        var points: [Int]
        var wBefore: Double
        /// The weight the slide prints.
        var shows: String
        /// Whether the slide's arithmetic slips (else it only rounds).
        var slips: Bool
    }

    static let slides: [Slide] = [
        Slide(name: "the batch slide", points: [0, 1, 2, 3, 4, 5], wBefore: 0.2, shows: "0.343", slips: false),
        Slide(name: "the SGD slide, first update (x=2)", points: [2], wBefore: 0.2, shows: "0.272", slips: false),
        Slide(name: "the SGD slide, second update (x=4)", points: [4], wBefore: 0.272, shows: "0.552", slips: true),
        Slide(name: "the mini-batch slide, first batch (x=1, x=4)", points: [1, 4], wBefore: 0.2, shows: "0.346", slips: false),
        Slide(name: "the mini-batch slide, second batch (x=0, x=2)", points: [0, 2], wBefore: 0.346, shows: "0.382", slips: true),
        Slide(name: "the mini-batch slide, third batch (x=3, x=5)", points: [3, 5], wBefore: 0.37616, shows: "0.438", slips: true),
    ]

    /// The extra line for an update on the lecture's data, or nil when no slide shows it.
    static func note(for a: UpdateArithmetic, points: [Int], data: Dataset, _ style: NumberStyle) -> String? {
        guard data == .lecture, a.model == .line, a.learningRate == Dataset.lectureLearningRate else { return nil }
        let used = points.sorted()
        guard let slide = slides.first(where: { $0.points == used && $0.wBefore == a.before.w }) else { return nil }
        guard slide.slips else {
            let same = style.text(a.after.w) == slide.shows ? "the same update" : "the same update, rounded"
            return "  lecture: \(slide.name) shows \(slide.shows): \(same)"
        }
        // The largest x of the batch shows the slip most plainly (x = 4 on the SGD slide).
        let terms = a.head + a.tail
        guard let p = terms.max(by: { $0.x < $1.x }) else { return nil }
        let kept = 0.2 * p.x
        var line = "  lecture: \(slide.name) shows \(slide.shows), not \(style.text(a.after.w)): it keeps the predictions"
            + " of w = 0.2 (ŷ = 0.2·\(style.text(p.x)) = \(style.text(kept)), where w = \(style.text(a.before.w))"
            + " gives ŷ = \(style.text(a.before.w))·\(style.text(p.x)) = \(style.text(p.prediction)))"
        if used == [3, 5] { line += " and writes (5 − 4.9)·5 for (4.9 − 1.0)·5" }
        return line
    }
}
