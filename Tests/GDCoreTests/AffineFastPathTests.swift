import Testing
@testable import GDCore

/// The affine model's own loops (`Trainer+AffineEpoch`) and the evaluation cache
/// (`EvaluationCache`) against the generic loop they replace (`fastPaths = false`): every
/// history row, every outcome and the final state the same, bit for bit.
@Suite struct AffineFastPathTests {
    /// Affine data: y = 1.5·x − 0.7 + noise, x in −5..5.
    static func data(_ n: Int, seed: UInt64) -> Dataset {
        var r = RandomStream(kind: .gd, seed: seed)
        var xs: [Double] = [], ys: [Double] = []
        for _ in 0..<n {
            let x = r.unit() * 10 - 5
            xs.append(x)
            ys.append(1.5 * x - 0.7 + r.normal())
        }
        return Dataset(xs: xs, ys: ys)
    }

    /// Everything observable, each Double by its bits (so −0 ≠ +0).
    static func fingerprint(_ t: Trainer, _ outcomes: [TrainOutcome]) -> [String] {
        func bits(_ v: Double) -> String { String(v.bitPattern, radix: 16) }
        var lines = t.history.updates.map { r in
            "u \(r.step) \(r.epoch ?? -1) \(r.variant) \(r.points) \(r.pointCount) "
                + [r.wBefore, r.wAfter, r.gradient, r.lossUsed, r.bBefore, r.bAfter, r.gradientB,
                   r.effectiveRate, r.effectiveRateB].map(bits).joined(separator: " ")
        }
        lines += t.history.epochs.map { e in
            "e \(e.epoch) \(e.variant) \(e.batchSize) \(e.updates) \(e.firstStep) "
                + [e.wBefore, e.wAfter, e.bBefore, e.bAfter, e.loss].map(bits).joined(separator: " ")
        }
        lines += outcomes.map { o in
            "o \(o.epochs) \(o.updates) \(o.stop) \(bits(o.loss)) \(o.lastEpoch.map { bits($0.loss) } ?? "-")"
        }
        lines.append("s \(bits(t.parameters.w)) \(bits(t.parameters.b)) \(t.steps) \(t.epochs) \(t.history.totalUpdates) \(t.history.stride)")
        lines.append("l \(bits(t.loss))")
        return lines
    }

    /// Runs the same commands on a fast and a reference trainer and compares them.
    static func compare(_ data: Dataset, start: Parameters = Parameters(w: 0.2, b: 0), lr: Double = 0.01,
                        shuffles: Bool, historyLimit: Int, seed: UInt64 = 3,
                        negativeZeroAfterFirst: Bool = false, _ commands: [(Variant, Int, Int)]) {
        var fast = Trainer(data: data, learningRate: lr, shuffles: shuffles, historyLimit: historyLimit)
        fast.setModel(.affine)
        fast.setWeight(start.w)
        fast.setBias(start.b)
        fast.setRandom(RandomStream(kind: .gd, seed: seed))
        var reference = fast
        reference.fastPaths = false
        var a: [TrainOutcome] = [], b: [TrainOutcome] = []
        for (variant, batch, epochs) in commands {
            a.append(fast.train(variant, batchSize: batch, epochs: epochs))
            b.append(reference.train(variant, batchSize: batch, epochs: epochs))
            if negativeZeroAfterFirst {
                // Only a reset reaches −0 through the public API, and a reset's first row is kept
                // (made by the generic arithmetic); set it mid-run to reach the short form.
                fast.parameters = Parameters(w: -0.0, b: -0.0)
                reference.parameters = fast.parameters
            }
        }
        let fa = fingerprint(fast, a), fb = fingerprint(reference, b)
        #expect(fa.count == fb.count)
        for (x, y) in zip(fa, fb) where x != y {
            Issue.record("fast: \(x)\nreference: \(y)")
            break
        }
        let same = fast == reference  // not inside #expect: a failure would print both trainers whole
        #expect(same)
    }

    @Test(arguments: [true, false], [2, 100, 100_000])
    func everyVariantMatchesTheGenericLoop(shuffles: Bool, historyLimit: Int) {
        let d = Self.data(10_007, seed: 5)
        Self.compare(d, shuffles: shuffles, historyLimit: historyLimit, [
            (.batch, 1, 3), (.sgd, 1, 2), (.minibatch, 32, 2), (.minibatch, 1, 1), (.minibatch, 7, 1),
            (.minibatch, 5000, 2), (.batch, 1, 2), (.minibatch, 10_007, 1),
        ])
    }

    @Test(arguments: [true, false])
    func smallDataAndSlicesAcrossChunks(shuffles: Bool) {
        // 4096 points a chunk: slices that do not divide it, and data shorter than one.
        Self.compare(Self.data(9000, seed: 8), shuffles: shuffles, historyLimit: 64,
                     [(.minibatch, 3, 2), (.sgd, 1, 1), (.minibatch, 17, 1), (.minibatch, 16, 1)])
        Self.compare(Self.data(37, seed: 9), shuffles: shuffles, historyLimit: 100_000,
                     [(.sgd, 1, 3), (.minibatch, 5, 2), (.batch, 1, 2)])
    }

    @Test(arguments: [true, false], [2, 100_000])
    func zerosKeepTheirSigns(shuffles: Bool, historyLimit: Int) {
        // Weights at ±0 and terms at ±0: where the short form alone would get the sign of a
        // zero wrong (−0 − (+0) is −0, −0 − (−0) is +0). Points x ∈ {±0, ±1}, y ∈ {±0}, so
        // the weights stay zeros (half the rounds with x ≤ −0 and y = +0 only, where every
        // term is −0 and the sign would stay wrong to the end of the epoch); a history limit
        // of 2 keeps few rows, so most updates take the short form, and the weights are set
        // to −0 between commands.
        var r = RandomStream(kind: .gd, seed: 17)
        for round in 0..<12 {
            let onlyNegative = round % 2 == 1
            let xs = (0..<24).map { _ in (onlyNegative ? [-0.0, -1, -2] : [0.0, -0.0, 1, -1])[r.index(below: 3)] }
            let ys = (0..<24).map { _ in onlyNegative ? 0.0 : [0.0, -0.0][r.index(below: 2)] }
            let start = Parameters(w: round % 2 == 0 ? -0.0 : 0.0, b: round % 3 == 0 ? 0.0 : -0.0)
            Self.compare(Dataset(xs: xs, ys: ys), start: start, shuffles: shuffles, historyLimit: historyLimit,
                         seed: UInt64(round), negativeZeroAfterFirst: true, [(.sgd, 1, 3), (.minibatch, 3, 2), (.batch, 1, 1), (.minibatch, 1, 2)])
        }
    }

    @Test(arguments: [true, false], [2, 100_000])
    func divergenceStopsAtTheSameUpdate(shuffles: Bool, historyLimit: Int) {
        // A rate far past the stable bound: the weights grow until the safety check refuses one.
        for variant in [(Variant.sgd, 1), (.minibatch, 4), (.batch, 1)] {
            Self.compare(Self.data(3000, seed: 4), lr: 1.7, shuffles: shuffles, historyLimit: historyLimit,
                         [(variant.0, variant.1, 50)])
        }
    }

    @Test func stepsAndLossesMatch() {
        var fast = Trainer(data: Self.data(2000, seed: 2), learningRate: 0.02)
        fast.setModel(.affine)
        var reference = fast
        reference.fastPaths = false
        for _ in 0..<3 {
            let a = fast.step(.batch, .all), b = reference.step(.batch, .all)
            #expect(a.loss.bitPattern == b.loss.bitPattern)
            #expect(a == b)
        }
        let same = fast == reference
        #expect(same)
        #expect(fast.loss.bitPattern == reference.loss.bitPattern)
    }

    @Test func newDataClearsTheCache() {
        var t = Trainer(data: Self.data(500, seed: 1), learningRate: 0.01)
        t.setModel(.affine)
        _ = t.train(.batch, epochs: 1)
        let other = Self.data(500, seed: 2)
        t.replaceData(other)
        #expect(t.loss.bitPattern == other.loss(at: t.parameters, model: .affine).bitPattern)
    }
}

/// The affine kernel against the generic one it stands in for, at sizes around every
/// boundary of numpy's recursion (8, 128, the splits) and with ±0 terms.
@Suite struct AffinePairwiseSumTests {
    @Test(arguments: [1, 2, 7, 8, 9, 15, 16, 17, 127, 128, 129, 136, 255, 256, 257, 1000, 1031, 4096, 10_007])
    func sumsAreTheGenericKernels(n: Int) {
        let d = AffineFastPathTests.data(n, seed: UInt64(n))
        for p in [Parameters(w: 0.3, b: -1.1), Parameters(w: -2.5, b: 0.25), Parameters(w: 0, b: -0.0)] {
            let generic = d.xs.withUnsafeBufferPointer { x in
                d.ys.withUnsafeBufferPointer { y in ModelKernel.evaluate(.affine, x: x, y: y, p) }
            }
            let fast = d.xs.withUnsafeBufferPointer { x in
                d.ys.withUnsafeBufferPointer { y in
                    AffinePairwiseSum.evaluate(x: x.baseAddress!, y: y.baseAddress!, count: n, p)
                }
            }
            #expect(fast.gradient.sameBits(as: generic.gradient), "n \(n) at \(p)")
            #expect(fast.lossUsed.bitPattern == generic.lossUsed.bitPattern, "n \(n) at \(p)")
        }
    }
}
