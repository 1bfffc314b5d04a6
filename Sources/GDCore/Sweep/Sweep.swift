import Dispatch
import Synchronization

/// What `sweep` runs: COUNT starting weights evenly spaced from `from` to `to` (both
/// included), each trained for `epochs` epochs by batch once and by sgd and mini-batch
/// `runs` times (each run its own seed).
public struct SweepPlan: Sendable, Equatable {
    public var from: Double
    public var to: Double
    public var count: Int
    public var epochs: Int
    public var runs: Int
    /// Threads to spread the runs over (≥ 1); the results do not depend on it.
    public var threads: Int

    public init(from: Double, to: Double, count: Int, epochs: Int = 50, runs: Int = 1, threads: Int = 1) {
        self.from = from
        self.to = to
        self.count = count
        self.epochs = epochs
        self.runs = runs
        self.threads = threads
    }

    /// The starting weights: `from + (to − from)·i/(count − 1)`, the last exactly `to`.
    public var starts: [Double] {
        guard count > 1 else { return [from] }
        return (0..<count).map { i in i == count - 1 ? to : from + (to - from) * Double(i) / Double(count - 1) }
    }

    /// The variants in the order the table lists them.
    public static let variants: [Variant] = [.batch, .sgd, .minibatch]

    /// Runs per starting weight for a variant: batch draws nothing at random, so one.
    public func runs(of variant: Variant) -> Int { variant == .batch ? 1 : runs }

    /// Runs in all.
    public var totalRuns: Int { SweepPlan.variants.reduce(0) { $0 + count * runs(of: $1) } }
}

/// One finished run of a sweep.
public struct SweepRun: Sendable, Equatable {
    public var variant: Variant
    public var start: Double
    /// 1-based.
    public var run: Int
    public var finalW: Double
    public var finalLoss: Double
    public var basin: Basins.Basin
}

/// Runs a sweep: every run an independent lean run from the session's settings.
public enum Sweep {
    /// The seed of one run, from the session's seed and the run's place in the sweep
    /// (SplitMix64 finaliser over the combination), so a sweep is reproducible and its runs'
    /// orders are unrelated. Kept within the generator's seed range.
    public static func seed(session: UInt64, variant: Int, start: Int, run: Int, kind: GeneratorKind) -> UInt64 {
        var z = session &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(truncatingIfNeeded: 1 + variant)
        z = z &+ 0xBF58_476D_1CE4_E5B9 &* UInt64(truncatingIfNeeded: start)
        z = z &+ 0x94D0_49BB_1331_11EB &* UInt64(truncatingIfNeeded: run)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return kind == .numpy ? z & UInt64(UInt32.max) : z
    }

    /// One run from `start` (the lean loop, `Sweep.lean`: `train`'s final weights without
    /// its per-epoch loss and records) and the basin it ended in.
    ///
    /// - Complexity: O(epochs · n).
    public static func run(
        _ trainer: Trainer, _ variant: Variant, start: Double, seed: UInt64, epochs: Int, basins: Basins,
        workspace: inout SweepWorkspace, shouldStop: () -> Bool
    ) -> (SweepRun, stopped: Bool) {
        guard let end = lean(trainer, variant, start: start, seed: seed, epochs: epochs,
                             workspace: &workspace, shouldStop: shouldStop) else {
            return (SweepRun(variant: variant, start: start, run: 0, finalW: .nan, finalLoss: .nan, basin: .outside), true)
        }
        return (finish(trainer, variant, start: start, end, basins: basins), false)
    }

    /// A run's row: its final weight, the loss `train` reports (over all points at the final
    /// weights, computed once per run) and its basin.
    static func finish(_ trainer: Trainer, _ variant: Variant, start: Double, _ end: LeanEnd, basins: Basins) -> SweepRun {
        let w = end.parameters.w, loss = trainer.loss(at: end.parameters)
        let basin = basins.classify(w, diverged: end.diverged || !loss.isFinite)
        return SweepRun(variant: variant, start: start, run: 0, finalW: w, finalLoss: loss, basin: basin)
    }

    /// Runs a worker takes at a time from the shared counter, a whole number of lane groups:
    /// enough that taking them costs nothing, few enough that the workers finish together
    /// on a loaded machine.
    static func chunk(jobs: Int, workers: Int) -> Int {
        laneLimit * max(1, min(4, jobs / max(1, workers * 8 * laneLimit)))
    }

    /// Every run of the plan, in a fixed order (variant, start, run), or nil when stopped.
    ///
    /// `plan.threads` workers (`concurrentPerform`, which returns only when all have
    /// finished) take chunks of consecutive runs from one atomic counter, so a worker slowed
    /// by another process takes fewer, and run them in lanes of one variant (`Sweep.lean`).
    /// A run's result depends only on its place in the plan (its start and its seed), never
    /// on which worker ran it or which runs shared its lanes, so the results are the same on
    /// any number of threads. Each worker has its own `SweepWorkspace` (data copy, orders,
    /// scratch, lanes), made once, and writes only its own result slots: the workers share
    /// no mutable memory and allocate nothing per update.
    ///
    /// - Precondition: data is not empty; count, epochs, runs, threads ≥ 1.
    /// - Complexity: O(runs · epochs · n) work over `threads` threads.
    public static func run(_ trainer: Trainer, _ plan: SweepPlan, basins: Basins,
                           shouldStop: @escaping @Sendable () -> Bool) -> [SweepRun]? {
        struct Job { var variant: Variant; var start: Double; var run: Int; var seed: UInt64 }
        let starts = plan.starts
        let session = trainer.random.seed, kind = trainer.random.kind
        var jobs: [Job] = []
        jobs.reserveCapacity(plan.totalRuns)
        for (v, variant) in SweepPlan.variants.enumerated() {
            for (i, start) in starts.enumerated() {
                for r in 1...max(1, plan.runs(of: variant)) {
                    let seed = Sweep.seed(session: session, variant: v, start: i, run: r, kind: kind)
                    jobs.append(Job(variant: variant, start: start, run: r, seed: seed))
                }
            }
        }
        let results = ResultSlots(count: jobs.count)
        let workers = max(1, min(plan.threads, jobs.count))
        let frozenJobs = jobs
        let step = chunk(jobs: jobs.count, workers: workers)
        let next = Atomic<Int>(0)
        let batch = trainer.batchSize
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var workspace = SweepWorkspace(trainer.data, batch: batch)
            while true {
                let first = next.wrappingAdd(step, ordering: .relaxed).oldValue
                if first >= frozenJobs.count { return }
                let end = min(first + step, frozenJobs.count)
                var j = first
                while j < end {
                    if shouldStop() {
                        results.stop()
                        return
                    }
                    // Consecutive runs of one variant share the lanes.
                    let variant = frozenJobs[j].variant
                    var g = j + 1
                    while g < end, g - j < workspace.laneCount, frozenJobs[g].variant == variant { g += 1 }
                    loadLanes(trainer, frozenJobs[j..<g].lazy.map { ($0.start, $0.seed) }, &workspace)
                    guard runLanes(trainer, variant, epochs: plan.epochs, &workspace, shouldStop) else {
                        results.stop()
                        return
                    }
                    for k in 0..<(g - j) {
                        let job = frozenJobs[j + k]
                        var result = finish(trainer, variant, start: job.start,
                                            workspace.lanes[k].end(trainer.divergencePolicy), basins: basins)
                        result.run = job.run
                        results.set(j + k, result)
                    }
                    j = g
                }
            }
        }
        return results.collect()
    }
}

/// Slots the sweep's workers write, each its own indices, read once all have joined.
final class ResultSlots: @unchecked Sendable {
    /// Allocated up front; distinct workers write distinct elements, and nothing reads
    /// them before `concurrentPerform` returns.
    private let slots: UnsafeMutableBufferPointer<SweepRun?>
    private let stopped = Atomic<Bool>(false)

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit { slots.deallocate() }

    func set(_ index: Int, _ run: SweepRun) { slots[index] = run }

    func stop() { stopped.store(true, ordering: .relaxed) }

    func collect() -> [SweepRun]? {
        if stopped.load(ordering: .relaxed) { return nil }
        let runs = slots.compactMap { $0 }
        return runs.count == slots.count ? runs : nil
    }
}
