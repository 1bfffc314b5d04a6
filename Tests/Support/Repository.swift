/// The repository's root folder, found from this file's location (Tests/Support/), so
/// tests that read its transcripts and examples or run its binary work from any folder.
public enum Repository {
    public static let root: String = {
        var path = #filePath
        for _ in 0..<3 {
            if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
        }
        return path
    }()
}
