import Foundation
import RecallModel
import RecallStorage
import ZIPFoundation

/// Writes a deck as an Anki package (`.apkg`): a zip holding `collection.anki2`, a schema-11
/// SQLite collection, and an empty media map, which Anki imports as it is.
///
/// Cloze cards become Cloze notes, reverse and front-and-back cards Basic notes, multiple-choice and
/// timeline cards notes of Recall's own type; every note has one card, so a Recall card and an Anki
/// card are one to one (counts, suspension and reviews match). Note type ids, note ids and GUIDs are derived from
/// stable ids, so importing a re-export updates the notes instead of duplicating them. With
/// progress, each card carries its schedule (due, interval, FSRS stability and difficulty in the
/// card's data) and the review log becomes Anki's revlog, with the collection's creation time,
/// creation offset and rollover set as Anki sets them (see `AnkiDayCount`), and the deck's settings
/// as its preset (`AnkiDeckPreset`).
public struct AnkiPackageWriter: Sendable {
    public var deck: Deck
    public var progress: DeckProgress?
    public var now: Date
    /// The student's time zone, in which study days roll over (UTC unless given).
    public var timeZone: TimeZone
    public var kinds: Set<QuestionKind>

    public init(
        deck: Deck, progress: DeckProgress? = nil, now: Date,
        timeZone: TimeZone = TimeZone(identifier: "UTC")!,
        kinds: Set<QuestionKind> = Set(QuestionKind.allCases)
    ) {
        self.deck = deck
        self.progress = progress
        self.now = now
        self.timeZone = timeZone
        self.kinds = kinds
    }

    static let clozeType: Int64 = 1_732_000_000_101
    static let recallType: Int64 = 1_732_000_000_103
    static let basicType: Int64 = 1_732_000_000_104

    /// Writes the package to `url` (through a temporary file, so a failure leaves nothing half-written);
    /// returns what did not go as the deck has it (an edit of a card from Anki that no field shows).
    @discardableResult
    public func write(to url: URL) throws(InteropError) -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-apkg-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .zip(path: folder.path, message: "cannot create a temporary folder")
        }
        let collection = folder.appendingPathComponent("collection.anki2")
        let warnings = try writeCollection(to: collection)
        let zipped = folder.appendingPathComponent("package.apkg")
        do {
            let archive = try Archive(url: zipped, accessMode: .create)
            try archive.addEntry(with: "collection.anki2", fileURL: collection, compressionMethod: .deflate)
            let media = Data("{}".utf8)
            try archive.addEntry(
                with: "media", type: .file, uncompressedSize: Int64(media.count), compressionMethod: .none,
                provider: { position, size in media.subdata(in: Int(position)..<Int(position) + size) })
        } catch {
            throw .zip(path: url.path, message: "cannot write the zip (\(error))")
        }
        do {
            let data = try Data(contentsOf: zipped)
            try DiskFileStore().writeAtomically(data, to: url)
        } catch let error as FileStoreError {
            throw .file(error)
        } catch {
            throw .zip(path: url.path, message: "\(error)")
        }
        return warnings
    }

    @discardableResult
    func writeCollection(to url: URL) throws(InteropError) -> [String] {
        let database = try SQLiteDatabase(path: url.path)
        try database.execute(Self.schema)
        let seconds = Int64(now.timeIntervalSince1970)
        let reviews = progress?.reviews ?? []
        let days = AnkiDayCount(
            timeZone: timeZone, rolloverHour: deck.settings.dayStartHour,
            start: max(Date(timeIntervalSince1970: 0), min(now, reviews.map(\.time).min() ?? now)))
        let deckID = Int64(Self.number(from: "deck:" + deck.name) % 1_000_000_000) + 1_700_000_000_000
        let presetID = AnkiDeckPreset.id(deckName: deck.name)
        var noteRows: [[SQLiteDatabase.Value]] = []
        var cardRows: [[SQLiteDatabase.Value]] = []
        var position: Int64 = 0
        var ankiCards: [String: Int64] = [:]
        var histories: [String: AnkiReviewHistory] = [:]
        for (cardID, cardReviews) in Dictionary(grouping: reviews, by: \.cardID) {
            histories[cardID] = AnkiReviewHistory(
                reviews: cardReviews, days: days, nextRollover: days.endOfDay(containing: now),
                settings: deck.settings)
        }
        let groups = AnkiNoteGroup.groups(deck.cards.filter { kinds.contains($0.kind) })
        var warnings: [String] = []
        // Notes that came from Anki go back of their own types, which the package then defines.
        var keptTypes: [Int64: AnkiNoteType] = [:]
        var recallGroupSizes = Set<Int>()
        for group in groups {
            let first = group.cards[0]
            let single = AnkiNote(card: first, deckName: deck.name, guid: group.guid)
            let noteID = Self.identifier(group.cards.count == 1 ? first.id : group.guid, salt: "note")
            let update = deck.anki.flatMap { AnkiNoteUpdate(group: group, origin: $0, now: seconds) }
            if let update {
                keptTypes[update.typeID] = update.type
                warnings += update.warnings
            } else if group.cards.count > 1 {
                recallGroupSizes.insert(group.cards.count)
            }
            let type: Int64 =
                switch (update?.typeID, group.cards.count, single.kind) {
                case (let kept?, _, _): kept
                case (nil, 1, .cloze): Self.clozeType
                case (nil, 1, .recall): Self.recallType
                case (nil, 1, .basic): Self.basicType
                default: AnkiNoteGroup.typeID(size: group.cards.count)
                }
            let fields =
                update?.fields ?? (group.cards.count == 1 ? single.fields : group.fields(deckName: deck.name))
            let leech = group.cards.contains { progress?.schedules[$0.id]?.isLeech == true }
            // A note from Anki keeps its own tags: Recall's would change the note it updates.
            var seenTags = Set<String>()
            let ownTags = group.cards.flatMap(\.tags).filter { seenTags.insert($0).inserted }
            let tags =
                (update != nil
                    ? ownTags : group.cards.count == 1 ? single.tags : group.tags(deckName: deck.name))
                + (leech && !ownTags.contains("leech") ? ["leech"] : [])
            noteRows.append([
                .integer(noteID), .text(group.guid), .integer(type), .integer(update?.modified ?? seconds),
                .text(" " + tags.joined(separator: " ") + " "), .text(fields.joined(separator: "\u{1F}")),
            ])
            for (ordinal, card) in group.cards.enumerated() {
                position += 1
                let cardID = Self.identifier(card.id, salt: "card0")
                ankiCards[card.id] = cardID
                let schedule = progress?.schedules[card.id]
                let state = AnkiCardState(
                    schedule: schedule, position: position,
                    memory: histories[card.id]?.memory ?? schedule?.memory,
                    ease: histories[card.id]?.ease, settings: deck.settings, days: days, now: now)
                cardRows.append([
                    .integer(cardID), .integer(noteID), .integer(deckID),
                    .integer(Int64(update?.ordinals[ordinal] ?? ordinal)),
                    .integer(seconds), .integer(state.type), .integer(state.queue), .integer(state.due),
                    .integer(state.interval), .integer(state.factor), .integer(state.reps),
                    .integer(state.lapses), .integer(state.left), .text(state.data),
                ])
            }
        }
        let configuration: [String: Any] = [
            "schedVer": 2, "curDeck": 1, "nextPos": position + 1, "rollover": days.rolloverHour,
            "creationOffset": days.creationOffset, "localOffset": days.offset(at: now),
        ]
        try database.run(
            "insert into col values (1,?,?,?,11,0,0,0,?,?,?,?,'{}')",
            rows: [
                [
                    .integer(Int64(clampingWhole: days.creation.timeIntervalSince1970)),
                    .integer(seconds * 1000),
                    .integer(seconds * 1000), .text(Self.json(configuration)),
                    .text(models(seconds, groupSizes: recallGroupSizes, kept: keptTypes)),
                    .text(decks(deckID, presetID: presetID, seconds)),
                    .text(
                        Self.json([
                            "1": Self.deckConfig(seconds),
                            "\(presetID)": AnkiDeckPreset.entry(
                                id: presetID, name: "Recall \(deck.name)", settings: deck.settings,
                                modified: seconds),
                        ])),
                ]
            ])
        try database.execute("begin")
        try database.run(
            "insert into notes values (?,?,?,?,-1,?,?,'',0,0,'')", rows: noteRows)
        try database.run("insert into cards values (?,?,?,?,?,-1,?,?,?,?,?,?,?,?,0,0,0,?)", rows: cardRows)
        if progress != nil {
            try database.run(
                "insert into revlog values (?,?,-1,?,?,?,?,?,?)", rows: revlog(histories, ankiCards))
        }
        try database.execute("commit")
        return warnings
    }

    /// The review log as Anki's revlog, each review with the intervals and factor Anki would have
    /// written; ids are the review times in milliseconds, made unique.
    func revlog(
        _ histories: [String: AnkiReviewHistory], _ cards: [String: Int64]
    ) -> [[SQLiteDatabase.Value]] {
        var used = Set<Int64>()
        var next: [String: Int] = [:]
        return (progress?.reviews ?? []).compactMap { review in
            let index = next[review.cardID, default: 0]
            next[review.cardID] = index + 1
            guard let card = cards[review.cardID], let entry = histories[review.cardID]?.entries[index] else {
                return nil
            }
            var id = Int64(clampingWhole: review.time.timeIntervalSince1970 * 1000)
            while !used.insert(id).inserted { id += 1 }
            return [
                .integer(id), .integer(card), .integer(Int64(review.rating.rawValue)),
                .integer(entry.interval),
                .integer(entry.lastInterval), .integer(entry.factor),
                .integer(Int64(min(max(review.durationMs ?? 0, 0), 60_000))), .integer(entry.type),
            ]
        }
    }

    func models(_ seconds: Int64, groupSizes: Set<Int>, kept: [Int64: AnkiNoteType] = [:]) -> String {
        func field(_ name: String, _ ordinal: Int) -> [String: Any] {
            [
                "name": name, "ord": ordinal, "sticky": false, "rtl": false, "font": "Arial", "size": 20,
                "media": [String](),
            ]
        }
        func template(_ name: String, _ ordinal: Int, _ question: String, _ answer: String) -> [String: Any] {
            [
                "name": name, "ord": ordinal, "qfmt": question, "afmt": answer, "did": NSNull(), "bqfmt": "",
                "bafmt": "",
            ]
        }
        func model(_ id: Int64, _ name: String, _ kind: Int, _ fields: [String], _ templates: [[String: Any]])
            -> [String: Any]
        {
            [
                "id": id, "name": name, "type": kind, "mod": seconds, "usn": -1, "sortf": 0, "did": NSNull(),
                "tmpls": templates, "flds": fields.enumerated().map { field($0.element, $0.offset) },
                "css": ".card { font-family: Georgia, serif; font-size: 20px; text-align: center; }",
                "latexPre": "\\documentclass[12pt]{article}\\begin{document}", "latexPost": "\\end{document}",
                "latexsvg": false, "req": [[0, "any", [0]]], "tags": [String](), "vers": [Int](),
            ]
        }
        var models: [String: Any] = [
            "\(Self.clozeType)": model(
                Self.clozeType, "Recall Cloze", 1, ["Text", "Back Extra"],
                [
                    template(
                        "Cloze", 0, "{{cloze:Text}}", "{{cloze:Text}}<br><br><small>{{Back Extra}}</small>")
                ]),
            "\(Self.basicType)": model(
                Self.basicType, "Recall Basic", 0, ["Front", "Back"],
                [template("Card 1", 0, "{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}")]),
            "\(Self.recallType)": model(
                Self.recallType, "Recall Choice and Timeline", 0,
                ["Question", "Choices", "Answer", "Source"],
                [
                    template(
                        "Question", 0,
                        "{{Question}}<br><br><div style='text-align:left;display:inline-block'>{{Choices}}</div>",
                        "{{FrontSide}}<hr id=answer><b>{{Answer}}</b><br><br><small>{{Source}}</small>")
                ]),
        ]
        for size in groupSizes where size > 1 {
            models["\(AnkiNoteGroup.typeID(size: size))"] = model(
                AnkiNoteGroup.typeID(size: size), AnkiNoteGroup.typeName(size: size), 0,
                AnkiNoteGroup.fieldNames(size: size),
                (1...size).map {
                    template(
                        "Card \($0)", $0 - 1, "{{Front \($0)}}", "{{FrontSide}}<hr id=answer>{{Back \($0)}}")
                })
        }
        for (id, type) in kept {
            var entry = model(
                id, type.name, type.isCloze ? 1 : 0, type.fields,
                type.templates.enumerated().map {
                    template($0.element.name, $0.offset, $0.element.front, $0.element.back)
                })
            entry["css"] = type.css
            entry["mod"] = type.modified
            entry["req"] = type.templates.indices.map { [$0, "any", [0]] as [Any] }
            models["\(id)"] = entry
        }
        return Self.json(models)
    }

    func decks(_ deckID: Int64, presetID: Int64, _ seconds: Int64) -> String {
        func entry(_ id: Int64, _ name: String, _ preset: Int64) -> [String: Any] {
            [
                "id": id, "name": name, "mod": seconds, "usn": -1, "collapsed": false, "dyn": 0,
                "conf": preset,
                "lrnToday": [0, 0], "revToday": [0, 0], "newToday": [0, 0], "timeToday": [0, 0], "desc": "",
                "browserCollapsed": false, "extendNew": 0, "extendRev": 0,
            ]
        }
        return Self.json([
            "1": entry(1, "Default", 1), "\(deckID)": entry(deckID, "Recall::\(deck.name)", presetID),
        ])
    }

    static func deckConfig(_ seconds: Int64) -> [String: Any] {
        [
            "id": 1, "name": "Default", "mod": seconds, "usn": -1, "maxTaken": 60, "autoplay": true,
            "timer": 0,
            "replayq": true, "dyn": false,
            "new": [
                "bury": false, "delays": [1.0, 10.0], "initialFactor": 2500, "ints": [1, 4, 0], "order": 1,
                "perDay": 20,
            ],
            "rev": [
                "bury": false, "ease4": 1.3, "ivlFct": 1.0, "maxIvl": 36500, "perDay": 200, "hardFactor": 1.2,
            ],
            "lapse": ["delays": [10.0], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0.0],
        ]
    }

    static func json(_ object: Any) -> String {
        String(
            decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
            as: UTF8.self)
    }

    /// A positive 64-bit number from a stable id.
    static func number(from text: String) -> UInt64 {
        UInt64(StableID.make(text), radix: 16) ?? 0
    }

    /// An Anki id (a millisecond-like timestamp) derived from a stable id.
    static func identifier(_ id: String, salt: String) -> Int64 {
        1_600_000_000_000 + Int64(number(from: salt + ":" + id) % 400_000_000_000)
    }

    static let schema = """
        CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
          ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
          models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
        CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
          usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
          flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
          mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
          ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL,
          left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
          ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
          type integer NOT NULL);
        CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
        CREATE INDEX ix_notes_usn ON notes (usn);
        CREATE INDEX ix_cards_usn ON cards (usn);
        CREATE INDEX ix_revlog_usn ON revlog (usn);
        CREATE INDEX ix_cards_nid ON cards (nid);
        CREATE INDEX ix_cards_sched ON cards (did, queue, due);
        CREATE INDEX ix_revlog_cid ON revlog (cid);
        CREATE INDEX ix_notes_csum ON notes (csum);
        """
}
