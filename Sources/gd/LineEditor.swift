#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CEditLine
import GDConsole

/// What one prompt produced.
enum LineRead: Equatable {
    /// A line as typed, without its trailing newline.
    case line(String)
    /// Ctrl-C: the half-typed line was dropped and "^C" was printed.
    case interrupted
    /// Ctrl-D on an empty line (or the terminal went away).
    case endOfInput
}

/// An interactive prompt on libedit's native API: editing, history, Tab completion, Ctrl-C.
///
/// Use it only when stdin and stdout are both terminals; for pipes and files
/// read plain lines instead (libedit reads byte by byte there and mangles
/// non-ASCII input). libedit's own bindings apply in emacs mode (Ctrl-R is
/// incremental search, arrows walk the history) and ~/.editrc is read after
/// gd's bindings, so a user can override them.
final class LineEditor {
    /// nil when `el_init` failed; `readLine` then falls back to plain lines.
    private let editLine: OpaquePointer?
    private let history: OpaquePointer?
    /// What the C callbacks reach through `EL_CLIENTDATA`; owned here, passed unretained.
    private let context: EditorContext
    private let historyPath: String?
    /// Set when an existing history file could not be read: saving would destroy it.
    private var historyLoadProblem: Message?
    /// Lines entered in this session and not yet saved; merged into the file on save.
    private var unsavedLines: [String] = []
    private var lastEntered: String?

    /// Entries kept in memory and in the file.
    static let historySize: Int32 = 1000

    /// - Parameters:
    ///   - programName: passed to `el_init`; selects `programName:`-prefixed lines in ~/.editrc.
    ///   - historyPath: file to load now and to save to; nil keeps history in memory only.
    ///   - editing: false for plain lines with the prompt on stderr (stdout is not a
    ///     terminal, as in `gd | tee log`: Python's choice), true for libedit.
    ///   - completer: given the line up to the cursor, returns where the word being
    ///     completed starts (a UTF-8 byte offset into that text) and the full words
    ///     that could replace it. A directory candidate should end with "/".
    init(
        programName: String,
        historyPath: String?,
        editing: Bool = true,
        completer: @escaping (String) -> (wordStart: Int, candidates: [String])
    ) {
        LineEditor.useUTF8Locale()
        InterruptFlag.install()
        self.historyPath = historyPath
        self.context = EditorContext(completer: completer)

        let history = history_init()
        if let history {
            _ = gd_history_setsize(history, LineEditor.historySize)
            _ = gd_history_setunique(history, 1)
            if let historyPath, access(historyPath, F_OK) == 0,
               gd_history_load(history, historyPath) < 0 {
                historyLoadProblem = .historyUnreadable(historyPath)
            }
        }
        self.history = history

        let editLine = editing ? gd_el_init(programName) : nil
        self.editLine = editLine
        guard let editLine else { return }
        _ = gd_el_set_clientdata(editLine, Unmanaged.passUnretained(context).toOpaque())
        _ = gd_el_set_prompt(editLine) { e in
            guard let e, let raw = gd_el_get_clientdata(e) else { return gd_empty_string() }
            return Unmanaged<EditorContext>.fromOpaque(raw).takeUnretainedValue().prompt
        }
        _ = gd_el_set_editor(editLine, "emacs")
        // libedit's handlers restore the terminal and redraw on SIGTSTP/SIGCONT/SIGWINCH,
        // and hand SIGINT on to InterruptFlag's handler (installed above, so it is
        // the "previous" handler libedit saves and re-raises to).
        _ = gd_el_set_signal(editLine, 1)
        if let history { _ = gd_el_set_hist(editLine, history) }
        _ = gd_el_set_addfn(editLine, "gd-complete", "Complete the word before the cursor") { e, _ in
            LineEditor.complete(e)
        }
        _ = gd_el_set_bind(editLine, "^I", "gd-complete")
        _ = gd_el_set_bind(editLine, "^R", "em-inc-search-prev")
        // Ctrl-Left/Right by word, as in most terminals' xterm-style sequences.
        _ = gd_el_set_bind(editLine, "\\e[1;5D", "ed-prev-word")
        _ = gd_el_set_bind(editLine, "\\e[1;5C", "em-next-word")
        _ = gd_el_set_bind(editLine, "\\e[3~", "ed-delete-next-char")
        _ = el_source(editLine, nil)
    }

    deinit {
        if let editLine { el_end(editLine) }  // restores the terminal
        if let history { history_end(history) }
    }

    /// Shows `prompt` and reads one edited line.
    ///
    /// A Ctrl-C pressed before this call is forgotten; one pressed during it
    /// ends the read with `.interrupted` after printing "^C" and a newline.
    func readLine(prompt: String) -> LineRead {
        _ = InterruptFlag.take()
        guard let editLine else { return readPlainLine(prompt: prompt) }
        context.setPrompt(prompt)
        while true {
            var count: Int32 = 0
            errno = 0
            let raw = el_gets(editLine, &count)
            let error = errno
            if let raw, count > 0 {
                let text = String(cString: raw)
                return .line(text.utf8.last == 0x0A
                    ? String(decoding: text.utf8.dropLast(), as: UTF8.self) : text)
            }
            if InterruptFlag.take() {
                gd_el_print(editLine, LineEditor.textAfterCursor(editLine) + "^C\n")
                return .interrupted
            }
            // EINTR from a signal that is not Ctrl-C: start the line again, below.
            if count < 0 && error == EINTR {
                gd_el_print(editLine, "\n")
                continue
            }
            gd_el_print(editLine, "\n")
            return .endOfInput
        }
    }

    /// The abandoned line's text right of the cursor: printing it again moves the
    /// terminal cursor to the end of the line, so "^C" does not overwrite it.
    ///
    /// Empty during a Ctrl-R search: libedit then keeps its "bck:" prompt in the
    /// line buffer after a newline, and reprinting that would duplicate lines.
    private static func textAfterCursor(_ e: OpaquePointer) -> String {
        guard let info = el_line(e)?.pointee, let cursor = info.cursor,
              let end = info.lastchar, end > cursor
        else { return "" }
        let bytes = UnsafeRawBufferPointer(start: cursor, count: end - cursor)
        if bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Adds a line to the history, skipping blank lines and a repeat of the previous entry.
    func addHistory(_ line: String) {
        guard line.contains(where: { !$0.isWhitespace }), line != lastEntered else { return }
        lastEntered = line
        if let history { _ = gd_history_enter(history, line) }
        guard historyPath != nil else { return }
        unsavedLines.append(line)
        if unsavedLines.count > Int(LineEditor.historySize) {
            unsavedLines.removeFirst(unsavedLines.count - Int(LineEditor.historySize))
        }
    }

    /// Merges this session's new lines into the history file.
    ///
    /// The file is re-read first, so two sessions saving in turn keep each
    /// other's lines, and written to a temporary file in the same directory
    /// that is then renamed over it, so a crash never leaves it truncated.
    /// - Returns: a one-line warning when the file cannot be read or written, nil when fine.
    func saveHistory() -> Message? {
        guard let path = historyPath, !unsavedLines.isEmpty else { return nil }
        if let historyLoadProblem { return historyLoadProblem }
        guard let merged = history_init() else { return .historyOutOfMemory }
        defer { history_end(merged) }
        _ = gd_history_setsize(merged, LineEditor.historySize)
        _ = gd_history_setunique(merged, 1)
        if access(path, F_OK) == 0, gd_history_load(merged, path) < 0 {
            return .historyUnreadable(path)
        }
        for line in unsavedLines { _ = gd_history_enter(merged, line) }

        func failure(_ code: Int32) -> Message {
            .historySaveFailed(path, SystemError(code))
        }
        // A symbolic link (dotfiles kept in a repository) is written through, not replaced.
        let target = FilePath.writeTarget(path)
        var template = Array((target + ".XXXXXX").utf8CString)
        let blocked = AtomicFile.blockTerminatingSignals()
        defer { AtomicFile.restoreSignals(blocked) }
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { return failure(errno) }
        var info = stat()
        if stat(target, &info) == 0 { _ = fchmod(fd, info.st_mode & 0o7777) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let file = fdopen(fd, "w") else {
            let code = errno
            close(fd)
            unlink(temporary)
            return failure(code)
        }
        let written = gd_history_save_fp(merged, file)
        let flushed = fflush(file) == 0 && fsync(fd) == 0
        let code = errno
        let closed = fclose(file) == 0
        guard written >= 0, flushed, closed else {
            unlink(temporary)
            return failure(code == 0 ? EIO : code)
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            return failure(code)
        }
        unsavedLines.removeAll()
        return nil
    }

    /// Without a line editor: the prompt on stderr (stdout may be a pipe, as in
    /// `gd | tee log`), then a plain line read byte by byte from descriptor 0, so nothing
    /// typed after it is buffered away and Ctrl-C (EINTR) ends the read at once.
    private func readPlainLine(prompt: String) -> LineRead {
        writeError(prompt)
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let n = read(0, &byte, 1)
            if n == 1 {
                if byte == UInt8(ascii: "\n") { return .line(String(decoding: bytes, as: UTF8.self)) }
                bytes.append(byte)
                continue
            }
            if n < 0 && errno == EINTR {
                if InterruptFlag.take() {
                    // The terminal echoed "^C"; end its line so the prompt starts a new one.
                    writeError("\n")
                    return .interrupted
                }
                continue
            }
            if !bytes.isEmpty { return .line(String(decoding: bytes, as: UTF8.self)) }
            writeError("\n")
            return .endOfInput
        }
    }

    private func writeError(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(2, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }

    /// libedit drops non-ASCII input unless LC_CTYPE names a UTF-8 codeset.
    ///
    /// Only LC_CTYPE changes: number formatting (LC_NUMERIC) stays "C", so
    /// `strtod` and friends keep reading "." as the decimal point.
    private static func useUTF8Locale() {
        if setlocale(LC_CTYPE, "") != nil, codesetIsUTF8() { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if codesetIsUTF8() { return }
        }
    }

    private static func codesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased().filter { $0 != "-" }
        return name == "UTF8"
    }

    // MARK: Tab completion

    /// The `gd-complete` key function, bound to Tab.
    ///
    /// One candidate: insert its rest plus a space (none after a directory's "/").
    /// Several: insert their longest common prefix; when that adds nothing
    /// (a second Tab), list them in columns below the line and redraw it.
    private static func complete(_ e: OpaquePointer?) -> UInt8 {
        guard let e, let raw = gd_el_get_clientdata(e),
              let info = el_line(e)?.pointee,
              let buffer = info.buffer, let cursor = info.cursor
        else { return UInt8(CC_ERROR) }
        let context = Unmanaged<EditorContext>.fromOpaque(raw).takeUnretainedValue()
        let before = Array(UnsafeRawBufferPointer(start: buffer, count: max(0, cursor - buffer)))
        let (wordStart, found) = context.completer(String(decoding: before, as: UTF8.self))
        let start = min(max(wordStart, 0), before.count)
        let typed = String(decoding: before[start...], as: UTF8.self)
        var seen = Set<String>()
        let candidates = found.filter { seen.insert($0).inserted }
        guard let first = candidates.first else { return UInt8(CC_ERROR) }

        let target = candidates.count == 1
            ? (first.hasSuffix("/") ? first : first + " ")
            : longestCommonPrefix(candidates)
        if target.utf8.starts(with: typed.utf8) {
            let rest = String(decoding: target.utf8.dropFirst(typed.utf8.count), as: UTF8.self)
            if !rest.isEmpty {
                return el_insertstr(e, rest) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
            }
        } else if candidates.count == 1
                    || target.unicodeScalars.count >= typed.unicodeScalars.count {
            // The completer rewrote the word (e.g. "~/" expanded): replace it whole.
            el_deletestr(e, Int32(typed.unicodeScalars.count))
            return el_insertstr(e, target) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        }
        if candidates.count == 1 { return UInt8(CC_ERROR) }  // already complete: beep
        let listing = columns(displayNames(candidates), width: Int(gd_el_columns(e)))
        gd_el_print(e, "\n" + listing)
        return UInt8(CC_REDISPLAY)
    }

    /// Longest prefix, in whole Unicode scalars, shared by all the words.
    static func longestCommonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for word in words.dropFirst() {
            let scalars = Array(word.unicodeScalars)
            var n = 0
            while n < prefix.count, n < scalars.count, prefix[n] == scalars[n] { n += 1 }
            prefix.removeSubrange(n...)
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: prefix)
        return String(result)
    }

    /// Candidates as listed: without the directory part they all share, like a shell.
    static func displayNames(_ candidates: [String]) -> [String] {
        let common = longestCommonPrefix(candidates)
        guard let slash = common.lastIndex(of: "/") else { return candidates }
        let cut = common[...slash].utf8.count
        return candidates.map { String(decoding: $0.utf8.dropFirst(cut), as: UTF8.self) }
    }

    /// Lays names out column by column, as `ls` does, within `width` terminal cells;
    /// every line ends with "\n". Lists at most `limit` names and says how many more there are.
    static func columns(_ names: [String], width: Int, limit: Int = 200) -> String {
        let shown = Array(names.prefix(limit))
        let widths = shown.map(displayWidth)
        let cell = (widths.max() ?? 0) + 2
        // The last column needs no gap, and a line exactly `width` wide would wrap early.
        let perLine = max(1, (width + 1) / cell)
        let lines = (shown.count + perLine - 1) / perLine
        var out = ""
        for line in 0..<lines {
            var text = ""
            for column in 0..<perLine {
                let index = column * lines + line
                guard index < shown.count else { break }
                if !text.isEmpty { text += String(repeating: " ", count: cell - widths[index - lines]) }
                text += shown[index]
            }
            out += text + "\n"
        }
        if names.count > shown.count { out += "(\(names.count - shown.count) more)\n" }
        return out
    }

    /// Terminal cells a string takes: 2 for CJK, 0 for combining marks.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            sum + max(0, Int(gd_wcwidth(scalar.value)))
        }
    }
}

/// State for libedit's C callbacks, which cannot capture: reached through `EL_CLIENTDATA`.
private final class EditorContext {
    let completer: (String) -> (wordStart: Int, candidates: [String])
    /// NUL-terminated prompt text; libedit reads it during every redraw.
    private(set) var prompt: UnsafeMutablePointer<CChar>

    init(completer: @escaping (String) -> (wordStart: Int, candidates: [String])) {
        self.completer = completer
        prompt = EditorContext.copy("")
    }

    deinit { prompt.deallocate() }

    func setPrompt(_ text: String) {
        prompt.deallocate()
        prompt = EditorContext.copy(text)
    }

    private static func copy(_ text: String) -> UnsafeMutablePointer<CChar> {
        let bytes = text.utf8CString
        let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
        bytes.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { pointer.initialize(from: base, count: source.count) }
        }
        return pointer
    }
}
