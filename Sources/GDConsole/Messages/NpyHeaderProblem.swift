/// What is wrong with a `.npy` file's header (its format version, its Python dict of
/// `descr`, `fortran_order` and `shape`), as a value each language words.
///
/// Python's own words stay as they are in both languages (`True`, `'descr'`, `'<f8'`):
/// they are what the file holds.
public enum NpyHeaderProblem: Sendable, Equatable {
    case version(major: Int, minor: Int)
    case structured
    case unsupportedDtype(String)
    /// A key the header lacks: `descr`, `fortran_order` or `shape`.
    case missingKey(String)
    /// `found`: the next character, quoted, or nil at the end of the header.
    case expected(String, found: String?)
    case expectedString(found: String?)
    case unterminatedString
    case expectedBool(found: String)
    case badDimension(String)
    case expectedValue
    case unterminatedValue

    var english: String {
        func next(_ found: String?) -> String { found ?? "the end of the header" }
        switch self {
        case .version(let major, let minor): return "unsupported .npy format version \(major).\(minor); expected 1.0, 2.0 or 3.0"
        case .structured: return "unsupported dtype: structured arrays are not supported"
        case .unsupportedDtype(let descr):
            return "unsupported dtype '\(descr)'; expected float64, float32, int64 or int32 ('<f8', '<f4', '<i8', '<i4', or big-endian '>f8', ...)"
        case .missingKey(let key): return "malformed header: no '\(key)'"
        case .expected(let what, let found): return "malformed header: expected '\(what)', found \(next(found))"
        case .expectedString(let found): return "malformed header: expected a quoted string, found \(next(found))"
        case .unterminatedString: return "malformed header: unterminated string"
        case .expectedBool(let word): return "malformed header: expected True or False, found '\(word)'"
        case .badDimension(let text): return "malformed header: bad dimension '\(text)' in 'shape'"
        case .expectedValue: return "malformed header: expected a value, found the end of the header"
        case .unterminatedValue: return "malformed header: unterminated value"
        }
    }

    var korean: String {
        func next(_ found: String?) -> String { found.map { "\($0) 문자가 있습니다" } ?? "머리글이 끝났습니다" }
        switch self {
        case .version(let major, let minor): return "지원하지 않는 .npy 형식 버전 \(major).\(minor)입니다. 1.0, 2.0, 3.0 중 하나여야 합니다"
        case .structured: return "지원하지 않는 dtype입니다: 구조화 배열은 읽지 않습니다"
        case .unsupportedDtype(let descr):
            return "지원하지 않는 dtype '\(descr)'입니다. float64, float32, int64, int32 중 하나여야 합니다 ('<f8', '<f4', '<i8', '<i4', 빅 엔디언 '>f8' 등)"
        case .missingKey(let key): return "머리글이 잘못되었습니다: '\(key)' 항목이 없습니다"
        case .expected(let what, let found): return "머리글이 잘못되었습니다: '\(what)' 자리에 \(next(found))"
        case .expectedString(let found): return "머리글이 잘못되었습니다: 따옴표로 묶은 문자열 자리에 \(next(found))"
        case .unterminatedString: return "머리글이 잘못되었습니다: 문자열이 닫히지 않았습니다"
        case .expectedBool(let word): return "머리글이 잘못되었습니다: True나 False 자리에 '\(word)'이(가) 있습니다"
        case .badDimension(let text): return "머리글이 잘못되었습니다: 'shape'의 크기 '\(text)'이(가) 잘못되었습니다"
        case .expectedValue: return "머리글이 잘못되었습니다: 값이 와야 하는데 머리글이 끝났습니다"
        case .unterminatedValue: return "머리글이 잘못되었습니다: 값이 닫히지 않았습니다"
        }
    }
}
