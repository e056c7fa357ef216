import RecallKit

/// Plain lines from a pipe or a file: no prompts, no escape codes, so scripts can drive a session.
struct PlainLineReader: LineReader {
    mutating func read(prompt: String) -> LineEvent {
        guard let line = readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    mutating func setCompletions(_ words: [String]) {}
    mutating func remember(_ line: String, persistent: Bool) {}
    mutating func forgetAnswers() {}
}
