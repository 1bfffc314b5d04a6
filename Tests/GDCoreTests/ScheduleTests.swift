import Testing
@testable import GDCore

/// Learning-rate schedules against values worked out by hand (α = 0.1 throughout).
@Suite("learning-rate schedules")
struct ScheduleTests {
    @Test func constantIgnoresTheClock() {
        for (t, e) in [(1, 0), (7, 3), (1_000_000, 99)] {
            #expect(Schedule.constant.rate(base: 0.1, update: t, epochs: e) == 0.1)
        }
        #expect(Schedule.constant.clock == .none)
    }

    @Test func stepHalvesEveryTwoEpochs() {
        // α·γ^⌊e/2⌋, γ = 0.5: e = 0, 1 → 0.1; e = 2, 3 → 0.05; e = 4 → 0.025; e = 7 → 0.0125
        let s = Schedule.step(every: 2, gamma: 0.5)
        let rates = [0, 1, 2, 3, 4, 7].map { s.rate(base: 0.1, update: 1, epochs: $0) }
        #expect(rates == [0.1, 0.1, 0.05, 0.05, 0.025, 0.0125])  // powers of two: exact
        // γ = 0.1 every 3: e = 6 → 0.1·0.01 = 0.001 (to an ulp: pow(0.1, 2) vs 0.01)
        #expect(isClose(Schedule.step(every: 3, gamma: 0.1).rate(base: 0.1, update: 1, epochs: 6),
                        0.001, relative: 1e-15))
        // The update number does not matter, only finished epochs.
        #expect(s.rate(base: 0.1, update: 1, epochs: 2) == s.rate(base: 0.1, update: 500, epochs: 2))
        #expect(s.clock == .epoch)
    }

    @Test func exponentialMultipliesByGammaEachEpoch() {
        // α·γ^e, γ = 0.9: e = 0 → 0.1; e = 1 → 0.09; e = 3 → 0.1·0.729 = 0.0729
        let s = Schedule.exponential(gamma: 0.9)
        #expect(s.rate(base: 0.1, update: 1, epochs: 0) == 0.1)
        #expect(isClose(s.rate(base: 0.1, update: 1, epochs: 1), 0.09, relative: 1e-15))
        #expect(isClose(s.rate(base: 0.1, update: 9, epochs: 3), 0.0729, relative: 1e-15))
        // e = 10, γ = 0.5: 0.1/1024 exactly
        #expect(Schedule.exponential(gamma: 0.5).rate(base: 0.1, update: 1, epochs: 10) == 0.1 / 1024)
        #expect(s.clock == .epoch)
    }

    @Test func invscalingDividesByAPowerOfTheUpdateNumber() {
        // α / t^0.25: t = 1 → 0.1; t = 16 → 0.1/2 = 0.05; t = 81 → 0.1/3; t = 10000 → 0.01
        let s = Schedule.invscaling(power: 0.25)
        #expect(s.rate(base: 0.1, update: 1, epochs: 0) == 0.1)
        #expect(s.rate(base: 0.1, update: 16, epochs: 0) == 0.05)
        #expect(isClose(s.rate(base: 0.1, update: 81, epochs: 5), 0.1 / 3, relative: 1e-15))
        #expect(isClose(s.rate(base: 0.1, update: 10_000, epochs: 5), 0.01, relative: 1e-15))
        // power 0.5: t = 4 → 0.05; power 0 → α always; power 1 → α/t
        #expect(Schedule.invscaling(power: 0.5).rate(base: 0.1, update: 4, epochs: 0) == 0.05)
        #expect(Schedule.invscaling(power: 0).rate(base: 0.1, update: 123, epochs: 0) == 0.1)
        #expect(Schedule.invscaling(power: 1).rate(base: 0.1, update: 8, epochs: 0) == 0.1 / 8)
        // Epochs do not matter, only the update number.
        #expect(s.rate(base: 0.1, update: 5, epochs: 0) == s.rate(base: 0.1, update: 5, epochs: 9))
        #expect(s.clock == .update)
    }

    @Test(arguments: [
        (Schedule.Argument.every, 0.0, false), (.every, 1, true), (.every, 2.5, false), (.every, -3, false),
        (.every, 1e300, false), (.every, .nan, false),
        (.gamma, 0, false), (.gamma, -0.5, false), (.gamma, 0.5, true), (.gamma, 1.5, true),
        (.gamma, .infinity, false), (.power, -0.1, false), (.power, 0, true), (.power, 0.25, true),
        (.power, .nan, false),
    ])
    func argumentRanges(argument: Schedule.Argument, value: Double, valid: Bool) {
        let violation = Schedule.check(argument, value)
        #expect((violation == nil) == valid)
        #expect(violation?.range == (valid ? nil : argument.range))
    }

    @Test func wholeScheduleValidation() {
        #expect(Schedule.constant.violation == nil)
        #expect(Schedule.step(every: 0, gamma: 0.5).violation
                == Schedule.Violation(argument: .every, value: 0, range: .positiveInteger))
        #expect(Schedule.step(every: 2, gamma: 0).violation
                == Schedule.Violation(argument: .gamma, value: 0, range: .positive))
        #expect(Schedule.exponential(gamma: -1).violation?.argument == .gamma)
        #expect(Schedule.invscaling(power: -1).violation?.argument == .power)
        #expect(Schedule.invscaling(power: 0.25).violation == nil)
        // An unchecked period of 0 does not trap (it counts as 1).
        #expect(Schedule.step(every: 0, gamma: 0.5).rate(base: 0.1, update: 1, epochs: 1) == 0.05)
    }
}
