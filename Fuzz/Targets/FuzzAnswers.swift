import RecallKit

/// The answer checker with both the answer and the expected value fuzzed: it never crashes, and
/// an answer always matches its own expected value.
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
    }
    if !AnswerChecker.fold(expected).isEmpty, !AnswerChecker.textMatches(expected, expected) {
        fatalError("text '\(expected)' does not match itself")
    }
    _ = AnswerChecker.textMatches(typed, expected)
    return 0
}
