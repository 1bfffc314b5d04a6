extension Interpreter {
    /// `record FILE` starts a transcript; `record stop` ends it.
    func record(_ path: String?, mode: RecordMode, at location: SourceLocation, directory: String?) throws(GDError) {
        guard let path else {
            guard let recorder else {
                throw GDError(.missingArgument, .notRecording, at: location)
            }
            recorder.finish()
            self.recorder = nil
            if let failure = recorder.failure { throw GDError(.cannotWrite, failure, at: location) }
            note(.recorded(recorder.path))
            return
        }
        if recorder != nil {
            throw GDError(.badOption, .alreadyRecording(recorder?.path ?? ""), at: location)
        }
        let resolved = FilePath.resolve(path, in: directory)
        if isProtected(resolved) {
            throw GDError(.refusedOverwrite, .recordProtected(path), at: location)
        }
        let transcriptDirectory = FilePath.directory(of: resolved)
        let preamble = try recreatingCommands(transcriptDirectory: transcriptDirectory, at: location)
        let started: TranscriptRecorder
        do {
            started = try TranscriptRecorder(path: resolved, mode: mode, shownAs: path)
        } catch {
            var e = error
            e.location = location
            throw e
        }
        writePreamble(preamble, to: started, directory: transcriptDirectory)
        recorder = started
        transient(.recordingTo(path))
    }
}

extension Interpreter {
    /// A write that failed since the last look, as the error that ends the line (exit 73):
    /// the transcript's (recording then stops) or standard output's.
    func takeWriteFailure(at location: SourceLocation) -> GDError? {
        if let recorder, let failure = recorder.failure {
            self.recorder = nil
            recorder.finish()
            return GDError(.cannotWrite, .recordingStopped(failure), at: location)
        }
        if let failure = sink.takeWriteFailure() {
            return GDError(.cannotWrite, .writeFailed(failure), at: location)
        }
        return nil
    }
}
