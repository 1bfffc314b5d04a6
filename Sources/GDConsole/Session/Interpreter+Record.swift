extension Interpreter {
    /// `record FILE` starts a transcript; `record stop` ends it.
    func record(_ path: String?, at location: SourceLocation, directory: String?) throws(GDError) {
        guard let path else {
            guard let recorder else {
                throw GDError(.missingArgument, "not recording; 'record FILE.gdt' starts a transcript", at: location)
            }
            recorder.finish()
            self.recorder = nil
            note("recorded \(recorder.path)")
            return
        }
        if recorder != nil {
            throw GDError(.badOption, "already recording to '\(recorder?.path ?? "")'; 'record stop' first", at: location)
        }
        let resolved = FilePath.resolve(path, in: directory)
        if let real = FilePath.real(resolved), protectedPaths.contains(real) {
            throw GDError(.refusedOverwrite, "'\(path)' was loaded or run in this session; record to another file", at: location)
        }
        let transcriptDirectory = FilePath.directory(of: resolved)
        let preamble = try recreatingCommands(transcriptDirectory: transcriptDirectory, at: location)
        let started: TranscriptRecorder
        do {
            started = try TranscriptRecorder(path: resolved)
        } catch {
            var e = error
            e.location = location
            throw e
        }
        writePreamble(preamble, to: started, directory: transcriptDirectory)
        recorder = started
        transient("recording to \(path); 'record stop' ends it")
    }
}
