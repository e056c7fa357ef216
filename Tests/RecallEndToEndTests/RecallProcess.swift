import Foundation

/// Runs the built `recall` executable as a user would, in a workspace of its own.
struct RecallProcess {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The `recall` binary beside the test bundle (`.build/debug/recall`).
    static let executable: URL = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("recall")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/recall")
    }()

    static let repositoryRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { folder.deleteLastPathComponent() }
        return folder
    }()

    /// A new, empty workspace folder that is removed at the end of the test.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A workspace holding the sample text but no built deck.
    static func sampleWorkspace() throws -> URL {
        let folder = try temporaryFolder()
        let decks = folder.appendingPathComponent("Decks")
        try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Decks/turkey-russia.txt"),
            to: decks.appendingPathComponent("turkey-russia.txt"))
        return folder
    }

    @discardableResult
    static func run(
        _ arguments: [String], input: String = "", in folder: URL? = nil, environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["FORCE_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            error: String(decoding: error, as: UTF8.self))
    }

    /// How many cards of these kinds the shipped sample deck holds (all kinds when none are named).
    static func sampleCardCount(_ kinds: Set<String> = []) throws -> Int {
        let data = try Data(
            contentsOf: repositoryRoot.appendingPathComponent("Decks/turkey-russia.deck.json"))
        let deck = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let cards = deck?["cards"] as? [[String: Any]] ?? []
        return cards.filter { kinds.isEmpty || kinds.contains($0["kind"] as? String ?? "") }.count
    }
}
