/// Relative closeness with an explicit tolerance, for values computed two different ways.
func isClose(_ a: Double, _ b: Double, relative: Double = 1e-12) -> Bool {
    if a == b { return true }
    return abs(a - b) <= relative * max(abs(a), abs(b))
}
