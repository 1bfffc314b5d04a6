/// "Did you mean" by edit distance, with a cut-off so unrelated words suggest nothing.
enum Suggestion {
    /// The closest candidate within ⌈length/3⌉ edits (at least 1, at most 3), if any.
    static func closest(to word: String, in candidates: [String]) -> String? {
        // Edit distance is at least the difference in length, so a word much longer than
        // every candidate suggests nothing; checked on UTF-8 length first, which bounds the
        // work on a megabyte-long word to O(1) before anything walks its characters.
        let longest = candidates.map(\.count).max() ?? 0
        guard word.utf8.count <= 4 * (longest + 3) else { return nil }
        let word = word.lowercased()
        let limit = min(3, max(1, (word.count + 2) / 3))
        var best: (String, Int)?
        for c in candidates where abs(c.count - word.count) <= limit {
            let d = distance(word, c)
            if d <= limit, d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    /// Damerau–Levenshtein (optimal string alignment): a swap of two letters counts once,
    /// which is the typo `sdg` for `sgd`.
    static func distance(_ a: String, _ b: String) -> Int {
        let s = Array(a), t = Array(b)
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var d = Array(repeating: Array(repeating: 0, count: t.count + 1), count: s.count + 1)
        for i in 0...s.count { d[i][0] = i }
        for j in 0...t.count { d[0][j] = j }
        for i in 1...s.count {
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                var v = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    v = min(v, d[i - 2][j - 2] + 1)
                }
                d[i][j] = v
            }
        }
        return d[s.count][t.count]
    }

}
