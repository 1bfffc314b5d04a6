// Shared by the libFuzzer targets in Tests/Fuzz (compiled into each by scripts/fuzz,
// in module GDConsole, so internal declarations are visible). Not a SwiftPM target.
#if canImport(Glibc)
import Glibc
#endif
import GDCore
#if GD_FUZZ_REPLAY
@testable import GDConsole
#endif

enum FuzzSupport {
    /// The largest whole number a fuzzed line may hold (except after `seed`), so that
    /// `gen`, `train` and `history-limit` stay small and one execution stays fast.
    static let largestCount = 10_000

    /// Budget of `isCancelled` polls per execution (each poll is at most one epoch or
    /// 4096 updates); when spent, long runs stop as if Ctrl-C had been pressed.
    nonisolated(unsafe) static var pollsLeft = 0

    /// The memory a fuzzed session may use: enough for `largestCount` points and rows, small
    /// enough that larger `gen` and `history-limit` requests meet the refusal, cheaply.
    static let memory = MemoryLimit(bytes: 4 << 20)

    static func environment() -> Environment {
        Environment(
            isCancelled: {
                FuzzSupport.pollsLeft -= 1
                return FuzzSupport.pollsLeft < 0
            },
            now: { 0 },
            memory: memory)
    }

    /// A fresh directory where the session's relative paths start (passed as `directory:`),
    /// so whatever `save` and `record` write lands there. The working directory is left
    /// alone: libFuzzer reads its corpus and writes artifacts there.
    nonisolated(unsafe) static var sandbox: String = {
        // $GD_FUZZ_TMP (scripts/fuzz makes one on tmpfs: `save` syncs its file, which is
        // slow on a disk, and removes it afterwards), else /tmp.
        let base = getenv("GD_FUZZ_TMP").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(base)/gd-fuzz-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in mkdtemp(buffer.baseAddress!) }
        guard made != nil else { fatalError("fuzz: mkdtemp failed") }
        let path = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        atexit { FuzzSupport.removeSandbox() }
        return path
    }()

    /// Makes the sandbox (first call) and empties it, so every execution starts alike.
    static func enterSandbox() {
        _ = sandbox
        emptySandbox()
    }

    /// Deletes every entry of the sandbox (only files are ever created there).
    static func emptySandbox() {
        guard let dir = opendir(sandbox) else { return }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(dir)
        for name in names { unlink(sandbox + "/" + name) }
    }

    static func removeSandbox() {
        emptySandbox()
        rmdir(sandbox)
    }

    /// Why a statement is not run, or nil when it may be.
    ///
    /// - Any `/` at all: no path can leave the sandbox, and nothing later sourced from a
    ///   file written here (echo output recorded by `record`) can hold one either.
    /// - A whole number above `largestCount`, except a seed, or the count after `gen` or
    ///   `history-limit` (which `memory` keeps small).
    static func rejection(_ text: String, largest: Int = largestCount) -> String? {
        if text.utf8.contains(UInt8(ascii: "/")) { return "slash" }
        guard let statements = try? Lexer.statements(text, location: (nil, 1)) else { return nil }
        for statement in statements {
            var previous = ""
            for token in statement.tokens {
                var key = previous
                var value = Substring(token.text)
                if let eq = value.firstIndex(of: "=") {
                    key = value[..<eq].lowercased()
                    value = value[value.index(after: eq)...]
                }
                // After 'gen' and 'history-limit' the memory limit refuses large counts first.
                let sized = key == "gen" || key == "history-limit"
                if key != "seed", !sized, let n = Int(value), n > largest { return "large" }
                // Integers too large for Int are refused by the parser, cheaply.
                previous = token.text.lowercased()
            }
        }
        return nil
    }

    /// How many `key=value` words the statement has.
    static func optionCount(_ text: String) -> Int {
        guard let statements = try? Lexer.statements(text, location: (nil, 1)) else { return 0 }
        return statements.reduce(0) { $0 + $1.tokens.filter { $0.kind == .word && $0.text.contains("=") }.count }
    }

    /// Whether the statement's command is `source` (also under `time`): a script that fails
    /// half way keeps the effects of the lines before, by design.
    static func isSource(_ text: String) -> Bool {
        guard let statements = try? Lexer.statements(text, location: (nil, 1)), let first = statements.first,
              let (command, _) = try? Parser.parseWithSite(first, file: nil, line: 1) else { return false }
        var c = command
        while case .time(let inner) = c { c = inner }
        if case .source = c { return true }
        return false
    }

    /// A line split at its `;` separators (as the lexer sees them), or the whole line.
    static func statementTexts(_ line: String) -> [String] {
        guard let statements = try? Lexer.statements(line, location: (nil, 1)), statements.count > 1 else { return [line] }
        let chars = Array(line)
        var parts: [String] = []
        var start = 0
        for statement in statements where statement.endColumn - 1 < chars.count {
            let end = statement.endColumn - 1  // the `;`
            guard end >= start else { continue }
            parts.append(String(chars[start..<end]))
            start = end + 1
        }
        if start < chars.count { parts.append(String(chars[start...])) }
        return parts
    }

    /// Whether two sessions are the same as far as a user can tell.
    ///
    /// `SessionState ==`, except that the data are compared by their points: `Dataset ==`
    /// also compares the derived moments, which are NaN (so never equal to themselves)
    /// when a square overflows (`data 1e308 1e308`). Reported; see the fuzzing notes.
    static func same(_ a: SessionState, _ b: SessionState) -> Bool {
        if a == b { return true }
        let s = a.trainer, t = b.trainer
        func bits(_ u: [Double], _ v: [Double]) -> Bool {
            u.count == v.count && zip(u, v).allSatisfy { $0.bitPattern == $1.bitPattern }
        }
        return bits(s.data.xs, t.data.xs) && bits(s.data.ys, t.data.ys)
            && s.w.bitPattern == t.w.bitPattern && s.startWeight.bitPattern == t.startWeight.bitPattern
            && s.learningRate.bitPattern == t.learningRate.bitPattern && s.batchSize == t.batchSize
            && s.shuffles == t.shuffles && s.divergencePolicy == t.divergencePolicy
            && s.random == t.random && s.steps == t.steps && s.epochs == t.epochs
            && s.history == t.history && s.timeline == t.timeline && a.dataLabel == b.dataLabel && a.timer == b.timer
            && a.numbers == b.numbers
    }

    /// The seed being replayed (FuzzCorpusTests), named when an invariant fails.
    nonisolated(unsafe) static var replaying = ""

    static func fail(_ message: String) -> Never {
        let seed = replaying.isEmpty ? "" : "seed \(replaying): "
        let text = Array("fuzz invariant violated: \(seed)\(message)\n".utf8)
        _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        abort()
    }
}
