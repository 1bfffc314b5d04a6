import Testing
@testable import GDConsole

/// Numbers print exactly as Python's `repr`. Expected strings are Python 3.11's output.
@Suite struct NumberFormatTests {
    @Test(arguments: [
        (0.0, "0.0"), (-0.0, "-0.0"), (1.0, "1.0"), (0.2, "0.2"), (0.1 + 0.2, "0.30000000000000004"),
        (5.658333333333334, "5.658333333333334"), (0.52896, "0.52896"), (1e-4, "0.0001"), (1e-5, "1e-05"),
        (1.5e-5, "1.5e-05"), (123456789012345.0, "123456789012345.0"), (1e15, "1000000000000000.0"),
        (1e16, "1e+16"), (1.2345e16, "1.2345e+16"), (1e22, "1e+22"), (1e-300, "1e-300"), (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"), (-2.5, "-2.5"), (100.0, "100.0"),
        (1e10, "10000000000.0"), (0.001, "0.001"), (-1.4266666666666665e201, "-1.4266666666666665e+201"),
        (Double.infinity, "inf"), (-Double.infinity, "-inf"), (Double.nan, "nan"), (2.0 / 3.0, "0.6666666666666666"),
    ])
    func reprMatchesPython(value: Double, expected: String) {
        #expect(NumberFormat.repr(value) == expected)
    }

    @Test func reprRoundTrips() {
        var x = 0.1
        for _ in 0..<2000 {
            x = x * 1.37 + 1e-7
            if x > 1e300 { x = 1e-300 }
            #expect(Double(NumberFormat.repr(x)) == x)
        }
    }
}
