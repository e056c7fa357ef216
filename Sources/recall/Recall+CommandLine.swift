import ArgumentParser

/// The words of the command line, as a user types them and as ArgumentParser reads them.
extension Recall {
    /// The options every workspace command takes, which may come before the command's name.
    static let leadingOptions = ["--home"]

    /// The names of Recall's commands.
    static var commandNames: [String] {
        Recall.configuration.subcommands.map { $0._commandName }
    }

    /// Moves `--home DIR` given before a command's name (`recall --home X decks`) after it, where
    /// ArgumentParser looks for it, reads `-V` as `--version`, and drops the `--` that
    /// `swift run recall -- ARGUMENTS` passes on.
    static func normalizedArguments(_ words: [String]) -> [String] {
        if words.first == "--" { return normalizedArguments(Array(words.dropFirst())) }
        if words == ["-V"] { return ["--version"] }
        var leading: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if leadingOptions.contains(word), index + 1 < words.count {
                leading += [word, words[index + 1]]
                index += 2
            } else if leadingOptions.contains(where: { word.hasPrefix($0 + "=") }) {
                leading.append(word)
                index += 1
            } else {
                break
            }
        }
        guard !leading.isEmpty, index < words.count, commandNames.contains(words[index]) else { return words }
        return [words[index]] + leading + words[(index + 1)...]
    }

    /// Whether the command line runs `study` without naming it (`recall DECK`).
    static func studyIsImplicit(_ words: [String]) -> Bool {
        firstPositional(words) != StudyCommand._commandName
    }

    static func firstPositional(_ words: [String]) -> String? {
        var index = 0
        while index < words.count {
            let word = words[index]
            if leadingOptions.contains(word) {
                index += 2
            } else if word.hasPrefix("-") {
                index += 1
            } else {
                return word
            }
        }
        return nil
    }

    /// The command a mistyped word was probably meant to be: `stduy` → `study`, `stat` → `stats`.
    static func suggestion(for word: String) -> String? {
        let word = word.lowercased()
        let scored = commandNames.map { ($0, editDistance(word, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let limit = best.0.count <= 4 ? 1 : 2
        return best.1 <= limit ? best.0 : nil
    }

    /// Levenshtein distance, with a swap of two neighbouring letters counted as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
