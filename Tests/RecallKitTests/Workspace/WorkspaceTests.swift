import Foundation
import Testing

@testable import RecallKit

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
                == "Chapter-3--draft")
    }
}
