import CReadline
import Foundation

/// The words Tab completes to; the C completion callback reads them here.
private let completionWords = CompletionWords()

private final class CompletionWords: @unchecked Sendable {
    private let lock = NSLock()
    private var words: [String] = []

    func set(_ words: [String]) { lock.withLock { self.words = words } }

    func matches(_ prefix: String) -> [String] {
        lock.withLock { words.filter { $0.hasPrefix(prefix) } }
    }
}

/// readline's attempted-completion hook: completes the word under the cursor from `completionWords`.
private func completeWord(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32)
    -> UnsafeMutablePointer<
        UnsafeMutablePointer<CChar>?
    >?
{
    recall_rl_set_completion_over(1)
    return recall_rl_completion_matches(text, nextMatch)
}

/// readline's generator: the `state`-th match, `strdup`'d, or nil when there are no more.
private func nextMatch(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    let prefix = text.map { String(cString: $0) } ?? ""
    let matches = completionWords.matches(prefix)
    guard Int(state) < matches.count else { return nil }
    return strdup(matches[Int(state)])
}

/// GNU readline on a terminal: line editing, history (commands kept in `Progress/.history`),
/// Tab completion, and Ctrl-C that clears the line or, on an empty line, ends the session;
/// SIGTERM, SIGHUP and SIGQUIT restore the terminal before they end the process.
package struct ReadlineLineReader: LineReader {
    let historyFile: URL
    static let historyLimit: Int32 = 500
    var commands: [String] = []

    package init(historyFile: URL) {
        self.historyFile = historyFile
        recall_rl_install_interrupt_handling()
        // Before readline first puts the terminal in raw mode: the settings a signal restores.
        recall_rl_install_termination_handling()
        recall_rl_set_completion(completeWord)
        if let saved = try? String(contentsOf: historyFile, encoding: .utf8) {
            commands = saved.split(separator: "\n").map(String.init).suffix(Int(Self.historyLimit))
        }
        forgetAnswers()
    }

    package mutating func read(prompt: String) -> LineEvent {
        guard let pointer = readline(prompt) else {
            if recall_rl_take_interrupt() != 0 {
                print("^C")
                return .interrupt
            }
            // readline prints its own newline on Ctrl-D only while bracketed paste is on.
            let bracketed = recall_rl_variable("enable-bracketed-paste").map { String(cString: $0) } == "on"
            if !bracketed { print("") }
            return .end
        }
        defer { free(pointer) }
        return .line(String(cString: pointer))
    }

    package mutating func read(prompt: String, prefill: String) -> LineEvent {
        recall_rl_set_prefill(prefill)
        return read(prompt: prompt)
    }

    package mutating func setCompletions(_ words: [String]) {
        completionWords.set(words)
    }

    package mutating func remember(_ line: String, persistent: Bool) {
        guard !line.isEmpty else { return }
        add_history(line)
        guard persistent else { return }
        commands.append(line)
        let folder = historyFile.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: historyFile.path) {
            if let handle = try? FileHandle(forWritingTo: historyFile) {
                handle.seekToEndOfFile()
                handle.write(Data((line + "\n").utf8))
                try? handle.close()
            }
            history_truncate_file(historyFile.path, Self.historyLimit)
        } else {
            try? Data((line + "\n").utf8).write(to: historyFile)
        }
    }

    package mutating func forgetAnswers() {
        clear_history()
        for command in commands { add_history(command) }
    }
}
