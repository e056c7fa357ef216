import RecallModel



/// The answer checker with both the answer and the expected value fuzzed: it never crashes, an
/// answer always matches its own expected value, and changing one digit of it is never right.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswers(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    let expected = parts[0]
    let typed = parts.count > 1 ? parts[1] : ""
    if let value = DateFinder.parseAnswer(expected) {
        _ = AnswerChecker.checkDate(typed, expectedText: expected, expected: value)
        guard AnswerChecker.checkDate(expected, expectedText: expected, expected: value) == .right else {
            fatalError("'\(expected)' does not match itself")
        }
        let characters = Array(expected)
        for index in characters.indices where characters[index].isASCII && characters[index].isNumber {
            var changed = characters
            changed[index] =
                characters[index] == "9" ? "0" : Character(String(characters[index].wholeNumberValue! + 1))
            let verdict = AnswerChecker.checkDate(String(changed), expectedText: expected, expected: value)
            if verdict == .right { fatalError("'\(String(changed))' is right for '\(expected)'") }
        }
    }
    if !AnswerChecker.fold(expected).isEmpty, !AnswerChecker.textMatches(expected, expected) {
        fatalError("text '\(expected)' does not match itself")
    }
    _ = AnswerChecker.textMatches(typed, expected)
    return 0
}
