import ArgumentParser
import Foundation
import RecallApp
import RecallModel
import RecallStorage

/// `recall merge A B [--into C] [--dry-run]`: two machines' progress on one deck made one.
/// Also git's merge driver for progress files (`recall merge %O %A %B`, see `recall git-setup`).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge two progress files of one deck (from two machines) into one.",
        discussion: """
            Keeps every review of both once (by its id), replays them in time order through the deck's \
            scheduler to rebuild every schedule, and takes each card's suspension or burial from the later \
            change. The result goes into A, or into C with --into; a journal beside a file (NAME.journal \
            beside NAME.progress.json) is read with it. With three files (git's merge driver: BASE A B) the \
            first is the common ancestor, which the union already holds, and the result goes into A.
            """
    )

    @Argument(
        help: ArgumentHelp("A and B (or BASE A B, as git's merge driver passes them).", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("Write the result here instead of into A.", valueName: "C"))
    var into: String?

    @Flag(name: .long, help: "Say what each side adds, and write nothing.") var dryRun = false

    @Option(name: .long, help: "The deck whose scheduler replays the reviews (default: the files' own).")
    var deck: String?

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        guard (2...3).contains(files.count) else {
            throw ValidationError(
                "give two progress files (A B), or three (BASE A B) as git's merge driver does")
        }
        if dryRun && into != nil { throw ValidationError("--dry-run writes nothing; give no --into with it") }
    }

    func run() throws {
        do {
            try merge()
        } catch {
            throw CommandFailure(error)
        }
    }

    func merge() throws {
        let workspace = options.workspace
        let inputs = Array(files.suffix(2))
        let first = ProgressFilePair(snapshot: Self.url(inputs[0]))
        let second = ProgressFilePair(snapshot: Self.url(inputs[1]))
        let target = ProgressFilePair(snapshot: into.map(Self.url) ?? first.snapshot)
        let name = try deckName(first, second)
        let loaded = try DeckOpening(workspace: workspace).built(name)
        let body = {
            let (a, _) = try first.load()
            let (b, _) = try second.load()
            var merged = ProgressMerge.merge(a, b, step: ReviewStep(settings: loaded.settings))
            // Written over one side, the result keeps that side's journal number, so that a journal
            // beside it that was not read (git's driver sees copies only) still applies after it.
            if target.snapshot == first.snapshot { merged.journalSequence = a.journalSequence }
            if target.snapshot == second.snapshot { merged.journalSequence = b.journalSequence }
            let summary = MergeSummary(a, b, merged: merged)
            for line in summary.lines(first: inputs[0], second: inputs[1]) {
                print(ControlCharacters.printable(line, keepingColors: false))
            }
            guard !dryRun else { return }
            let isInput = [first.snapshot, second.snapshot].contains(target.snapshot)
            if !isInput, let journal = target.journal,
                let data = try DiskFileStore().read(journal), !data.isEmpty
            {
                throw CommandFailure(
                    "\(journal.path): has changes of its own; merge its snapshot in too, or write elsewhere",
                    status: .badData)
            }
            try target.save(merged, emptyingJournal: isInput)
            print(ControlCharacters.printable("Wrote \(target.snapshot.path).", keepingColors: false))
        }
        if target.snapshot.standardizedFileURL == workspace.progressFile(name).standardizedFileURL, !dryRun {
            try ProgressLock.withLock(workspace: workspace, deck: name, description: "recall merge", body)
        } else {
            try body()
        }
    }

    /// The deck both files belong to (`--deck`, or the `"deck"` the snapshots name, which must agree).
    func deckName(_ first: ProgressFilePair, _ second: ProgressFilePair) throws -> String {
        var names: [String] = []
        for pair in [first, second] {
            guard let data = try DiskFileStore().read(pair.snapshot) else {
                throw CommandFailure("\(pair.snapshot.path): no such file", status: .notFound)
            }
            guard let name = ProgressFile.deckName(in: data) else {
                // Decoding says what is wrong with it, with line and column.
                _ = try ProgressFile.decode(data, file: pair.snapshot.path)
                throw CommandFailure("\(pair.snapshot.path): names no deck", status: .badData)
            }
            names.append(name)
        }
        if let deck {
            try Workspace.validate(deckName: deck)
            return deck
        }
        guard names[0] == names[1] else {
            throw CommandFailure(
                "\(first.snapshot.path) is progress on deck '\(names[0])', \(second.snapshot.path) on '\(names[1])'; "
                    + "only progress on one deck merges (--deck names it when a file was renamed)",
                status: .badData)
        }
        try Workspace.validate(deckName: names[0])
        return names[0]
    }

    static func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }
}
