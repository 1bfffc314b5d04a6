#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `gd test`: replays transcripts, prints a diff for each that differs, and counts.
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
        for path in paths {
            let files = TranscriptSuite.transcripts(at: path)
            if files.isEmpty {
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
        do {
            let text = try TranscriptSuite.read(file)
            transcript = try Transcript(path: file, text: text)
        } catch {
            sink.write(DiagnosticRenderer.render(error, sourceLine: nil, style: .file), to: .standardError)
            summary.failed += 1
            return
        }
        let replay = TranscriptReplay(transcript, directory: FilePath.directory(of: file))
        guard let diff = replay.diff else {
            sink.write("ok    \(file)\n", to: .standardOutput)
            summary.passed += 1
            return
        }
        if update {
            do {
                try AtomicFile.write(replay.actualLines.joined(separator: "\n") + "\n", to: file)
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

    static func read(_ path: String) throws(GDError) -> String {
        do {
            let file = try FileContents(path: path, limit: .text)
            return file.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        } catch {
            throw GDError(.cannotOpen, "cannot open '\(path)': \(error.message)", at: SourceLocation(file: path, line: 1, column: 1))
        }
    }

    /// The path itself when it is a file; the `.gdt` files below it, sorted, for a folder.
    static func transcripts(at path: String) -> [String] {
        guard FilePath.isDirectory(path) else { return [path] }
        var found: [String] = []
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            if FilePath.isDirectory(full) {
                found += transcripts(at: full)
            } else if name.hasSuffix(".gdt") {
                found.append(full)
            }
        }
        return found.sorted()
    }
}
