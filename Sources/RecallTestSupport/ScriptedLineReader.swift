import RecallConsole

/// Lines given in advance, for tests; `nil` stands for Ctrl-C.
public struct ScriptedLineReader: LineReader {
    public var lines: [String?]
    public private(set) var prompts: [String] = []
    /// The text each `read(prompt:prefill:)` offered to edit, in order.
    public private(set) var prefills: [String] = []
    public private(set) var completions: [[String]] = []
    public private(set) var history: [(line: String, persistent: Bool)] = []

    public init(_ lines: [String?]) {
        self.lines = lines
    }

    public mutating func read(prompt: String) -> LineEvent {
        prompts.append(prompt)
        guard !lines.isEmpty else { return .end }
        guard let line = lines.removeFirst() else { return .interrupt }
        return .line(line)
    }

    public mutating func read(prompt: String, prefill: String) -> LineEvent {
        prefills.append(prefill)
        return read(prompt: prompt)
    }

    public mutating func setCompletions(_ words: [String]) { completions.append(words) }

    public mutating func remember(_ line: String, persistent: Bool) { history.append((line, persistent)) }

    public mutating func forgetAnswers() { history.removeAll { !$0.persistent } }
}
