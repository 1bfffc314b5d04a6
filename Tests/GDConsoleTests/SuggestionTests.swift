import Testing
@testable import GDConsole

/// "Did you mean" stays helpful and bounded.
@Suite struct SuggestionTests {
    @Test func typosFindTheirWord() {
        #expect(Suggestion.closest(to: "sdg", in: ["batch", "sgd", "minibatch"]) == "sgd")
        #expect(Suggestion.closest(to: "stpe", in: ["step", "set", "show"]) == "step")
    }

    /// A word far longer than every candidate cannot be within the cut-off: it is refused
    /// on length alone (a 10 MB word once took 20 s and gigabytes of tables).
    @Test func aHugeWordSuggestsNothing() {
        let word = String(repeating: "x", count: 5_000_000)
        #expect(Suggestion.closest(to: word, in: ["step", "set", "show"]) == nil)
        #expect(Suggestion.closest(to: "stepxxxxxxxxxx", in: ["step"]) == nil)
    }
}
