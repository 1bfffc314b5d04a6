#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import GDCore

/// The sweep's sine model takes sin and cos of one argument from glibc's `sincos`; it may
/// only because the pair is the separate `sin` and `cos` bit for bit on this C library.
@Suite struct SinCosTests {
    /// Arguments in every range glibc's reduction treats on its own (below 2⁻²⁶, below
    /// 0.855469, below 2.426265, below 105414350, beyond), both signs, near multiples of
    /// π/2, and the special values.
    static var arguments: [Double] {
        var g = Xoshiro256(seed: 20261129)
        var values: [Double] = [0, -0.0, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, .leastNormalMagnitude,
                                .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .pi, .pi / 2, -.pi / 2]
        let scales: [Double] = [0x1p-30, 0x1p-26, 0.5, 0.855469, 2.426265, 30, 105_414_350, 1e9, 1e22, 1e300]
        for k in 0..<1_000_000 {
            let u = g.nextUnit() * 2 - 1
            let scale = scales[k % scales.count]
            values.append(u * scale)
        }
        for k in -2000...2000 {
            let near = Double(k) * .pi / 2
            values.append(near)
            values.append(near.nextUp)
            values.append(near.nextDown)
        }
        for _ in 0..<100_000 {
            values.append(Double(bitPattern: g.next() & ~(0x7FF0_0000_0000_0000 as UInt64) | (UInt64(g.next(below: 0x7FF)) << 52)))
        }
        return values
    }

    @Test func sincosIsSinAndCosBitForBit() {
        #if os(Linux)
        // Otherwise the comparison below would compare sin and cos with themselves.
        #expect(SweepSineModel.usesSincos)
        #endif
        var different = 0
        var first: Double?
        for a in Self.arguments {
            let (s, c) = SweepSineModel.sineCosine(a)
            if s.bitPattern != sin(a).bitPattern || c.bitPattern != cos(a).bitPattern {
                different += 1
                if first == nil { first = a }
            }
        }
        #expect(different == 0, "first different argument \(String(describing: first))")
    }

    @Test func sweepSineTermsAreSineModelTerms() {
        var g = Xoshiro256(seed: 7)
        for _ in 0..<100_000 {
            let p = Parameters(w: g.nextUnit() * 20 - 10)
            let x = g.nextUnit() * 6 - 1, y = g.nextUnit() * 2 - 1
            let a = SweepSineModel.terms(x: x, y: y, p), b = SineModel.terms(x: x, y: y, p)
            #expect(a.w.bitPattern == b.w.bitPattern && a.square.bitPattern == b.square.bitPattern)
        }
    }
}
