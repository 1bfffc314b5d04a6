/// Chooses how many significant digits each number column of a `show` table keeps so the
/// table fits its width, at `digits full`.
///
/// The decision, and why:
/// - **Shortest round-trip unless space forces fewer digits.** A table that fits shows
///   every number as `NumberFormat.repr` does; nothing is rounded for looks.
/// - **One digit count per group of columns, so one double is one text.** Columns that
///   hold the same quantity share a count: `w_before` with `w_after`, `b_before` with
///   `b_after` (`sharedDigits`), and any two columns that hold the same double in the rows
///   shown (a batch row's `loss_used` is the previous row's `loss`). Per-column rounding
///   once printed row 6's `w_after` as `0.7591533` and row 7's `w_before`, the same
///   double, as `0.75915328`, which reads as w moving under a zero gradient.
/// - **Distinct numbers stay distinct.** A group never drops below the digits that keep
///   every two different values of one quantity different (nor below `floor`). If that cannot
///   fit, the table is wider than `limit`: a student must be able to tell from the table
///   whether w changed, so equal texts always mean equal doubles within a group.
/// - **The room there is, is used.** First every group not in `last` is lowered to one
///   common digit count, the largest that fits; then `last` (the weights, which a
///   student compares with the lecture) only if that was not enough; then any columns
///   left over are handed back a digit at a time, fewest digits first, until no group
///   can take one more. Widths are display columns (`DisplayWidth`), so Hangul headers
///   count twice.
///
/// - Complexity: O(g · 17 · r · c) cell formats for g groups, r rows, c columns; tables
///   are at most 31 rows.
struct TableFit {
    /// The cells shown (nil for the elision marker row), each column's header width, and
    /// for each column a group key: columns with the same key share one digit count.
    let rows: [[Interpreter.TableCell]?]
    let headerWidths: [Int]
    let sharedDigits: [Int]
    /// Group keys rounded only when every other group is at its minimum.
    let last: Set<Int>
    let limit: Int
    let floor: Int

    /// Each column's style: nil where the column is shown in full.
    func styles() -> [NumberStyle?] {
        let columnCount = headerWidths.count
        var group = Array(0..<columnCount)
        func find(_ c: Int) -> Int {
            var c = c
            while group[c] != c { c = group[c] }
            return c
        }
        func union(_ a: Int, _ b: Int) {
            let (ra, rb) = (find(a), find(b))
            if ra != rb { group[max(ra, rb)] = min(ra, rb) }
        }
        // Columns that share a key, and columns that share a double that could be rounded.
        for c in 0..<columnCount {
            if let d = (0..<c).first(where: { sharedDigits[$0] == sharedDigits[c] }) { union(c, d) }
        }
        var firstColumn: [UInt64: Int] = [:]
        for row in rows {
            guard let row else { continue }
            for (c, cell) in row.enumerated() where c < columnCount {
                guard case .number(let v) = cell, TableFit.fullDigits(v) > floor else { continue }
                let key = TableFit.key(v)
                if let other = firstColumn[key] { union(c, other) } else { firstColumn[key] = c }
            }
        }
        let roots = (0..<columnCount).map(find)
        let groups = Array(Set(roots)).sorted()
        // Values by group, and by quantity (`sharedDigits` key): distinctness is kept within
        // a quantity, where a student compares (did w change?), not across a chance match.
        var values: [Int: [Double]] = [:], quantities: [Int: [Double]] = [:]
        for row in rows {
            guard let row else { continue }
            for (c, cell) in row.enumerated() where c < columnCount {
                if case .number(let v) = cell {
                    values[roots[c], default: []].append(v)
                    quantities[sharedDigits[c], default: []].append(v)
                }
            }
        }
        var full: [Int: Int] = [:], least: [Int: Int] = [:]
        for g in groups {
            let most = (values[g] ?? []).map(TableFit.fullDigits).max() ?? 1
            let keys = Set((0..<columnCount).filter { roots[$0] == g }.map { sharedDigits[$0] })
            let distinct = keys.map { TableFit.distinguishingDigits(quantities[$0] ?? []) }.max() ?? 1
            full[g] = most
            least[g] = min(most, max(floor, distinct))
        }
        var caps = full
        func width() -> Int {
            var total = 2 * max(0, columnCount - 1)
            for c in 0..<columnCount {
                var w = headerWidths[c]
                for row in rows {
                    guard let row, c < row.count else { continue }
                    w = max(w, DisplayWidth.columns(TableFit.text(row[c], cap: caps[roots[c]] ?? 17)))
                }
                total += w
            }
            return total
        }
        if width() <= limit { return Array(repeating: nil, count: columnCount) }
        let lastGroups = Set(groups.filter { g in (0..<columnCount).contains { roots[$0] == g && last.contains(sharedDigits[$0]) } })
        /// Lowers `these` to one common count (each kept between its least and full), the
        /// largest that fits; false when even the least does not.
        func level(_ these: [Int]) -> Bool {
            for common in stride(from: 17, through: 1, by: -1) {
                for g in these { caps[g] = max(least[g] ?? 1, min(full[g] ?? 17, common)) }
                if width() <= limit { return true }
            }
            return false
        }
        if !level(groups.filter { !lastGroups.contains($0) }) {
            _ = level(groups.filter { lastGroups.contains($0) })
        }
        // Hand spare columns back: the group showing fewest digits first, weights first on ties.
        var raised = true
        while raised {
            raised = false
            let order = groups.sorted { (caps[$0] ?? 17, lastGroups.contains($0) ? 0 : 1, $0) < (caps[$1] ?? 17, lastGroups.contains($1) ? 0 : 1, $1) }
            for g in order where (caps[g] ?? 17) < (full[g] ?? 17) {
                let before = caps[g]
                caps[g] = (before ?? 17) + 1
                if width() <= limit { raised = true; break }
                caps[g] = before
            }
        }
        return (0..<columnCount).map { c in
            let g = roots[c]
            guard let cap = caps[g], cap < (full[g] ?? 17) else { return nil }
            return NumberStyle(digits: cap)
        }
    }

    /// The text of a cell at `cap` significant digits.
    static func text(_ cell: Interpreter.TableCell, cap: Int) -> String {
        switch cell {
        case .text(let text): return text
        case .number(let v): return NumberStyle(digits: cap).cell(v)
        }
    }

    /// Significant digits of `v`'s shortest round-trip text.
    static func fullDigits(_ v: Double) -> Int {
        Interpreter.significantDigits(NumberStyle.full.cell(v))
    }

    /// The fewest digits at which the distinct values in `values` still print distinctly.
    static func distinguishingDigits(_ values: [Double]) -> Int {
        let distinct = Set(values.map(key))
        for digits in NumberStyle.digitRange {
            let texts = Set(distinct.map { NumberStyle(digits: digits).cell(Double(bitPattern: $0)) })
            if texts.count == distinct.count { return digits }
        }
        return NumberStyle.digitRange.upperBound
    }

    /// The identity of a shown value: −0 is 0 and every NaN is one, as `NumberStyle.cell` prints them.
    static func key(_ v: Double) -> UInt64 {
        v.isNaN ? Double.nan.bitPattern : (v == 0 ? 0 : v).bitPattern
    }
}
