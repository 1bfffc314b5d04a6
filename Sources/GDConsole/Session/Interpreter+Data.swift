import GDCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Interpreter {
    func load(_ source: DataSource, at site: CommandSite, directory: String?) throws(GDError) {
        let location = site["FILE"]
        switch source {
        case .lecture:
            replaceData(.lecture, label: "lecture")
            state.trainer.setWeight(Dataset.lectureWeight)
            state.trainer.learningRate = Dataset.lectureLearningRate
        case .none:
            replaceData(Dataset(xs: [], ys: []), label: "none")
        case .file(let path, let x, let y):
            let resolved = FilePath.resolve(path, in: directory)
            let columns = try readColumns(resolved, shownAs: path, x: x, y: y, at: location)
            try checkRoom(forPoints: columns.xs.count, of: path, at: location)
            replaceData(Dataset(xs: columns.xs, ys: columns.ys, summary: columns.summary), label: path)
            protect(resolved)
        case .npyPair(let xPath, let yPath):
            let xResolved = FilePath.resolve(xPath, in: directory), yResolved = FilePath.resolve(yPath, in: directory)
            let xs = try readVector(xResolved, shownAs: xPath, at: site["x="])
            let ys = try readVector(yResolved, shownAs: yPath, at: site["y="])
            guard xs.count == ys.count else {
                throw GDError(.badFile, .pairMismatch(xPath, xs.count, yPath, ys.count), at: location)
            }
            try checkFinite(xs, ys, path: xPath, at: location)
            try checkRoom(forPoints: xs.count, of: xPath, at: location)
            replaceData(Dataset(xs: xs, ys: ys), label: "\(xPath), \(yPath)")
            protect(xResolved)
            protect(yResolved)
        }
        let n = state.trainer.data.count
        out(.pointsLoaded(n))
    }

    /// New data resets w, history and step count, and keeps the settings, `batch` included
    /// (a batch larger than the data is reported when a mini-batch command uses it).
    func replaceData(_ data: Dataset, label: String) {
        state.trainer.replaceData(data)
        workspace.release()  // the old data's shuffled copies
        state.dataLabel = label

    }

    func readColumns(
        _ path: String, shownAs name: String, x: ColumnSelector, y: ColumnSelector, at location: SourceLocation
    ) throws(GDError) -> (xs: [Double], ys: [Double], summary: ColumnSummary) {
        let file: FileContents
        do {
            file = try FileContents(path: path, limit: .memory(environment.memory))
        } catch {
            throw GDError(error.shown(as: name), at: location)
        }
        let result = file.withUnsafeBytes { bytes -> Result<(xs: [Double], ys: [Double], summary: ColumnSummary), GDError> in
            do throws(DataFileError) {
                if NpyReader.isNpy(bytes) {
                    guard x == .automatic, y == .automatic else {
                        throw DataFileError(.malformed, path: name, .npyColumnsGiven)
                    }
                    let pairs = try NpyReader.readPairs(bytes, path: name)
                    if !pairs.allFinite { try DataFileError.checkFinite(pairs.xs, pairs.ys, path: name) }
                    return .success((pairs.xs, pairs.ys, pairs.summary))
                }
                let columns = try DelimitedReader.read(bytes, path: name, x: x, y: y, memory: environment.memory)
                return .success((columns.xs, columns.ys, columns.summary))
            } catch {
                var shown = error.shown(as: name)
                if let line = error.line, let column = error.column {
                    shown.column = Interpreter.characterColumn(byteColumn: column, line: line, of: bytes)
                }
                var failure = GDError(shown, at: location)
                failure.sourceLine = error.line.flatMap { Interpreter.line($0, of: bytes) }
                return .failure(failure)
            }
        }
        return try result.get()
    }

    /// Line `number` (1-based) of a file's bytes, for the caret under a data error; long
    /// lines are cut at 200 characters.
    static func line(_ number: Int, of bytes: UnsafeRawBufferPointer) -> String? {
        guard let start = lineStart(number, of: bytes) else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), end - start < 800 { end += 1 }
        var text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.hasSuffix("\r") { text.removeLast() }
        return text.count > 200 ? String(text.prefix(200)) + " …" : text
    }

    /// Where line `number` (1-based) starts in a file's bytes, nil past the end.
    static func lineStart(_ number: Int, of bytes: UnsafeRawBufferPointer) -> Int? {
        var line = 1
        var start = 0
        var i = 0
        while i < bytes.count, line < number {
            if bytes[i] == UInt8(ascii: "\n") {
                line += 1
                start = i + 1
            }
            i += 1
        }
        return line == number && start <= bytes.count ? start : nil
    }

    /// A data file error's column (1-based, in bytes after any byte order mark) as the
    /// 1-based character column that locations use, so the caret lands under `été`'s
    /// neighbours and not three bytes to the left.
    static func characterColumn(byteColumn: Int, line number: Int, of bytes: UnsafeRawBufferPointer) -> Int {
        guard var start = lineStart(number, of: bytes) else { return byteColumn }
        if start == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let end = min(bytes.count, start + max(0, byteColumn - 1))
        guard start <= end else { return byteColumn }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).count + 1
    }

    func readVector(_ path: String, shownAs name: String, at location: SourceLocation) throws(GDError) -> [Double] {
        do {
            let file = try FileContents(path: path, limit: .memory(environment.memory))
            return try file.withUnsafeBytes { bytes throws(DataFileError) in try NpyReader.readVector(bytes, path: name) }
        } catch {
            throw GDError(error.shown(as: name), at: location)
        }
    }

    /// Refuses data whose points, held and trained on, need more memory than gd may use: a
    /// file small enough to read can still hold more rows than training has room for.
    func checkRoom(forPoints n: Int, of file: String, at location: SourceLocation) throws(GDError) {
        let need = MemoryLimit.product(n, MemoryLimit.bytesPerPoint)
        guard environment.memory.allows(need) else {
            throw GDError(.cannotOpen, .memory(.load(file, points: n), environment.memory.refusalParts(need: need)), at: location)
        }
    }

    func checkFinite(_ xs: [Double], _ ys: [Double], path: String, at location: SourceLocation) throws(GDError) {
        do {
            try DataFileError.checkFinite(xs, ys, path: path)
        } catch {
            throw GDError(error, at: location)
        }
    }

    /// Only regular files: a device or FIFO read once (`/dev/stdin`) may well be written next.
    func protect(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
        protectedFiles.insert(FileIdentity(info))
    }

    /// Whether `path` is a file this session loaded or ran.
    func isProtected(_ path: String) -> Bool {
        FileIdentity(path: path).map(protectedFiles.contains) ?? false
    }

    /// Refuses to write over the transcript being recorded, whatever its name here: the
    /// recorder's open file would be cut off from the name and the transcript lost.
    func refuseLiveTranscript(_ path: String, shown: String, at location: SourceLocation) throws(GDError) {
        if let recorder, let identity = FileIdentity(path: path), recorder.identity == identity {
            throw GDError(.refusedOverwrite, .liveTranscript(shown), at: location)
        }
    }

    /// `gen`: refused up front when the points would not fit in memory; Ctrl-C (polled
    /// while drawing) stops it with nothing changed, the generator included.
    func generate(_ request: GenerateRequest, at site: CommandSite) throws(GDError) {
        let need = MemoryLimit.product(request.count, MemoryLimit.bytesPerPoint)
        guard environment.memory.allows(need) else {
            throw GDError(.outOfRange, .memory(.points(request.count), environment.memory.refusalParts(need: need)), at: site["N"])
        }
        var shape = SyntheticData.Shape(count: request.count, weight: request.weight, noise: request.noise,
                                        low: request.low, high: request.high)
        shape.model = request.model
        shape.bias = request.bias
        let stop = environment.isCancelled
        let drawn: Dataset?
        var random = state.trainer.random
        if let seed = request.seed {
            drawn = SyntheticData.generate(shape, seed: seed, shouldStop: stop)
        } else {
            drawn = SyntheticData.generate(shape, from: &random, shouldStop: stop)
        }
        guard let data = drawn else {
            throw GDError(.interrupted, .generateInterrupted, at: site.location)
        }
        if request.seed == nil { state.trainer.setRandom(random) }
        replaceData(data, label: "generated")
        out(.pointsGenerated(request.count))
    }

    func save(_ target: SaveTarget, to path: String, force: Bool, at location: SourceLocation, directory: String?) throws(GDError) {
        let text: String
        let rows: Int
        switch target {
        case .history:
            text = HistoryCSV.render(state.trainer)
            rows = state.trainer.history.updates.count
        case .data:
            text = dataCSV(state.trainer.data)
            rows = state.trainer.data.count
        case .report:
            text = try reportPage(at: location)
            rows = 0
        }
        try writeFile(text, to: path, force: force, at: location, directory: directory)
        out(target == .report ? .wroteReport(path: path) : .wroteRows(rows, path: path))

        /// `save data`'s text: "x,y" and one row per point, each number as `NumberFormat.repr`
        /// prints it, written straight into one string's storage (≤ 50 bytes a row; pages
        /// never written are never touched) rather than grown by concatenation.
        ///
        /// - Complexity: O(n); about 0.2 µs a number instead of repr's 3–4 µs.
        func dataCSV(_ data: Dataset) -> String {
            let n = data.count
            let header: StaticString = "x,y\n"
            // The longest repr of a double is 24 bytes ("-2.2250738585072014e-308").
            let capacity = header.utf8CodeUnitCount + n * (2 * 24 + 2)
            return data.xs.withUnsafeBufferPointer { xs in
                data.ys.withUnsafeBufferPointer { ys in
                    String(unsafeUninitializedCapacity: capacity) { buffer in
                        guard let base = buffer.baseAddress else { return 0 }
                        var p = base
                        p.update(from: header.utf8Start, count: header.utf8CodeUnitCount)
                        p += header.utf8CodeUnitCount
                        for i in 0..<n {
                            p += NumberFormat.write(xs[i], to: p)
                            p.pointee = UInt8(ascii: ","); p += 1
                            p += NumberFormat.write(ys[i], to: p)
                            p.pointee = UInt8(ascii: "\n"); p += 1
                        }
                        return p - base
                    }
                }
            }
        }
    }
}

extension Interpreter {
    /// Writes a file the way `save` does, for every command that writes one (`save`,
    /// `plot … to`): whole or not at all, never over a file this session loaded or ran
    /// unless `force`, never over a folder.
    func writeFile(_ text: String, to path: String, force: Bool, at location: SourceLocation, directory: String?) throws(GDError) {
        let resolved = FilePath.resolve(path, in: directory)
        try refuseLiveTranscript(resolved, shown: path, at: location)
        if !force, isProtected(resolved) {
            throw GDError(.refusedOverwrite, .protectedFile(path), at: location)
        }
        if FilePath.isDirectory(resolved) {
            throw GDError(.cannotWrite, .writeIsDirectory(path), at: location)
        }
        do {
            try AtomicFile.write(text, to: resolved)
        } catch {
            throw GDError(error.interrupted ? .interrupted : .cannotWrite, .writeFailed(error.failure), at: location)
        }
    }
}

extension GDError {
    /// A data file's own error, placed at the file's line and column when it has them.
    init(_ error: DataFileError, at location: SourceLocation) {
        let kind: ErrorKind = switch error.kind {
        case .cannotOpen: .cannotOpen
        case .malformed: .badFile
        case .interrupted: .interrupted
        }
        let failure: FileFailure = switch error.kind {
        case .cannotOpen: .cannotOpen
        case .malformed: .malformed
        case .interrupted: .interrupted
        }
        let detail = error.problem
        if kind == .interrupted {
            self.init(kind, .file(failure, path: error.path, detail: detail), at: location)
            return
        }
        if let line = error.line {
            self.init(kind, .file(failure, path: "", detail: detail),
                      at: SourceLocation(file: error.path, line: line, column: error.column ?? 1))
        } else {
            self.init(kind, .file(failure, path: error.path, detail: detail), at: location)
        }
    }
}

extension DataFileError {
    /// The same error naming the file as the user wrote it, not as it was resolved.
    func shown(as name: String) -> DataFileError {
        var copy = self
        copy.path = name
        return copy
    }

    /// Non-finite values are refused at load, never discovered mid-training.
    static func checkFinite(_ xs: [Double], _ ys: [Double], path: String) throws(DataFileError) {
        for (column, values) in [("x", xs), ("y", ys)] {
            if let i = values.firstIndex(where: { !$0.isFinite }) {
                throw DataFileError(.malformed, path: path, .nonFiniteAt(NumberFormat.repr(values[i]), column: column, row: i))
            }
        }
    }
}
