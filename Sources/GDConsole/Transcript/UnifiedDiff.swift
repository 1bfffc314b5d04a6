/// A unified diff of two line lists, as `diff -u` prints it, with 3 lines of context.
enum UnifiedDiff {
    /// - Returns: nil when the lists are equal.
    static func render(old: [String], new: [String], oldName: String, newName: String, context: Int = 3) -> String? {
        guard old != new else { return nil }
        let edits = script(old, new)
        var out = "--- \(oldName)\n+++ \(newName)\n"
        // Group edits into hunks separated by more than 2·context unchanged lines.
        var i = 0
        while i < edits.count {
            guard edits[i].kind != .same else { i += 1; continue }
            var start = i
            var contextBefore = 0
            while start > 0, edits[start - 1].kind == .same, contextBefore < context {
                start -= 1
                contextBefore += 1
            }
            var end = i
            var run = 0
            var k = i
            while k < edits.count {
                if edits[k].kind == .same {
                    run += 1
                    if run > 2 * context { break }
                } else {
                    run = 0
                    end = k
                }
                k += 1
            }
            let stop = min(edits.count, end + 1 + context)
            let hunk = edits[start..<stop]
            let oldStart = hunk.first?.oldIndex ?? 0
            let newStart = hunk.first?.newIndex ?? 0
            let oldCount = hunk.filter { $0.kind != .added }.count
            let newCount = hunk.filter { $0.kind != .removed }.count
            out += "@@ -\(oldStart + 1),\(oldCount) +\(newStart + 1),\(newCount) @@\n"
            for e in hunk {
                switch e.kind {
                case .same: out += " " + e.text + "\n"
                case .removed: out += "-" + e.text + "\n"
                case .added: out += "+" + e.text + "\n"
                }
            }
            i = stop
        }
        return out
    }

    struct Edit {
        enum Kind { case same, removed, added }
        var kind: Kind
        var text: String
        /// Position in the old list (for added lines: where it would go).
        var oldIndex: Int
        var newIndex: Int
    }

    /// The longest-common-subsequence edit script.
    ///
    /// - Complexity: O(n·m) time and memory; transcripts are small.
    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count, m = b.count
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                edits.append(Edit(kind: .same, text: a[i], oldIndex: i, newIndex: j))
                i += 1
                j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                // Removals before additions, as `diff -u` prints them.
                edits.append(Edit(kind: .removed, text: a[i], oldIndex: i, newIndex: j))
                i += 1
            } else {
                edits.append(Edit(kind: .added, text: b[j], oldIndex: i, newIndex: j))
                j += 1
            }
        }
        return edits
    }
}
