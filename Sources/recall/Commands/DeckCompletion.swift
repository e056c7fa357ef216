import ArgumentParser
import Foundation

/// Shell completion of deck names: the decks of the workspace the command line names (its
/// `--home`, else the usual rule), found when the shell asks.
enum DeckCompletion {
    static let kind = CompletionKind.custom { words, _, prefix in names(words: words, prefix: prefix) }

    /// The workspace's deck names that start with `prefix`.
    static func names(words: [String], prefix: String) -> [String] {
        var options = WorkspaceOptions()
        options.home = home(in: words)
        return options.workspace.deckNames().filter { $0.hasPrefix(prefix) }
    }

    /// The `--home` a command line gives, if any.
    static func home(in words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            if word == "--home", index + 1 < words.count { return words[index + 1] }
            if word.hasPrefix("--home=") { return String(word.dropFirst("--home=".count)) }
        }
        return nil
    }
}

/// The files a command reads, for shell completion.
enum FileCompletion {
    package static let text = CompletionKind.file(extensions: ["txt"])
    static let importable = CompletionKind.file(extensions: ["apkg", "colpkg", "csv", "tsv", "txt", "json"])
    static let progress = CompletionKind.file(extensions: ["json"])
    static let csv = CompletionKind.file(extensions: ["csv"])
    static let json = CompletionKind.file(extensions: ["json"])
    static let any = CompletionKind.file()
}
