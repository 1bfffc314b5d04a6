import GDCore

extension Interpreter {
    func load(_ source: DataSource, at site: CommandSite, directory: String?) throws(GDError) {
        let location = site["FILE"]
        switch source {
        case .lecture:
            replaceData(.lecture, label: "lecture")
            state.trainer.setWeight(Dataset.lectureWeight)
            state.trainer.learningRate = Dataset.lectureLearningRate
        case .file(let path, let x, let y):
            let resolved = FilePath.resolve(path, in: directory)
            let columns = try readColumns(resolved, shownAs: path, x: x, y: y, at: location)
            replaceData(Dataset(xs: columns.xs, ys: columns.ys), label: path)
            protect(resolved)
        case .npyPair(let xPath, let yPath):
            let xs = try readVector(FilePath.resolve(xPath, in: directory), shownAs: xPath, at: site["x="])
            let ys = try readVector(FilePath.resolve(yPath, in: directory), shownAs: yPath, at: site["y="])
            guard xs.count == ys.count else {
                throw GDError(.badFile, "'\(xPath)' has \(xs.count) values but '\(yPath)' has \(ys.count); they must pair up", at: location)
            }
            try checkFinite(xs, ys, path: xPath, at: location)
            replaceData(Dataset(xs: xs, ys: ys), label: "\(xPath), \(yPath)")
        }
        let n = state.trainer.data.count
        out("\(plural(n, "point")) loaded")
    }

    /// New data resets w, history and step count, and keeps the settings.
    func replaceData(_ data: Dataset, label: String) {
        state.trainer.replaceData(data)
        state.dataLabel = label
        if state.trainer.batchSize > data.count { state.trainer.batchSize = max(1, data.count) }
    }

    func readColumns(
        _ path: String, shownAs name: String, x: ColumnSelector, y: ColumnSelector, at location: SourceLocation
    ) throws(GDError) -> (xs: [Double], ys: [Double]) {
        do {
            let file = try MappedFile(path: path)
            return try file.withUnsafeBytes { bytes throws(DataFileError) in
                if NpyReader.isNpy(bytes) {
                    guard x == .automatic, y == .automatic else {
                        throw DataFileError(.malformed, path: name, message: "x= and y= do not apply to a .npy file; its columns are x and y")
                    }
                    let pairs = try NpyReader.readPairs(bytes, path: name)
                    try DataFileError.checkFinite(pairs.xs, pairs.ys, path: name)
                    return pairs
                }
                let columns = try DelimitedReader.read(bytes, path: name, x: x, y: y)
                return (columns.xs, columns.ys)
            }
        } catch {
            throw GDError(error.shown(as: name), at: location)
        }
    }

    func readVector(_ path: String, shownAs name: String, at location: SourceLocation) throws(GDError) -> [Double] {
        do {
            let file = try MappedFile(path: path)
            return try file.withUnsafeBytes { bytes throws(DataFileError) in try NpyReader.readVector(bytes, path: name) }
        } catch {
            throw GDError(error.shown(as: name), at: location)
        }
    }

    func checkFinite(_ xs: [Double], _ ys: [Double], path: String, at location: SourceLocation) throws(GDError) {
        do {
            try DataFileError.checkFinite(xs, ys, path: path)
        } catch {
            throw GDError(error, at: location)
        }
    }

    func protect(_ path: String) {
        protectedPaths.insert(FilePath.real(path) ?? path)
    }

    func generate(_ request: GenerateRequest) {
        var random = request.seed.map { RandomStream(kind: .gd, seed: $0) } ?? state.trainer.random
        var xs = [Double](repeating: 0, count: request.count)
        var ys = [Double](repeating: 0, count: request.count)
        let span = request.high - request.low
        for i in 0..<request.count {
            let x = request.low + span * random.unit()
            xs[i] = x
            ys[i] = request.weight * x + (request.noise == 0 ? 0 : request.noise * random.normal())
        }
        if request.seed == nil { state.trainer.setRandom(random) }
        replaceData(Dataset(xs: xs, ys: ys), label: "generated")
        out("\(plural(request.count, "point")) generated")
    }

    func save(_ target: SaveTarget, to path: String, force: Bool, at location: SourceLocation, directory: String?) throws(GDError) {
        let resolved = FilePath.resolve(path, in: directory)
        if !force, let real = FilePath.real(resolved), protectedPaths.contains(real) {
            throw GDError(.refusedOverwrite, "'\(path)' was loaded or run in this session; add 'force' to overwrite it", at: location)
        }
        if FilePath.isDirectory(resolved) {
            throw GDError(.cannotWrite, "cannot write '\(path)': is a directory", at: location)
        }
        let text: String
        let rows: Int
        switch target {
        case .history:
            text = HistoryCSV.render(state.trainer.history, data: state.trainer.data)
            rows = state.trainer.history.updates.count
        case .data:
            let d = state.trainer.data
            var csv = "x,y\n"
            for i in 0..<d.count {
                csv += NumberFormat.repr(d.xs[i]) + "," + NumberFormat.repr(d.ys[i]) + "\n"
            }
            text = csv
            rows = d.count
        }
        do {
            try AtomicFile.write(text, to: resolved)
        } catch {
            throw GDError(.cannotWrite, error.message, at: location)
        }
        out("wrote \(plural(rows, "row")) to \(path)")
    }
}

extension GDError {
    /// A data file's own error, placed at the file's line and column when it has them.
    init(_ error: DataFileError, at location: SourceLocation) {
        let kind: ErrorKind = error.kind == .cannotOpen ? .cannotOpen : .badFile
        if let line = error.line {
            self.init(kind, error.message, at: SourceLocation(file: error.path, line: line, column: error.column ?? 1))
        } else {
            let what = kind == .cannotOpen ? "cannot open '\(error.path)'" : "'\(error.path)'"
            self.init(kind, "\(what): \(error.message)", at: location)
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
                throw DataFileError(.malformed, path: path,
                                    message: "non-finite value \(NumberFormat.repr(values[i])) in column '\(column)' at row \(i)")
            }
        }
    }
}
