import Testing

@testable import RecallModel

/// Lines are split on the text's bytes: every line kept as the string split gave it.
@Suite struct SourceTextTests {
    @Test(arguments: [
        "", "\n", "a", "a\n", "a\nb", "a\r\nb\r\n", "\n\na\n\n", "x\r", "\r\n", "é—\n“q”\r\n\n",
        "\u{FEFF}# Source\nline",
        "one\u{1B}]0;x\u{7}\ntwo\u{202E}\n",
    ])
    func linesAreTheTextsLines(text: String) {
        var expected = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            ControlCharacters.removed(from: String(Substring(line.last == 0x0D ? line.dropLast() : line)))
        }
        if expected.last == "" { expected.removeLast() }
        if let first = expected.first, first.hasPrefix("\u{FEFF}") { expected[0] = String(first.dropFirst()) }
        #expect(SourceText(name: "t.txt", text: text).lines == expected)
    }

    @Test func lineRangesCoverEveryLineFeed() {
        #expect(SourceText.lineRanges(Array("a\n\nbc\n".utf8)) == [0..<1, 2..<2, 3..<5, 6..<6])
        #expect(SourceText.lineRanges([]) == [0..<0])
    }

    @Test func invalidBytesAreStillFoundWhereTheyStand() {
        #expect(throws: SourceTextError.invalidUTF8(file: "a.txt", offset: 3)) {
            try SourceText(name: "a.txt", bytes: Array("abc".utf8) + [0xC3, 0x28] + Array("d".utf8))
        }
        #expect(throws: SourceTextError.invalidUTF8(file: "a.txt", offset: 1)) {
            try SourceText(name: "a.txt", bytes: [0x61, 0xED, 0xA0, 0x80])
        }
        #expect(
            (try? SourceText(name: "a.txt", bytes: Array("Atatürk 1923\n".utf8)))?.lines == ["Atatürk 1923"])
    }
}
