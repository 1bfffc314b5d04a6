/// The repository's folders, found from this file's location so tests run from anywhere.
enum Paths {
    static let repository: String = {
        var path = #filePath
        for _ in 0..<3 {
            if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
        }
        return path
    }()
    static let transcripts = repository + "/Tests/transcripts"
    static let examples = repository + "/examples"
}
