import TestSupport

/// The repository's folders, found from this file's location so tests run from anywhere.
enum Paths {
    static let repository = Repository.root
    static let transcripts = repository + "/Tests/transcripts"
    static let examples = repository + "/examples"
}
