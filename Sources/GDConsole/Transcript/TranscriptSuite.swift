#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `gd test`: replays transcripts, prints a diff for each that differs, and counts.
///
/// Its own lines (`ok`, `FAIL`, `updated`, `N passed, N failed`, the unified diff) are
/// English in every language, deliberately: `gd test` is a developer's tool read by
/// scripts (`scripts/test` counts these lines) and CI logs, not part of the lesson, and
/// the session it replays starts in English whatever `GD_LANG` says. What the replayed
/// transcript prints is in its own language (`set lang ko` inside it). The transcript
/// format's own errors (`[exit N]` misplaced, no input lines) are `Message`s like any other.
public struct TranscriptSuite {
    public var update: Bool
    public let sink: OutputSink

    public init(update: Bool, sink: OutputSink) {
        self.update = update
        self.sink = sink
    }

    public struct Summary: Sendable, Equatable {
        public var passed = 0
        public var failed = 0
        /// Transcripts rewritten by `--update`.
        public var updated = 0
    }

    /// Checks every `.gdt` file named or found under the folders named.
    ///
    /// A file that cannot be read or parsed counts as failed with a `file:line` message;
    /// so does a path that names nothing. Nothing is written without `update`.
    public func run(_ paths: [String]) -> Summary {
        var summary = Summary()
        var visited: Set<FileIdentity> = []
        for path in paths {
            // A path named twice (or inside a folder named before) is checked once.
            let seen = FileIdentity(path: path).map(visited.contains) ?? false
            let files = TranscriptSuite.transcripts(at: path, visited: &visited)
            var fresh: Set<FileIdentity> = []
            if files.isEmpty, !seen, TranscriptSuite.transcripts(at: path, visited: &fresh).isEmpty {
                sink.write("gd test: \(path): no .gdt transcripts here\n", to: .standardError)
                summary.failed += 1
            }
            for file in files {
                check(file, into: &summary)
            }
        }
        sink.write("\(summary.passed) passed, \(summary.failed) failed\n", to: .standardOutput)
        return summary
    }

    func check(_ file: String, into summary: inout Summary) {
        let transcript: Transcript
        let bytes: [UInt8]
        do {
            bytes = try TranscriptSuite.read(file)
            transcript = try Transcript(path: file, text: String(decoding: bytes, as: UTF8.self))
        } catch {
            sink.write(DiagnosticRenderer.render(error, sourceLine: nil, style: .file), to: .standardError)
            summary.failed += 1
            return
        }
        let replay = TranscriptReplay(transcript, directory: FilePath.directory(of: file))
        if let block = replay.quitBeforeEnd, block + 1 < transcript.blocks.count {
            // Never "updated" into "(not run …)" lines: the inputs after a quit are a mistake
            // for the author to fix.
            let quitLine = transcript.blocks[block].inputLine + 1
            let next = transcript.blocks[block + 1].inputLine + 1
            let error = GDError(.badTranscript, .inputAfterQuit(line: quitLine),
                                at: SourceLocation(file: file, line: next, column: 1))
            sink.write(DiagnosticRenderer.render(error, sourceLine: nil, style: .file), to: .standardError)
            summary.failed += 1
            return
        }
        guard let diff = replay.diff else {
            sink.write("ok    \(file)\n", to: .standardOutput)
            summary.passed += 1
            return
        }
        if update {
            do {
                try AtomicFile.write(TranscriptSuite.updatedBytes(replay, original: bytes), to: file)
                sink.write("updated \(file)\n", to: .standardOutput)
                summary.updated += 1
                summary.passed += 1
            } catch {
                sink.write("gd test: \(error.message)\n", to: .standardError)
                summary.failed += 1
            }
            return
        }
        sink.write("FAIL  \(file)\n", to: .standardOutput)
        sink.write(diff, to: .standardOutput)
        summary.failed += 1
    }

    static func read(_ path: String) throws(GDError) -> [UInt8] {
        do {
            let file = try FileContents(path: path, limit: .text)
            return file.withUnsafeBytes { Array($0) }
        } catch {
            throw GDError(.cannotOpen, .cannotOpenScript(path, detail: error.problem), at: SourceLocation(file: path, line: 1, column: 1))
        }
    }

    /// The transcript's new bytes: every line kept from the original is copied byte for
    /// byte (invalid UTF-8 in a comment, a byte-order mark, a CR before the newline), and
    /// a new line takes the file's line ending (CRLF when its first line has one).
    static func updatedBytes(_ replay: TranscriptReplay, original: [UInt8]) -> [UInt8] {
        var raw = original.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let endsWithNewline = original.last == UInt8(ascii: "\n")
        if endsWithNewline { raw.removeLast() }
        let crlf = raw.first?.last == UInt8(ascii: "\r")
        var out: [UInt8] = []
        out.reserveCapacity(original.count + 256)
        let entries = replay.layoutEntries
        for (k, entry) in entries.enumerated() {
            switch entry {
            case .kept(let index) where index < raw.count:
                out += raw[index]
            case .kept(let index):
                out += Array(replay.transcript.lines[index].utf8)
            case .new(let text):
                out += Array(text.utf8)
                if crlf { out.append(UInt8(ascii: "\r")) }
            }
            if k + 1 < entries.count || endsWithNewline || original.isEmpty { out.append(UInt8(ascii: "\n")) }
        }
        return out
    }

    /// The path itself when it is a file; the `.gdt` files below it, sorted, for a folder.
    /// Each real file and folder is visited once (by device and inode), so a symbolic link
    /// back up the tree neither repeats transcripts nor loops.
    static func transcripts(at path: String, visited: inout Set<FileIdentity>) -> [String] {
        guard FilePath.isDirectory(path) else {
            if let identity = FileIdentity(path: path) {
                if visited.contains(identity) { return [] }
                visited.insert(identity)
            }
            return [path]
        }
        if let identity = FileIdentity(path: path) {
            if visited.contains(identity) { return [] }
            visited.insert(identity)
        }
        var names: [String] = []
        guard let dir = opendir(path) else { return [] }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(dir)
        var found: [String] = []
        // Sorted before the walk, so which of two names for one file is kept is stable.
        for name in names.sorted() {
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            if FilePath.isDirectory(full) {
                found += transcripts(at: full, visited: &visited)
            } else if name.hasSuffix(".gdt") {
                if let identity = FileIdentity(path: full) {
                    if visited.contains(identity) { continue }
                    visited.insert(identity)
                }
                found.append(full)
            }
        }
        return found.sorted()
    }
}
