/// The workspace buffers an sgd or mini-batch pass borrows while it runs: the permutation,
/// the shuffled pairs and the gather columns.
///
/// They are moved out of the workspace, not copied, so that the pass can read them through
/// pointers while it mutates the trainer, and moved back by `giveBack`, which every pass
/// calls in a `defer` however it ends. Every pass (`runStochasticPass`, `runMiniBatchPass`,
/// the line optimiser loops, `runAffinePass`, `runModelPass`) borrows through this one type.
struct PassBuffers {
    private var order: [Int] = []
    private var pairs: [SIMD2<Double>] = []
    private var gatherX: [Double] = []
    private var gatherY: [Double] = []
    private let gathers: Bool

    /// Takes the buffers out of `workspace` (after `prepareOrder` or `preparePairs`), with gather
    /// columns of at least `gather` points, or none when `gather` is 0 (a pass in data order).
    init(_ workspace: inout Workspace, gather: Int) {
        swap(&order, &workspace.order)
        swap(&pairs, &workspace.pairs)
        gathers = gather > 0
        if gathers {
            swap(&gatherX, &workspace.gatherX)
            swap(&gatherY, &workspace.gatherY)
            if gatherX.count < gather { gatherX = [Double](repeating: 0, count: gather) }
            if gatherY.count < gather { gatherY = [Double](repeating: 0, count: gather) }
        }
    }

    /// Puts the buffers back where `init` found them (the gather columns grown, if they were).
    mutating func giveBack(to workspace: inout Workspace) {
        swap(&order, &workspace.order)
        swap(&pairs, &workspace.pairs)
        if gathers {
            swap(&gatherX, &workspace.gatherX)
            swap(&gatherY, &workspace.gatherY)
        }
    }

    /// `body` with pointers to `data`'s columns and to these buffers, valid only within it.
    @inline(__always)
    mutating func withPointers<R>(_ data: Dataset, _ body: (PassPointers) -> R) -> R {
        let xs = data.xs, ys = data.ys
        return xs.withUnsafeBufferPointer { x in
            ys.withUnsafeBufferPointer { y in
                order.withUnsafeBufferPointer { o in
                    pairs.withUnsafeBufferPointer { pp in
                        gatherX.withUnsafeMutableBufferPointer { gx in
                            gatherY.withUnsafeMutableBufferPointer { gy in
                                body(PassPointers(x: x, y: y, order: o, pairs: pp, gatherX: gx, gatherY: gy))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// What a pass reads through while it runs (see `PassBuffers.withPointers`).
struct PassPointers {
    let x: UnsafeBufferPointer<Double>
    let y: UnsafeBufferPointer<Double>
    /// The epoch's permutation (empty in data order and when the pairs were shuffled instead).
    let order: UnsafeBufferPointer<Int>
    let pairs: UnsafeBufferPointer<SIMD2<Double>>
    let gatherX: UnsafeMutableBufferPointer<Double>
    let gatherY: UnsafeMutableBufferPointer<Double>

    /// The `count` points from visiting position `start` as two contiguous columns: the data's
    /// own in data order, else gathered along the permutation or unzipped from the shuffled
    /// pairs into the gather columns. Nil when a buffer is too short (a pass then stops).
    @inline(__always)
    func chunk(start: Int, count: Int, shuffled: Bool, fromPairs: Bool) -> (UnsafePointer<Double>, UnsafePointer<Double>)? {
        fromPairs
            ? Trainer.unzip(pairs, start: start, count: count, scratch: gatherX, gatherY)
            : Trainer.chunk(x, y, order: order, start: start, count: count, shuffled: shuffled, scratch: gatherX, gatherY)
    }
}
