import Foundation
import Testing

/// Another program cuts a file short while `gd` loads it (issue 9, item 1). gd used to map
/// the file and die of SIGBUS on the first lost page; now it either read the whole file
/// before the cut (and loads it), or sees it shrink (a read error, exit 66, nothing
/// loaded), or opened it after the cut (and loads what is left), or was handed the cut
/// pages as zeros (a data error, exit 65, nothing loaded). It never dies of a signal.
@Suite struct TruncationTests {
    /// 16 MiB of "1,2\n": long enough to load that a cut lands mid-load, in any build.
    static let rows = 4 << 20

    @Test(arguments: [0.02, 0.1, 0.3, 0.6])
    func fileCutShortWhileLoadingIsAnErrorNotACrash(delay: Double) throws {
        let dir = try GDProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/rows.csv"
        try String(repeating: "1,2\n", count: Self.rows).write(toFile: path, atomically: false, encoding: .utf8)

        let r = try GDProcess.gd(["--keep-going", "-c", "load rows.csv\nshow"], in: dir,
                                 environment: GDProcess.environmentWithoutBacktraces) {
            Thread.sleep(forTimeInterval: delay)
            #expect(truncate(path, 1000) == 0)
        }
        let (o, e) = (r.stdout, r.stderr)

        #expect(!r.signalled, "killed by signal \(r.status)")
        switch r.status {
        case 0:
            // Read whole before the cut, or opened after it: either way a whole file.
            #expect(o.hasPrefix("\(Self.rows) points loaded\n") || o.hasPrefix("250 points loaded\n"), "\(o)")
        case 66:
            #expect(e.contains("cannot open 'rows.csv': cannot read: the file shrank while it was read"), "\(e)")
            #expect(o.contains("6 points (lecture)"), "nothing loaded: \(o)")
        case 65:
            // A read racing the cut can be handed the cut pages as zeros (the kernel checked
            // the size before the cut, so nothing looks short): gd then reads NUL bytes where
            // numbers were, which is a data error at their line, with nothing loaded. (Twice,
            // under a loaded machine, this test met a status other than 0 or 66 that was not
            // captured; this is the outcome the kernel allows, and any other still fails here.)
            #expect(e.contains("rows.csv:") && e.contains("\\x00"), "\(e)")
            #expect(o.contains("6 points (lecture)"), "nothing loaded: \(o)")
        default:
            Issue.record("exit \(r.status): \(e)")
        }
    }
}
