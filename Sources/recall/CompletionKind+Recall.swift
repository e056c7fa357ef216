import ArgumentParser
import Foundation

/// What the shell completes each argument to.
extension CompletionKind {
    /// Deck names: the decks of the workspace the command line names (its `--home`, else the usual
    /// rule), found when the shell asks.
    static let deckName = CompletionKind.custom { words, _, prefix in deckNames(words: words, prefix: prefix)
    }

    /// The workspace's deck names that start with `prefix`.
    static func deckNames(words: [String], prefix: String) -> [String] {
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

    /// The files a command reads.
    static let textFile = CompletionKind.file(extensions: ["txt"])
    static let importableFile = CompletionKind.file(extensions: [
        "apkg", "colpkg", "csv", "tsv", "txt", "json",
    ])
    static let progressFile = CompletionKind.file(extensions: ["json"])
    static let csvFile = CompletionKind.file(extensions: ["csv"])
    static let jsonFile = CompletionKind.file(extensions: ["json"])
    static let anyFile = CompletionKind.file()
}
