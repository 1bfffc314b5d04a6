import Testing
@testable import GDConsole

/// Parse errors point at the right column. In each case `|` marks where the caret must
/// go and is removed before parsing (swift-format's marker idea, with an ASCII marker).
@Suite struct ParserErrorTests {
    static let cases: [(String, ErrorKind)] = [
        ("|frob", .unknownCommand),
        ("step |sdg", .unknownChoice),
        ("step|", .missingArgument),
        ("step batch |extra", .extraArgument),
        ("step sgd |x", .badNumber),
        ("step sgd |-1", .outOfRange),
        ("step minibatch 1 2 |1", .repeatedIndex),
        ("set lr |nan", .notFinite),
        ("set lr |1e999", .notFinite),
        ("set lr |0", .outOfRange),
        ("set |colour on", .unknownChoice),
        ("set shuffle |maybe", .unknownChoice),
        ("train sgd|", .missingArgument),
        ("train minibatch 2 |0", .outOfRange),
        ("gen 10 |q=1", .badOption),
        ("gen 10 w=1 |w=2", .badOption),
        ("data 1 2,|, 3 4", .missingArgument),
        ("data 1 |a", .badNumber),
        ("echo |\"open", .unterminatedQuote),
        ("show w; show |x", .unknownChoice),
        ("  step  |sdg", .unknownChoice),
        ("time |time", .badOption),  // refused before the inner command is parsed
        ("train minibatch |bb=2 3", .badOption),
        ("epoch minibatch b=|0", .outOfRange),
        ("train sgd epochs=|x", .badNumber),
        ("train minibatch b=2 |b=3 4", .badOption),
        ("step sgd i=|-1", .outOfRange),
        ("train minibatch b=2|", .missingArgument),
    ]

    @Test(arguments: cases)
    func caretGoesUnderTheCulprit(marked: String, kind: ErrorKind) {
        let column = marked.distance(from: marked.startIndex, to: marked.firstIndex(of: "|") ?? marked.startIndex) + 1
        let line = marked.replacingOccurrences(of: "|", with: "")
        #expect {
            for statement in try Lexer.statements(line, location: ("t.gd", 3)) {
                _ = try Parser.parse(statement, file: "t.gd", line: 3)
            }
        } throws: { error in
            guard let e = error as? GDError else { return false }
            return e.kind == kind && e.location?.column == column && e.location?.line == 3 && e.location?.file == "t.gd"
        }
    }

    @Test func lexerKeepsQuotedWordsWhole() throws {
        let s = try Lexer.statements("load 'my data.csv' x=1 ; show w # note", location: (nil, 1))
        #expect(s.count == 2)
        #expect(s[0].tokens.map(\.text) == ["load", "my data.csv", "x=1"])
        #expect(s[0].tokens[1].kind == .quoted && s[0].tokens[1].column == 6 && s[0].tokens[1].width == 13)
        #expect(s[1].tokens.map(\.text) == ["show", "w"])
    }

    @Test func lexerSplitsCommasAndDoubledQuotes() throws {
        let s = try Lexer.statements("data 0 0,1 0.8 ; echo \"say \"\"hi\"\"\"", location: (nil, 1))
        #expect(s[0].tokens.map(\.text) == ["data", "0", "0", ",", "1", "0.8"])
        #expect(s[1].tokens.last?.text == "say \"hi\"")
    }

    @Test func renderingAFileErrorShowsTheLineAndCaret() {
        var e = GDError(.unknownChoice, .unknownChoice("VARIANT", word: "sdg", near: "sgd", options: ["batch", "sgd", "minibatch"]), at: SourceLocation(file: "lesson.gd", line: 3, column: 6, length: 3))
        e.sourceLine = "step sdg"
        #expect(DiagnosticRenderer.render(e, sourceLine: e.sourceLine, style: .file)
                == "lesson.gd:3:6: error: unknown variant 'sdg'; did you mean 'sgd'?\nstep sdg\n     ^~~\n")
        e.location?.file = nil
        #expect(DiagnosticRenderer.render(e, sourceLine: e.sourceLine, style: .prompt(width: 4))
                == "         ^~~\nerror: unknown variant 'sdg'; did you mean 'sgd'?\n")
    }

    @Test func includeChainIsShown() {
        var e = GDError(.badNumber, .notANumber("LR", text: "x"), at: SourceLocation(file: "lesson.gd", line: 12, column: 8))
        e.includeChain = ["main.gd:3"]
        #expect(DiagnosticRenderer.render(e, sourceLine: nil, style: .file)
                == "lesson.gd:12:8: error: expected a number for the learning rate, found 'x' (lesson.gd:12 ← main.gd:3)\n")
    }
}

/// A comment ends the word before it, and carriage returns ending a line are its line
/// ending: neither stretches a caret (found by the transcript fuzzer).
@Suite struct LexerLineEndTests {
    @Test(arguments: ["foo#comment here", "foo#c\r\r\r", "foo\r", "foo #x"])
    func aCommentEndsTheWord(_ line: String) throws {
        let statements = try Lexer.statements(line, location: (nil, 1))
        #expect(statements.first?.tokens.map(\.width) == [3])
    }

    @Test(arguments: ["step", "step\r", "step\r\r\r"])
    func trailingCarriageReturnsMoveNoCaret(_ line: String) {
        #expect {
            for statement in try Lexer.statements(line, location: (nil, 1)) {
                _ = try Parser.parse(statement, file: nil, line: 1)
            }
        } throws: { error in
            (error as? GDError)?.location?.column == 5
        }
    }

    @Test func aMissingArgumentBeforeACommentIsMarkedAtTheComment() {
        #expect {
            for statement in try Lexer.statements("step   # why", location: (nil, 1)) {
                _ = try Parser.parse(statement, file: nil, line: 1)
            }
        } throws: { error in
            (error as? GDError)?.location?.column == 8
        }
    }
}
