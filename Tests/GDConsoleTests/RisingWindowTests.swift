import Testing
@testable import GDConsole
import GDCore

/// How far back `step` looks for a rising loss: 64 updates wherever the loss over all points
/// is O(1) (the line model, and the affine model above 1,024 points, both in closed form),
/// and only the 4 a streak needs where each loss is a pass over millions of points (sine).
@Suite struct RisingWindowTests {
    static func data(_ n: Int) -> Dataset {
        Dataset(xs: (0..<n).map { Double($0 % 7) }, ys: (0..<n).map { Double($0 % 5) })
    }

    @Test func windowFollowsTheCostOfALoss() {
        let big = Self.data(1_000_001), small = Self.data(1_000)
        #expect(Interpreter.risingWindow(big, .line) == 64)
        #expect(Interpreter.risingWindow(big, .affine) == 64)
        #expect(Interpreter.risingWindow(big, .sine) == Interpreter.risingLimit + 1)
        for model in [ModelKind.line, .affine, .sine] {
            #expect(Interpreter.risingWindow(small, model) == 64)
        }
    }
}
