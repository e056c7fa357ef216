import Foundation
import RecallModel
import RecallStorage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A deck read from another program's file, with the progress it carried and what was left out.
public struct DeckImport: Sendable {
    public var deck: Deck
    /// With `--with-progress` from an Anki package: each card's schedule and the review log.
    public var progress: DeckProgress?
    public var warnings: [String]
    /// How many notes (or rows) the file held.
    public var noteCount: Int
    /// Which Anki options preset gave the deck its settings, for the import's summary.
    public var optionsNote: String? = nil
}

/// Reads decks from Anki packages (`.apkg`), CSV and TSV files, and Recall's own deck JSON.
public enum DeckImporter {
    /// Reads `url` as a deck called `name`; the file's extension says its format.
    /// `timeZone` places the study day, which a card Anki buried is hidden for.
    public static func read(
        _ url: URL, name: String, withProgress: Bool, now: Date, timeZone: TimeZone = .current
    ) throws(InteropError) -> DeckImport {
        let imported = try readUnchecked(
            url, name: name, withProgress: withProgress, now: now, timeZone: timeZone)
        if let problem = imported.deck.invariantProblem { throw .invalid(path: url.path, reason: problem) }
        return imported
    }

    static func readUnchecked(
        _ url: URL, name: String, withProgress: Bool, now: Date, timeZone: TimeZone = .current
    ) throws(InteropError) -> DeckImport {
        let path = url.path
        try requireRegularFile(url)
        switch url.pathExtension.lowercased() {
        case "apkg", "colpkg":
            return try fromPackage(url, name: name, withProgress: withProgress, now: now, timeZone: timeZone)
        case "csv", "tsv", "txt":
            if withProgress {
                throw .invalid(
                    path: path, reason: "a text file holds no progress; --with-progress goes with .apkg")
            }
            // Refused by its size before it is read: reading and converting cost time and memory
            // in proportion, and a larger file makes a deck Recall could not open.
            if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int,
                size > TextDeckReader.maximumSize
            {
                throw .invalid(path: path, reason: TextDeckReader.tooLarge(size))
            }
            let data: Data
            do {
                guard let contents = try DiskFileStore().read(url) else {
                    throw FileStoreError(
                        path: path, reason: "cannot be read (no such file)", failure: .missing)
                }
                data = contents
            } catch let error as FileStoreError {
                throw .file(error)
            } catch {
                throw .invalid(path: path, reason: "\(error)")
            }
            let (notes, warnings) = try TextDeckReader(path: path).read(
                data, tabSeparated: url.pathExtension.lowercased() != "csv")
            var imported = deck(from: notes, name: name, source: url.lastPathComponent, now: now).imported
            imported.warnings = warnings + imported.warnings
            return imported
        case "json":
            if withProgress {
                throw .invalid(
                    path: path, reason: "a deck file holds no progress; --with-progress goes with .apkg")
            }
            do {
                guard var deck = try DeckFile.load(url) else {
                    throw InteropError.file(
                        FileStoreError(path: path, reason: "cannot be read (no such file)", failure: .missing)
                    )
                }
                deck.name = name
                return DeckImport(deck: deck, progress: nil, warnings: [], noteCount: deck.cards.count)
            } catch let error as DeckFileError {
                if case .file(let error) = error { throw .file(error) }
                throw .invalid(path: path, reason: error.problem)
            } catch let error as InteropError {
                throw error
            } catch {
                throw .invalid(path: path, reason: "\(error)")
            }
        default:
            throw .invalid(
                path: path,
                reason: "Recall imports .apkg, .csv, .tsv and .json files, not '.\(url.pathExtension)'")
        }
    }

    /// Refuses a path that is not a plain file: reading a folder fails with EISDIR on every read,
    /// which the zip reader retried forever; a FIFO or a device would block or never end.
    static func requireRegularFile(_ url: URL) throws(InteropError) {
        var status = stat()
        guard stat(url.path, &status) == 0 else {
            let missing = errno == ENOENT
            let reason = missing ? "no such file" : String(cString: strerror(errno))
            throw .file(
                FileStoreError(
                    path: url.path, reason: "cannot be read (\(reason))",
                    failure: missing ? .missing : .unreadable))
        }
        let type = status.st_mode & S_IFMT
        guard type == S_IFREG else {
            let what = type == S_IFDIR ? "a folder" : "not a regular file"
            throw .invalid(path: url.path, reason: "\(what), not a file to import")
        }
    }

    /// The deck the notes make, and which card each Anki card became (for progress).
    static func deck(
        from notes: [ImportedNote], name: String, source: String, now: Date
    ) -> (imported: DeckImport, cardForOrdinal: [String: String]) {
        var conversion = NoteConversion()
        // Control characters (terminal escapes, NUL) never reach a card: they go before the notes are read.
        let clean = ControlCharacters.removed(from:)
        for note in notes {
            var note = note
            note.guid = note.guid.map(clean)
            note.fields = note.fields.map(clean)
            note.tags = note.tags.map(clean)
            if case .other(let typeName) = note.type { note.type = .other(name: clean(typeName)) }
            conversion.add(note)
        }
        let deck = Deck(
            name: name, source: source, attribution: nil, builtAt: now, facts: [], cards: conversion.cards)
        let imported = DeckImport(
            deck: deck.removingControlCharacters(), progress: nil,
            warnings: (conversion.warnings + conversion.summaryWarnings).map(clean), noteCount: notes.count)
        return (imported, conversion.cardForOrdinal)
    }

    static func fromPackage(
        _ url: URL, name: String, withProgress: Bool, now: Date, timeZone: TimeZone
    ) throws(InteropError) -> DeckImport {
        let package = try PackageImport(url: url, name: name, now: now)
        var imported = package.imported
        // The deck's settings are the options of the Anki deck that held the most of its cards;
        // the summary says which, and which other presets the package had.
        var cardsInDeck: [Int64: Int] = [:]
        for card in package.contents.cards where package.contents.deckOptions[card.homeDeck] != nil {
            cardsInDeck[card.homeDeck, default: 0] += 1
        }
        if let main = cardsInDeck.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key,
            let options = package.contents.deckOptions[main]
        {
            imported.deck.settings = options.applied(to: imported.deck.settings)
            imported.optionsNote = package.optionsNote(taken: main, cardsInDeck: cardsInDeck)
        }
        if withProgress {
            imported.progress = package.progress(
                deck: name, cards: package.contents.cards, settings: imported.deck.settings,
                timeZone: timeZone)
        }
        return imported
    }

    /// An Anki package as one Recall deck per Anki deck that holds cards (`recall import
    /// --subdecks`), each named by `AnkiSubdeckNames` after `prefix`, with its own deck's options
    /// preset, the notes its cards came from and, with progress, its cards' schedules and reviews.
    /// Cards whose Anki deck the package does not name go to a deck called `name`.
    public static func readSubdecks(
        _ url: URL, prefix: String?, name: String, withProgress: Bool, now: Date,
        timeZone: TimeZone = .current
    ) throws(InteropError) -> [DeckImport] {
        try requireRegularFile(url)
        guard ["apkg", "colpkg"].contains(url.pathExtension.lowercased()) else {
            throw .invalid(
                path: url.path, reason: "only an Anki package (.apkg, .colpkg) has decks to split")
        }
        let package = try PackageImport(url: url, name: name, now: now)
        let imports = package.subdecks(prefix: prefix, withProgress: withProgress, timeZone: timeZone)
        for imported in imports {
            if let problem = imported.deck.invariantProblem {
                throw .invalid(path: url.path, reason: problem)
            }
        }
        return imports
    }
}

/// Anki's card states and revlog as Recall's schedules and review log. Memory states come from the
/// card's FSRS data when Anki kept them, and otherwise from replaying its reviews through FSRS-6.
struct AnkiProgressConversion {
    var deck: String
    var created: Date
    var cards: [AnkiPackageReader.AnkiCard]
    var reviews: [AnkiPackageReader.AnkiReview]
    /// The Recall card of each Anki card, by `GUID/ordinal`.
    var recallCard: [String: String]
    /// When a card Anki buried comes back: the end of the import's study day, as in Anki.
    var buriedUntil: Date

    func progress() -> DeckProgress {
        var progress = DeckProgress(deck: deck)
        var recallID: [Int64: String] = [:]
        for card in cards {
            if let id = recallCard["\(card.noteKey)/\(card.ordinal)"] { recallID[card.id] = id }
        }
        let model = FSRS()
        var last: [String: (time: Date, after: ReviewLog.Snapshot, memory: MemoryState?)] = [:]
        for review in reviews {
            guard let id = recallID[review.cardID], let rating = Rating(rawValue: review.ease),
                (0...3).contains(review.type)
            else { continue }
            let previous = last[id]
            let elapsed = previous.map { FSRSScheduler.elapsedDays(from: $0.time, to: review.time) }
            let memory = model.nextMemory(previous?.memory, elapsedDays: elapsed, rating: rating)
            let due =
                review.interval > 0
                ? review.time.addingTimeInterval(Double(review.interval) * 86_400)
                : review.time.addingTimeInterval(Double(-review.interval))
            let phase: CardSchedule.Phase =
                review.interval > 0 ? .review : review.type == 2 ? .relearning : .learning
            let after = ReviewLog.Snapshot(
                phase: phase, stability: memory.stability, difficulty: memory.difficulty, due: due)
            let kind: ReviewLog.Kind = [.learning, .review, .relearning, .cram][review.type]
            progress.reviews.append(
                ReviewLog(
                    cardID: id, time: review.time, rating: rating, elapsedDays: elapsed,
                    durationMs: max(0, review.durationMs), kind: kind, answer: nil,
                    before: previous?.after ?? ReviewLog.Snapshot(nil), after: after))
            last[id] = (review.time, after, memory)
        }
        for card in cards where card.type == 0 && card.queue < 0 {
            // A new card that was suspended or buried stays so; other new cards need no schedule.
            guard let id = recallID[card.id] else { continue }
            var schedule = CardSchedule.new(due: created)
            schedule.suspended = card.queue == -1
            if card.queue == -2 || card.queue == -3 { schedule.buriedUntil = buriedUntil }
            progress.schedules[id] = schedule
        }
        for card in cards where card.type != 0 {
            guard let id = recallID[card.id] else { continue }
            let data = Self.cardData(card.data)
            var schedule = CardSchedule.new(due: created)
            schedule.memory = data.memory ?? last[id]?.memory
            switch card.type {
            case 2:
                schedule.phase = .review
                schedule.step = nil
                schedule.due = created.addingTimeInterval(Double(card.homeDue) * 86_400)
                schedule.intervalDays = Double(card.interval)
            case 3:
                schedule.phase = .relearning
                schedule.due = Date(timeIntervalSince1970: Double(card.homeDue))
            default:
                schedule.phase = .learning
                schedule.due = Date(timeIntervalSince1970: Double(card.homeDue))
            }
            schedule.lastReview =
                data.lastReview ?? last[id]?.time
                ?? schedule.due.addingTimeInterval(-Double(max(card.interval, 1)) * 86_400)
            schedule.reps = max(card.reps, 1)
            schedule.lapses = max(card.lapses, 0)
            if card.factor > 0 { schedule.ease = Double(card.factor) / 1000 }
            schedule.suspended = card.queue == -1
            if card.queue == -2 || card.queue == -3 { schedule.buriedUntil = buriedUntil }
            progress.schedules[id] = schedule
        }
        // Identical revlog rows still get two ids, and Anki's suspensions are flags a person set,
        // which a merge keeps (see `FlagChange`): as for a file from before identities.
        progress.migrateToIdentities()
        return progress
    }

    /// Anki's FSRS memory state and last review time from a card's `data`
    /// (`{"s": 12.3, "d": 5.1, "lrt": 1700000000, …}`), where it kept them.
    static func cardData(_ data: String) -> (memory: MemoryState?, lastReview: Date?) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any] else {
            return (nil, nil)
        }
        var memory: MemoryState?
        if let stability = (object["s"] as? NSNumber)?.doubleValue,
            let difficulty = (object["d"] as? NSNumber)?.doubleValue,
            stability.isFinite, stability > 0, difficulty.isFinite
        {
            memory = MemoryState(stability: stability, difficulty: min(max(difficulty, 1), 10))
        }
        let seconds = (object["lrt"] as? NSNumber)?.doubleValue
        return (memory, seconds.flatMap { $0.isFinite ? Date(timeIntervalSince1970: $0) : nil })
    }
}
