#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import GDConsole
import GDCore

/// `explain` with an optimiser other than sgd: every number it prints for the rule's state
/// (v, s, m, m̂, ŝ, √s + ε, the new weight, lr_eff, the scheduled α) is recomputed here from
/// the formulas written out below (PyTorch's rules, issue 11), independently of
/// `Optimizer.step` and `OptimizerArithmetic`, and compared bit for bit; the weight
/// printed last must be the session's weight after that update, to the last bit.
@Suite struct ExplainOptimizerTests {
    /// One parameter's state in the test's own terms.
    struct State {
        var v = 0.0, s = 0.0, m = 0.0
        var t = 0
    }

    /// What the test expects one update to print for one parameter.
    struct Expected {
        var v = 0.0, s = 0.0, m = 0.0, mHat = 0.0, sHat = 0.0, denominator = 0.0, lrEff = 0.0
        var after = 0.0
    }

    /// One update of one parameter, the formulas written out (μ 0.9, β₁ 0.9, β₂ 0.999, ρ 0.99,
    /// ε 1e-10 for adagrad and 1e-8 otherwise).
    static func update(_ rule: String, θ: Double, g: Double, α: Double, _ state: inout State) -> Expected {
        var e = Expected()
        state.t += 1
        let t = state.t
        switch rule {
        case "momentum", "nesterov":
            state.v = t == 1 ? g : 0.9 * state.v + g
            e.v = state.v
            e.after = rule == "momentum" ? θ - α * state.v : θ - α * (g + 0.9 * state.v)
        case "adagrad":
            state.s = state.s + g * g
            e.s = state.s
            e.denominator = sqrt(state.s) + 1e-10
            e.after = θ - α * (g / e.denominator)
            e.lrEff = α / e.denominator
        case "rmsprop":
            state.s = 0.99 * state.s + (1 - 0.99) * (g * g)
            e.s = state.s
            e.denominator = sqrt(state.s) + 1e-8
            e.after = θ - α * (g / e.denominator)
            e.lrEff = α / e.denominator
        case "adam":
            state.m = 0.9 * state.m + (1 - 0.9) * g
            state.s = 0.999 * state.s + (1 - 0.999) * (g * g)
            e.m = state.m
            e.s = state.s
            e.mHat = state.m / (1 - pow(0.9, Double(t)))
            e.sHat = state.s / (1 - pow(0.999, Double(t)))
            e.denominator = sqrt(e.sHat) + 1e-8
            e.after = θ - α * (e.mHat / e.denominator)
            e.lrEff = α / e.denominator
        default:
            Issue.record("unknown rule \(rule)")
        }
        return e
    }

    /// ∂L/∂w and ∂L/∂b of y = w·x (+ b) over the lecture's points `points`, summed in order
    /// (fewer than 8 terms: numpy's pairwise sum is the plain loop).
    static func gradient(_ points: [Int], w: Double, b: Double, affine: Bool) -> (w: Double, b: Double) {
        let x = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0], y = [0.0, 0.8, 2.2, 2.3, 4.3, 4.9]
        var sw = 0.0, sb = 0.0
        for i in points {
            let r = y[i] - (affine ? w * x[i] + b : w * x[i])
            sw += x[i] * r
            sb += r
        }
        let n = Double(points.count)
        return (-2 * (sw / n), -2 * (sb / n))
    }

    /// The value after the last " = " of each printed line that starts (trimmed) with
    /// `prefix`, before any remark in brackets after two spaces.
    static func values(_ text: String, _ prefix: String) -> [Double] {
        text.split(separator: "\n").compactMap { line in
            var trimmed = line.drop { $0 == " " }
            if let remark = trimmed.range(of: "  (") { trimmed = trimmed[..<remark.lowerBound] }
            guard trimmed.hasPrefix(prefix), let r = trimmed.range(of: " = ", options: .backwards) else { return nil }
            let tail = trimmed[r.upperBound...].prefix { !$0.isWhitespace }
            return Double(tail)
        }
    }

    static func same(_ printed: [Double], _ expected: [Double], _ what: String, _ text: String) {
        #expect(printed.map(\.bitPattern) == expected.map(\.bitPattern), "\(what): printed \(printed), expected \(expected)\n\(text)")
    }

    /// Runs lines in a fresh session; returns the output of the last.
    static func run(_ gd: Interpreter, _ sink: BufferSink, _ lines: [String]) -> String {
        for (n, line) in lines.enumerated() {
            sink.clear()
            #expect(gd.run(line: line, file: nil, lineNumber: n + 1) == .ok, "\(line): \(sink.text)")
        }
        return sink.text
    }

    /// The three updates of the test, by points: a batch, one sgd point, a mini-batch.
    static let updates: [(command: String, points: [Int])] = [
        ("step batch", [0, 1, 2, 3, 4, 5]), ("step sgd 2", [2]), ("step minibatch 1 4", [1, 4]),
    ]

    /// Every rule, the line model and (adam) the affine one, constant or invscaling rate:
    /// `explain` after the third update, `explain 2` for the second (its state recovered by
    /// replay), `explain next` before the first.
    @Test(arguments: [
        ("momentum", false, false), ("nesterov", false, false), ("adagrad", false, false),
        ("rmsprop", false, false), ("adam", false, false), ("adam", true, false), ("adam", true, true),
        ("momentum", false, true), ("rmsprop", true, true),
    ])
    func everyPrintedNumberIsTheFormulas(rule: String, affine: Bool, invscaling: Bool) {
        let sink = BufferSink()
        let gd = Interpreter(sink: sink)
        var setup = ["set optimizer \(rule)"]
        if affine { setup.insert("model affine", at: 0) }
        if invscaling { setup.append("set schedule invscaling 0.5") }
        _ = Self.run(gd, sink, setup)

        var w = 0.2, b = 0.0
        var sw = State(), sb = State()
        var printed: [String] = []
        for (k, update) in Self.updates.enumerated() {
            let α = invscaling ? 0.01 / pow(Double(k + 1), 0.5) : 0.01
            let g = Self.gradient(update.points, w: w, b: b, affine: affine)
            let ew = Self.update(rule, θ: w, g: g.w, α: α, &sw)
            let eb = affine ? Self.update(rule, θ: b, g: g.b, α: α, &sb) : nil
            let next = k == 0 ? Self.run(gd, sink, ["explain next batch"]) : ""
            _ = Self.run(gd, sink, [update.command])
            let text = Self.run(gd, sink, ["explain"])
            printed.append(text)
            for shown in k == 0 ? [text, next] : [text] {
                let both = [ew] + (eb.map { [$0] } ?? [])
                Self.check(rule, shown, both, α: α, invscaling: invscaling)
            }
            // The weight printed is the session's, bit for bit.
            let session = gd.state.trainer.parameters
            Self.same(Self.values(text, "w* ="), [session.w], "w* is the session's w", text)
            if affine { Self.same(Self.values(text, "b* ="), [session.b], "b* is the session's b", text) }
            w = ew.after
            b = eb?.after ?? 0
        }
        // An older step: the same lines as when it was the last (its state is replayed).
        let older = Self.run(gd, sink, ["explain 2"])
        #expect(older == printed[1], "explain 2 differs from explain right after step 2:\n\(older)\n---\n\(printed[1])")
    }

    /// The rule's lines of one explanation against the expected values of each parameter.
    static func check(_ rule: String, _ text: String, _ e: [Expected], α: Double, invscaling: Bool) {
        Self.same(Self.values(text, "w* =") + Self.values(text, "b* ="), e.map(\.after), "\(rule) new weights", text)
        if invscaling { Self.same(Self.values(text, "α = α₀/t^p"), [α], "scheduled α", text) }
        switch rule {
        case "momentum", "nesterov":
            Self.same(Self.values(text, "v ←"), e.map(\.v), "v", text)
        case "adagrad", "rmsprop":
            Self.same(Self.values(text, "s ←"), e.map(\.s), "s", text)
            Self.same(Self.values(text, "√s + ε"), e.map(\.denominator), "√s + ε", text)
            Self.same(Self.values(text, "lr_eff"), e.map(\.lrEff), "lr_eff", text)
        default:
            Self.same(Self.values(text, "m ←"), e.map(\.m), "m", text)
            Self.same(Self.values(text, "s ←"), e.map(\.s), "s", text)
            Self.same(Self.values(text, "m̂ ="), e.map(\.mHat), "m̂", text)
            Self.same(Self.values(text, "ŝ ="), e.map(\.sHat), "ŝ", text)
            Self.same(Self.values(text, "√ŝ + ε"), e.map(\.denominator), "√ŝ + ε", text)
            Self.same(Self.values(text, "lr_eff"), e.map(\.lrEff), "lr_eff", text)
        }
    }

    /// Past the timeline's reach the state is gone: explain says so and prints the rate
    /// the update used instead of made-up arithmetic.
    @Test func aStepOlderThanTheTimelineSaysItsStateIsNotKept() {
        let sink = BufferSink()
        let gd = Interpreter(sink: sink)
        _ = Self.run(gd, sink, ["set optimizer adam"])
        let commands = Array(repeating: "step sgd 1", count: Timeline.entryLimit + 2)
        _ = Self.run(gd, sink, commands)
        let text = Self.run(gd, sink, ["explain 1"])
        #expect(text.contains("state before step 1 is no longer kept"), "\(text)")
        let row = gd.state.trainer.history.updates.first
        #expect(text.contains("lr_eff = \(NumberFormat.repr(row?.effectiveRate ?? .nan))"), "\(text)")
        #expect(!text.contains("m ←"))
        // The newest steps are still written out in full.
        #expect(Self.run(gd, sink, ["explain"]).contains("m̂ = m/(1 − β₁ᵗ)"))
    }

    /// The README's adam example is what gd prints.
    @Test func readmeAdamExampleIsCurrent() throws {
        guard let block = try ReadmeBlock.after("<!-- explain adam example: Tests/GDConsoleTests/ExplainOptimizerTests checks this block -->\n```\n") else { return }
        #expect(ReadmeBlock.replayed(block) == block)
    }

    /// Every explain line has a Korean form with Hangul in it (the switch is exhaustive; this
    /// checks that no Korean form is an English copy).
    @Test func everyExplainMessageHasKorean() {
        let samples: [ExplainMessage] = [
            .heading(step: 1, taken: true, variant: .batch, count: 6, points: [0], epoch: 1, w: "0.2", b: nil, rate: "0.01"),
            .heading(step: 1, taken: false, variant: .sgd, count: 1, points: [2], epoch: nil, w: "0.2", b: "0.0", rate: "0.01"),
            .heading(step: 1, taken: true, variant: .minibatch, count: 2, points: [1, 4], epoch: nil, w: "0.2", b: nil, rate: "0.01"),
            .point(1, rest: "x = 1"), .morePoints(3), .moreTerms(3), .pairwiseOrder, .recordDiffers(w: "1"),
            .scheduled(formula: "α = 1", clock: .epochs(2)), .scheduled(formula: "α = 1", clock: .update(2)),
            .ruleHeading(rule: "adam", parameter: "w", t: 1, settings: ""), .velocityStarts(line: "v ← g"),
            .effectiveRate(line: "lr_eff"), .stateNotKept(step: 1, rule: "adam", rates: "", after: "", commands: 1024),
            .stateNotKept(step: 1, rule: nil, rates: "", after: "", commands: 1024),
        ] + LectureSlides.Name.allCases.flatMap { name in
            [ExplainMessage.slideSame(name, shows: "1", rounded: true), .slideSame(name, shows: "1", rounded: false),
             .slideSlip(name, shows: "1", got: "2", x: "4", kept: "0.8", wBefore: "0.272", prediction: "1.088", writesFive: true)]
        }
        for m in samples {
            let korean = Message.explain(m).text(.ko)
            #expect(korean.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "no Hangul: \(korean)")
            #expect(korean != Message.explain(m).text(.en))
        }
    }
}
