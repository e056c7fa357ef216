import Foundation
import Testing

@testable import RecallStorage

@Suite struct WorkspaceTests {
    let current = URL(fileURLWithPath: "/work/here")

    func resolve(home: String? = nil, env: [String: String] = [:], hasDecks: Bool = false) -> String {
        Workspace.resolve(home: home, currentDirectory: current, environment: env) { url in
            hasDecks && url.path == "/work/here/Decks"
        }.root.path
    }

    @Test func followsTheRuleInOrder() {
        let env = ["RECALL_HOME": "/r", "XDG_DATA_HOME": "/x", "HOME": "/home/s"]
        #expect(resolve(home: "/h", env: env, hasDecks: true) == "/h")
        #expect(resolve(home: "rel", env: env) == "/work/here/rel")
        #expect(resolve(env: env, hasDecks: true) == "/work/here")
        #expect(resolve(env: env) == "/r")
        #expect(resolve(env: ["XDG_DATA_HOME": "/x", "HOME": "/home/s"]) == "/x/recall")
        #expect(resolve(env: ["HOME": "/home/s"]) == "/home/s/.local/share/recall")
        #expect(resolve(env: ["XDG_DATA_HOME": "data", "HOME": "/home/s"]) == "/home/s/.local/share/recall")
        #expect(resolve(env: ["RECALL_HOME": "", "HOME": "/home/s"]) == "/home/s/.local/share/recall")
    }

    @Test func filesOfADeck() {
        let workspace = Workspace(root: URL(fileURLWithPath: "/w"))
        #expect(workspace.deckFile("a").path == "/w/Decks/a.deck.json")
        #expect(workspace.progressFile("a").path == "/w/Progress/a.progress.json")
        #expect(workspace.historyFile.path == "/w/Progress/.history")
    }

    @Test func deckNames() throws {
        #expect(throws: WorkspaceError.badDeckName("../x")) { try Workspace.validate(deckName: "../x") }
        #expect(throws: WorkspaceError.badDeckName("")) { try Workspace.validate(deckName: "") }
        try Workspace.validate(deckName: "turkey-russia")
        #expect(
            Workspace.deckName(forSource: URL(fileURLWithPath: "/a/Chapter 3 (draft).txt"))
                == "Chapter-3-draft")
    }

    @Test(arguments: ["Révolution", "Революция", "革命", "ثورة", "Ελληνικά-1821", "हिन्दी", "año_2.v1"])
    func namesKeepLettersOfAnyScript(name: String) throws {
        try Workspace.validate(deckName: name)
    }

    @Test(arguments: [
        "a/b", ".hidden", "a b", "tab\tname", "a\u{202E}b", "emoji😀", String(repeating: "é", count: 101),
    ])
    func namesThatCannotBeFilesAreRefused(name: String) {
        #expect(throws: WorkspaceError.badDeckName(name)) { try Workspace.validate(deckName: name) }
    }

    @Test(arguments: [
        ("Chapter 7 – Révolution.txt", "Chapter-7-Révolution"),
        ("chapter-3.txt", "chapter-3"),
        ("Глава 1. Начало.txt", "Глава-1.-Начало"),
        ("R\u{0065}\u{0301}volution.txt", "R\u{00E9}volution"),
        ("(notes).txt", "notes"),
        ("!!!.txt", "deck"),
    ])
    func sourceNamesGiveSlugsThatKeepLetters(file: String, deck: String) throws {
        let name = Workspace.deckName(forSource: URL(fileURLWithPath: "/a/" + file))
        #expect(name == deck)
        try Workspace.validate(deckName: name)
    }
}
