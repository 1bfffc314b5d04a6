/// What is wrong with a data, script or transcript file, as a value: the readers say which
/// problem and where (`DataFileError`), and each language words it here, in one exhaustive
/// `switch` per language.
public enum DataProblem: Sendable, Equatable {
    case noSuchFile
    case isDirectory
    case permissionDenied
    case interruptedReading
    case isDevice
    /// Any other `errno` (`SystemError` words it).
    case cannotOpen(SystemError)
    case cannotRead(SystemError)
    case outOfMemory
    case readingNeedsMemory(MemoryRefusal)
    case scriptTooLarge(size: ByteCount?, limit: ByteCount)
    case shrank(expected: Int, read: Int)
    case rowsNeedMemory(rows: Int, MemoryRefusal)
    case unterminatedQuotedField
    case textAfterQuote
    case ragged(fields: Int, firstLine: Int, columns: Int)
    case tooFewFields(fields: Int, needed: Int)
    /// `column`: as the reader shows it (`'y'` or `1`).
    case emptyField(column: String)
    case nonFinite(String, column: String)
    case notANumber(String, column: String, hint: NumberHint?)
    case carriageReturn
    case noDataRows
    case headerNotUTF8
    case tooFewColumns(Int)
    case columnIndexOutOfRange(Int, columns: Int)
    case noHeaderForName(String)
    case noColumnNamed(String, columns: String)
    case npyColumnsGiven
    case nonFiniteAt(String, column: String, row: Int)
    case npyWrongShape(String, vector: Bool)
    case npyNoValues
    case npyTruncated(String, needs: Int?, has: Int)
    case npyNotNpy
    case npyTruncatedHeader
    case npyHeader(NpyHeaderProblem)
    /// A worker's part of a file was never read: an internal error, reported, not trapped.
    case partNotRead(Int)
    /// A part counted more rows than its lines: an internal error, reported, not trapped.
    case moreRowsThanLines
    /// A problem spelled as its English text: only tests write this (`DataFileError(…,
    /// message:)`, compared by English text); `UntranslatedTests` keeps it out of Sources/.
    case text(String)

    public enum NumberHint: Sendable, Equatable {
        case hexadecimal
        case header
    }

    var english: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        switch self {
        case .noSuchFile: return "no such file"
        case .isDirectory: return "is a directory"
        case .permissionDenied: return "permission denied"
        case .interruptedReading: return "interrupted while reading"
        case .isDevice: return "is a device, not a file or a pipe"
        case .cannotOpen(let error): return "cannot open: " + error.english
        case .cannotRead(let error): return "cannot read: " + error.english
        case .outOfMemory: return "cannot read: out of memory"
        case .readingNeedsMemory(let r):
            let capacity = r.fromUlimit ? "the ulimit allows \(r.limit.english)" : "this machine has \(r.limit.english)"
            return "reading it would need \(r.need?.english ?? "more than \(r.limit.english)") of memory; \(capacity)"
        case .scriptTooLarge(let size, let limit):
            return "it is \(size?.english ?? "more than \(limit.english)"); a script or transcript may be at most \(limit.english)"
        case .shrank(let expected, let read):
            return "cannot read: the file shrank while it was read (\(expected) bytes when opened, \(read) read); try again when nothing is writing it"
        case .rowsNeedMemory(let rows, let r):
            let capacity = r.fromUlimit ? "the ulimit allows \(r.limit.english)" : "this machine has \(r.limit.english)"
            let tail = (r.need?.english).map { "would need \($0) of memory; \(capacity)" }
                ?? "would need more memory than a 64-bit machine can address"
            return "loading its about \(rows) rows \(tail)"
        case .unterminatedQuotedField: return "unterminated quoted field"
        case .textAfterQuote: return "unexpected text after a closing quote"
        case .ragged(let fields, let firstLine, let columns):
            return "row has \(plural(fields, "field")) but line \(firstLine) has \(columns); every row needs the same number of fields"
        case .tooFewFields(let fields, let needed): return "row has \(plural(fields, "field")); expected at least \(needed)"
        case .emptyField(let column): return "expected a number in column \(column), found an empty field"
        case .nonFinite(let value, let column): return "non-finite value '\(value)' in column \(column)"
        case .notANumber(let value, let column, let hint):
            let note = switch hint {
            case .hexadecimal?: " (hexadecimal numbers are not read; write it in decimal)"
            case .header?: " (a first line is a header only when none of its fields is a number)"
            case nil: ""
            }
            return "expected a number in column \(column), found '\(value)'" + note
        case .carriageReturn:
            return "carriage return inside a line; lines must end in \\n or \\r\\n (convert classic Mac line endings)"
        case .noDataRows: return "no data rows"
        case .headerNotUTF8: return "header is not valid utf-8"
        case .tooFewColumns(let n): return "the file has \(plural(n, "column")); expected at least 2"
        case .columnIndexOutOfRange(let index, let columns):
            return "column index \(index) is out of range; the file has \(plural(columns, "column")), indexed from 0"
        case .noHeaderForName(let name): return "cannot select column '\(name)' by name: the file has no header"
        case .noColumnNamed(let name, let columns): return "no column named '\(name)'; columns are \(columns)"
        case .npyColumnsGiven: return "x= and y= do not apply to a .npy file; its columns are x and y"
        case .nonFiniteAt(let value, let column, let row): return "non-finite value \(value) in column '\(column)' at row \(row)"
        case .npyWrongShape(let shape, let vector):
            return "wrong shape \(shape); expected " + (vector ? "a 1-d array (n,)" : "(n, 2)")
        case .npyNoValues: return "no values"
        case .npyTruncated(let shape, let needs, let has):
            return "truncated data: shape \(shape) needs \(needs.map(String.init) ?? "too many") bytes; the file has \(has)"
        case .npyNotNpy: return "not a .npy file: bad magic string"
        case .npyTruncatedHeader: return "truncated header"
        case .npyHeader(let problem): return problem.english
        case .partNotRead(let k): return "internal error: part \(k) was not read"
        case .moreRowsThanLines: return "internal error: more rows than lines"
        case .text(let text): return text
        }
    }

    var korean: String {
        switch self {
        case .noSuchFile: return "그런 파일이 없습니다"
        case .isDirectory: return "디렉터리입니다"
        case .permissionDenied: return "권한이 없습니다"
        case .interruptedReading: return "읽는 중에 중단했습니다"
        case .isDevice: return "파일이나 파이프가 아니라 장치입니다"
        case .cannotOpen(let error): return "열 수 없습니다: " + error.korean
        case .cannotRead(let error): return "읽을 수 없습니다: " + error.korean
        case .outOfMemory: return "읽을 수 없습니다: 메모리가 부족합니다"
        case .readingNeedsMemory(let r):
            let capacity = r.fromUlimit ? "ulimit 허용량은 \(r.limit.korean)입니다" : "이 컴퓨터의 메모리는 \(r.limit.korean)입니다"
            return "읽으려면 메모리가 \(r.need?.korean ?? "\(r.limit.korean) 넘게") 필요합니다. \(capacity)"
        case .scriptTooLarge(let size, let limit):
            return "크기가 \(size?.korean ?? "\(limit.korean) 넘음")입니다. 스크립트와 트랜스크립트는 \(limit.korean)까지입니다"
        case .shrank(let expected, let read):
            return "읽을 수 없습니다: 읽는 동안 파일이 줄었습니다 (열 때 \(expected)바이트, 읽은 것 \(read)바이트). 아무도 쓰지 않을 때 다시 해 보세요"
        case .rowsNeedMemory(let rows, let r):
            let capacity = r.fromUlimit ? "ulimit 허용량은 \(r.limit.korean)입니다" : "이 컴퓨터의 메모리는 \(r.limit.korean)입니다"
            return (r.need?.korean).map { "약 \(rows)행을 불러오려면 메모리가 \($0) 필요합니다. \(capacity)" }
                ?? "약 \(rows)행을 불러오려면 64비트 컴퓨터가 다룰 수 있는 것보다 많은 메모리가 필요합니다"
        case .unterminatedQuotedField: return "따옴표로 시작한 필드가 닫히지 않았습니다"
        case .textAfterQuote: return "닫는 따옴표 뒤에 예상하지 못한 글자가 있습니다"
        case .ragged(let fields, let firstLine, let columns):
            return "이 행의 필드는 \(fields)개인데 \(firstLine)번째 줄은 \(columns)개입니다. 모든 행의 필드 수가 같아야 합니다"
        case .tooFewFields(let fields, let needed): return "이 행의 필드는 \(fields)개입니다. 적어도 \(needed)개가 필요합니다"
        case .emptyField(let column): return "\(column) 열에 수가 와야 하는데 빈 필드입니다"
        case .nonFinite(let value, let column): return "\(column) 열에 유한하지 않은 값 '\(value)'이(가) 있습니다"
        case .notANumber(let value, let column, let hint):
            let note = switch hint {
            case .hexadecimal?: " (16진수는 읽지 않습니다. 10진수로 쓰세요)"
            case .header?: " (첫 줄은 어느 필드도 수가 아닐 때만 머리글입니다)"
            case nil: ""
            }
            return "\(column) 열에 수가 와야 하는데 '\(value)'입니다" + note
        case .carriageReturn:
            return "줄 가운데에 캐리지 리턴이 있습니다. 줄은 \\n이나 \\r\\n으로 끝나야 합니다 (옛 Mac 줄 끝을 바꾸세요)"
        case .noDataRows: return "데이터 행이 없습니다"
        case .headerNotUTF8: return "머리글이 올바른 UTF-8이 아닙니다"
        case .tooFewColumns(let n): return "파일의 열은 \(n)개입니다. 적어도 2개가 필요합니다"
        case .columnIndexOutOfRange(let index, let columns):
            return "열 번호 \(Particle.attach(String(index), .topic)) 범위를 벗어났습니다. 파일의 열은 \(columns)개이고 0부터 셉니다"
        case .noHeaderForName(let name): return "열 '\(name)'을(를) 이름으로 고를 수 없습니다: 파일에 머리글이 없습니다"
        case .noColumnNamed(let name, let columns): return "이름이 '\(name)'인 열이 없습니다. 열: \(columns)"
        case .npyColumnsGiven: return ".npy 파일에는 x=와 y=를 쓸 수 없습니다. 열은 x와 y입니다"
        case .nonFiniteAt(let value, let column, let row): return "'\(column)' 열 \(row)행에 유한하지 않은 값 \(value)이(가) 있습니다"
        case .npyWrongShape(let shape, let vector):
            return "모양 \(shape)이(가) 맞지 않습니다. " + (vector ? "1차원 배열 (n,)" : "(n, 2)") + "이어야 합니다"
        case .npyNoValues: return "값이 없습니다"
        case .npyTruncated(let shape, let needs, let has):
            return "데이터가 잘렸습니다: 모양 \(shape)에는 \(needs.map { "\($0)바이트가" } ?? "너무 많은 바이트가") 필요한데 파일에는 \(has)바이트가 있습니다"
        case .npyNotNpy: return ".npy 파일이 아닙니다: 시작 바이트(magic string)가 다릅니다"
        case .npyTruncatedHeader: return "머리글이 잘렸습니다"
        case .npyHeader(let problem): return problem.korean
        case .partNotRead(let k): return "내부 오류: 부분 \(k)을(를) 읽지 않았습니다"
        case .moreRowsThanLines: return "내부 오류: 줄보다 행이 많습니다"
        case .text(let text): return text
        }
    }
}
