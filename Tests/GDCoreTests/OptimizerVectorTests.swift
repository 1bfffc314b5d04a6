import Foundation
import Testing
@testable import GDCore

/// gd's optimisers and schedules against the numpy reference (Tests/numpy/optimizers.py),
/// through the vectors Tests/numpy/make_optimizer_vectors.py writes (exact hex floats).
///
/// Both sides evaluate the same formulas in the same order with one rounding per operation,
/// so every update must agree bit for bit: θ, v, s, m, the effective rate and the scheduled
/// rate. The only operation that is not an IEEE basic one is `pow` (Adam's β₁ᵗ, β₂ᵗ and the
/// non-constant schedules), which both sides take from the C library; the committed vectors
/// were made with glibc, so on another C library those values are held to 1e-12 relative.
/// GD_OPTIMIZER_VECTORS=FILE reads a larger file made with --seeds/--updates instead.
@Suite("optimiser vectors from numpy")
struct OptimizerVectorTests {
    static let path: String = {
        if let override = ProcessInfo.processInfo.environment["GD_OPTIMIZER_VECTORS"] { return override }
        var path = #filePath
        for _ in 0..<3 {
            if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
        }
        return path + "/Tests/numpy/vectors/optimizers.json"
    }()

    struct Case {
        var name: String
        var optimizer: Optimizer
        var schedule: Schedule
        var lr: Double
        var theta0: Double
        var epochLength: Int
        var gradients: [Double]?
        var points: [(x: Double, y: Double)]?
        var expected: [[Double]]
        var usesPow: Bool
    }

    enum LoadError: Error { case malformed(String) }

    static func hex(_ any: Any?, _ what: String) throws -> Double {
        guard let text = any as? String, let value = Double(text) else { throw LoadError.malformed(what) }
        return value
    }

    static func load() throws -> [Case] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let doc = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let cases = doc["cases"] as? [[String: Any]] else { throw LoadError.malformed("document") }
        return try cases.map { c in
            let name = c["name"] as? String ?? "?"
            guard let o = c["optimizer"] as? [String: Any], let kindName = o["kind"] as? String,
                  let kind = OptimizerKind(rawValue: kindName),
                  let s = c["schedule"] as? [Any], let scheduleName = s.first as? String,
                  let epochLength = c["epochLength"] as? Int,
                  let rows = c["expected"] as? [[String]] else { throw LoadError.malformed(name) }
            let eps: Double? = o["eps"] is NSNull ? nil : try hex(o["eps"], name)
            let optimizer = try Optimizer(
                kind: kind, momentum: hex(o["momentum"], name), beta1: hex(o["beta1"], name),
                beta2: hex(o["beta2"], name), rho: hex(o["rho"], name), epsilon: eps)
            let schedule: Schedule
            switch scheduleName {
            case "constant": schedule = .constant
            case "step":
                guard s.count == 3, let every = s[1] as? Int else { throw LoadError.malformed(name) }
                schedule = .step(every: every, gamma: try hex(s[2], name))
            case "exponential": schedule = .exponential(gamma: try hex(s[1], name))
            case "invscaling": schedule = .invscaling(power: try hex(s[1], name))
            default: throw LoadError.malformed(name)
            }
            #expect(schedule.violation == nil, "\(name)")
            let gradients = try (c["gradients"] as? [String])?.map { try hex($0, name) }
            let points = try (c["points"] as? [[String]])?.map { p -> (x: Double, y: Double) in
                guard p.count == 2 else { throw LoadError.malformed(name) }
                return (try hex(p[0], name), try hex(p[1], name))
            }
            let expected = try rows.map { row in
                guard row.count == 6 else { throw LoadError.malformed(name) }
                return try row.map { try hex($0, name) }
            }
            return Case(name: name, optimizer: optimizer, schedule: schedule,
                        lr: try hex(c["lr"], name), theta0: try hex(c["theta0"], name),
                        epochLength: epochLength, gradients: gradients, points: points,
                        expected: expected, usesPow: kind == .adam || schedule != .constant)
        }
    }

    /// Replays one case through `Schedule.rate` and `Optimizer.step`; returns the rows.
    static func replay(_ c: Case) -> [[Double]] {
        var theta = c.theta0
        var state = OptimizerState.initial
        var rows: [[Double]] = []
        for i in 0..<c.expected.count {
            let rate = c.schedule.rate(base: c.lr, update: i + 1, epochs: i / c.epochLength)
            let g: Double
            if let points = c.points, !points.isEmpty {
                let p = points[i % points.count]
                g = GradientKernel.evaluate(x: p.x, y: p.y, w: theta).gradient
            } else {
                g = c.gradients?[i] ?? .nan
            }
            let update = c.optimizer.step(gradient: g, parameter: theta, learningRate: rate, state: state)
            theta = update.parameter
            state = update.state
            #expect(state.t == i + 1)
            rows.append([theta, state.v, state.s, state.m, update.effectiveRate, rate])
        }
        return rows
    }

    @Test func everyUpdateMatchesNumpy() throws {
        let cases = try Self.load()
        #expect(cases.count >= 96)
        var compared = 0, identical = 0
        let fields = ["theta", "v", "s", "m", "effective rate", "rate"]
        for c in cases {
            let got = Self.replay(c)
            var exactRequired = !c.usesPow
            #if os(Linux)
            exactRequired = true
            #endif
            caseLoop: for (i, (row, want)) in zip(got, c.expected).enumerated() {
                for k in 0..<6 {
                    compared += 1
                    // Hex text keeps no NaN sign or payload, so any NaN matches any NaN.
                    let same = row[k].bitPattern == want[k].bitPattern || (row[k].isNaN && want[k].isNaN)
                    if same { identical += 1; continue }
                    let ok = !exactRequired && isClose(row[k], want[k], relative: 1e-12)
                    #expect(ok, "\(c.name) update \(i + 1) \(fields[k]): gd \(row[k]) numpy \(want[k])")
                    if !ok { break caseLoop }
                }
            }
        }
        #expect(compared == cases.reduce(0) { $0 + $1.expected.count * 6 })
        #if os(Linux)
        #expect(identical == compared)
        #endif
    }
}
