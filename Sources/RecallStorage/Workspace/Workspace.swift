import Foundation

/// The folder that holds `Decks/` and `Progress/`.
///
/// Chosen in this order: `--home DIR`; the current directory when it has a `Decks/` folder;
/// `$RECALL_HOME`; `$XDG_DATA_HOME/recall` (an absolute path; a relative one is ignored, as the XDG
/// spec says); `~/.local/share/recall`.
public struct Workspace: Sendable, Equatable {
    public var root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Applies the workspace rule; `isDirectory` is asked whether a path is a folder.
    public static func resolve(
        home: String?, currentDirectory: URL, environment: [String: String], isDirectory: (URL) -> Bool
    ) -> Workspace {
        if let home, !home.isEmpty { return Workspace(root: path(home, from: currentDirectory)) }
        if isDirectory(currentDirectory.appendingPathComponent("Decks")) {
            return Workspace(root: currentDirectory)
        }
        if let recallHome = environment["RECALL_HOME"], !recallHome.isEmpty {
            return Workspace(root: path(recallHome, from: currentDirectory))
        }
        // The XDG spec: a relative path in XDG_DATA_HOME is invalid and is ignored.
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return Workspace(root: URL(fileURLWithPath: xdg).appendingPathComponent("recall"))
        }
        let userHome =
            environment["HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return Workspace(root: userHome.appendingPathComponent(".local/share/recall"))
    }

    static func path(_ path: String, from folder: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
    }

    public var decksFolder: URL { root.appendingPathComponent("Decks") }
    public var progressFolder: URL { root.appendingPathComponent("Progress") }
    public var historyFile: URL { progressFolder.appendingPathComponent(".history") }

    /// The endings of a deck's files: the one place their names are spelled.
    public enum FileEnding {
        public static let deck = ".deck.json"
        public static let source = ".txt"
        public static let progress = ".progress.json"
        public static let journal = ".journal"
        public static let quizzes = ".quizzes.json"
    }

    public func deckFile(_ name: String) -> URL { decksFolder.appendingPathComponent(name + FileEnding.deck) }
    public func sourceFile(_ name: String) -> URL {
        decksFolder.appendingPathComponent(name + FileEnding.source)
    }
    public func progressFile(_ name: String) -> URL {
        progressFolder.appendingPathComponent(name + FileEnding.progress)
    }
    public func journalFile(_ name: String) -> URL {
        progressFolder.appendingPathComponent(name + FileEnding.journal)
    }
    public func quizLogFile(_ name: String) -> URL {
        progressFolder.appendingPathComponent(name + FileEnding.quizzes)
    }

    /// `alice` for `alice.progress.json`: the name a progress file is known by, nil for another file.
    public static func stem(ofProgressFile url: URL) -> String? {
        let name = url.lastPathComponent
        guard name.hasSuffix(FileEnding.progress) else { return nil }
        return String(name.dropLast(FileEnding.progress.count))
    }

    /// The journal beside a progress file given by path (`alice.journal` beside `alice.progress.json`).
    public static func journalFile(besideProgressFile url: URL) -> URL? {
        stem(ofProgressFile: url).map {
            url.deletingLastPathComponent().appendingPathComponent($0 + FileEnding.journal)
        }
    }
    public func lockFile(_ name: String) -> URL { progressFolder.appendingPathComponent("\(name).lock") }
    /// The lock every read-modify-write of the deck file takes (a deck name never starts with '.').
    public func deckLockFile(_ name: String) -> URL {
        progressFolder.appendingPathComponent(".\(name).deck.lock")
    }

    /// The deck that `recall study` opens when none is named.
    public static let sampleDeck = "turkey-russia"

    /// Every deck of the workspace, built or with a source waiting to be built, sorted by name.
    public func deckNames() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: decksFolder.path)) ?? []
        var names = Set<String>()
        for file in files {
            for ending in [FileEnding.deck, FileEnding.source] where file.hasSuffix(ending) {
                names.insert(String(file.dropLast(ending.count)))
            }
        }
        return names.sorted()
    }

    /// Checks that a deck name is usable as a file name: letters and digits of any script
    /// (`Révolution`, `Революция`, `革命`), `-`, `_` and `.`, not starting with `.`, at most
    /// ``maximumDeckNameBytes`` bytes of UTF-8 (so that `.NAME.deck.lock` fits a file name).
    public static func validate(deckName name: String) throws(WorkspaceError) {
        guard !name.isEmpty, name.utf8.count <= maximumDeckNameBytes, !name.hasPrefix("."),
            name.allSatisfy(isDeckNameCharacter)
        else {
            throw .badDeckName(name)
        }
    }

    /// The longest deck name, in bytes of UTF-8.
    public static let maximumDeckNameBytes = 200

    static func isDeckNameCharacter(_ character: Character) -> Bool {
        if "-_.".contains(character) { return true }
        return (character.isLetter || character.isNumber)
            && character.unicodeScalars.allSatisfy { scalar in
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || scalar.properties.generalCategory == .nonspacingMark
                    || scalar.properties.generalCategory == .spacingMark
            }
    }

    /// The deck name a source file gives: `chapter-3.txt` gives `chapter-3`, and
    /// `Chapter 7 – Révolution.txt` gives `Chapter-7-Révolution` (each run of spaces and
    /// punctuation becomes one `-`; letters of every script are kept, composed as NFC).
    public static func deckName(forSource url: URL) -> String {
        deckName(cleaning: url.deletingPathExtension().lastPathComponent)
    }

    /// Any text as a deck name, by the same rule: each run of characters a deck name cannot hold
    /// becomes one `-`; `deck` when nothing is left.
    public static func deckName(cleaning text: String) -> String {
        let base = text.precomposedStringWithCanonicalMapping
        var cleaned = ""
        for character in base {
            if isDeckNameCharacter(character) && character != "-" {
                cleaned.append(character)
            } else if !cleaned.hasSuffix("-") {
                cleaned.append("-")
            }
        }
        cleaned = cleaned.trimmingCharacters(in: CharacterSet(charactersIn: ".-"))
        while cleaned.utf8.count > maximumDeckNameBytes { cleaned.removeLast() }
        return cleaned.isEmpty ? "deck" : cleaned
    }
}

/// Why a workspace request cannot be met.
public enum WorkspaceError: Error, Equatable, CustomStringConvertible {
    case badDeckName(String)
    case noSuchDeck(name: String, folder: String)

    public var description: String {
        switch self {
        case .badDeckName(let name):
            "'\(name)' is not a usable deck name: use letters and digits (of any script), '-', '_' and '.', "
                + "not starting with '.', at most \(Workspace.maximumDeckNameBytes) bytes"
        case .noSuchDeck(let name, let folder):
            "no deck named '\(name)' in \(folder) (neither \(name).deck.json nor \(name).txt); "
                + "build one with 'recall build FILE.txt --name \(name)'"
        }
    }
}
