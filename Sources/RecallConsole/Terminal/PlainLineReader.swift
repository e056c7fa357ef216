/// Plain lines from a pipe or a file: no prompts, no escape codes, so scripts can drive a session.
package struct PlainLineReader: LineReader {
    package init() {}

    package mutating func read(prompt: String) -> LineEvent {
        guard let line = readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    package mutating func setCompletions(_ words: [String]) {}
    package mutating func remember(_ line: String, persistent: Bool) {}
    package mutating func forgetAnswers() {}
}
