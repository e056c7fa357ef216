/// What reading a line gave: a line, Ctrl-C, or the end of input (Ctrl-D or a closed pipe).
public enum LineEvent: Sendable, Equatable {
    case line(String)
    case interrupt
    case end
}

/// Where a session's input comes from: GNU readline on a terminal, plain lines from a pipe, or a
/// script in tests.
public protocol LineReader {
    mutating func read(prompt: String) -> LineEvent
    /// Reads a line that starts with `prefill` on it, for the reader to edit.
    mutating func read(prompt: String, prefill: String) -> LineEvent
    /// The words Tab completes to while the next line is read.
    mutating func setCompletions(_ words: [String])
    /// Adds a line to the history: `persistent` lines (commands) are kept across sessions;
    /// the others (answers) only until `forgetAnswers()`.
    mutating func remember(_ line: String, persistent: Bool)
    /// Drops the answers from the history, so that a card shown later cannot recall them.
    mutating func forgetAnswers()
}

extension LineReader {
    /// For readers that cannot put text on the line (a pipe): the line as read, without the prefill.
    public mutating func read(prompt: String, prefill: String) -> LineEvent { read(prompt: prompt) }
}
