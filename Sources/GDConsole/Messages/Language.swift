/// The language gd speaks: English (the default) or Korean, the lecture's own.
///
/// Command words, setting names and file formats stay English in both (like SQL keywords);
/// what changes is every message, report line, table header, plot label and help text.
public enum Language: String, Sendable, CaseIterable, Equatable {
    case en
    case ko

    /// The language a session starts in, from the environment the front end read:
    /// `GD_LANG` when it names a language, else `LC_ALL`, `LC_MESSAGES` or `LANG` (the
    /// first one set, as the C library looks them up) when it begins with `ko`.
    ///
    /// A pure function of the variables passed, so the console makes no environment
    /// call of its own and a test can give any environment.
    public static func fromEnvironment(_ variables: [String: String]) -> Language {
        if let chosen = variables["GD_LANG"], !chosen.isEmpty {
            let lower = chosen.lowercased()
            if lower.hasPrefix("ko") { return .ko }
            if lower.hasPrefix("en") || lower == "c" || lower == "posix" { return .en }
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = variables[name], !value.isEmpty {
                return value.lowercased().hasPrefix("ko") ? .ko : .en
            }
        }
        return .en
    }

    var summary: String {
        switch self {
        case .en: return "English"
        case .ko: return "한국어 (Korean)"
        }
    }
}
