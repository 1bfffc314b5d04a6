#if canImport(Glibc)
import Glibc
#endif
import GDConsole

/// What the front end tells the console about the terminal, so plots at the prompt fit
/// the window and use Braille only where UTF-8 shows. The console makes no such calls.
enum TerminalFacts {
    /// Standard output's window size, or nil when it is not a terminal.
    @Sendable static func size() -> PlotSize? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var window = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0, window.ws_row > 0 else { return nil }
        return PlotSize(columns: Int(window.ws_col), rows: Int(window.ws_row))
    }

    /// Whether the locale's codeset is UTF-8 (call after `setlocale`).
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// The language to start in, from `GD_LANG`, `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// (the console decides; the front end only reads the variables).
    static var language: Language {
        var variables: [String: String] = [:]
        for name in ["GD_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = getenv(name) { variables[name] = String(cString: value) }
        }
        return Language.fromEnvironment(variables)
    }
}
