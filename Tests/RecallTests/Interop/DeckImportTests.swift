import Foundation
import Testing
import ZIPFoundation

@testable import RecallInterop
@testable import RecallModel
@testable import RecallStorage

@Suite struct DeckImportTests {
    let now = time("2026-11-25T10:00:00Z")

    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-import-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func sampleDeck() throws -> Deck {
        try DeckBuilder().build(try sampleSource(), name: "turkey-russia", builtAt: now).deck
    }

    /// Every card of `original` is in `imported` with its id, question and answer.
    func expectSameCards(_ original: Deck, _ imported: Deck, _ format: String) {
        let byID = Dictionary(uniqueKeysWithValues: imported.cards.map { ($0.id, $0) })
        #expect(imported.cards.count == original.cards.count, "\(format)")
        for card in original.cards {
            guard let copy = byID[card.id] else {
                Issue.record("\(format): card \(card.id) (\(card.kind)) is missing")
                continue
            }
            #expect(copy.factID == card.factID, "\(format)")
            switch (card.question, copy.question) {
            case (.cloze(let a), .cloze(let b)):
                #expect(
                    [a.text, a.answer, a.context ?? ""] == [b.text, b.answer, b.context ?? ""]
                        && a.value == b.value,
                    "\(format)")
            case (.choice(let a), .choice(let b)):
                #expect(
                    a.text == b.text && a.options == b.options && a.answerIndex == b.answerIndex, "\(format)")
                #expect(a.context == b.context && a.value == b.value, "\(format)")
            case (.reverse, .basic(let b)):
                #expect(b.front == card.question.prompt && b.back == card.question.answer, "\(format)")
            case (.timeline(let a), .basic(let b)):
                #expect(b.front.hasPrefix(card.question.prompt), "\(format)")
                #expect(b.back.hasPrefix(a.answer), "\(format)")
                for item in a.items { #expect(b.front.contains(item.label), "\(format)") }
            case (.period(let a), .basic(let b)):
                #expect(b.front == a.prompt && b.back.hasPrefix(a.answer), "\(format)")
            case (.who(let a), .basic(let b)):
                #expect(b.front.contains(a.text) && b.back.hasPrefix(a.answer), "\(format)")
            case (.duration(let a), .basic(let b)):
                #expect(b.front == a.prompt && b.back.hasPrefix(a.answer), "\(format)")
            case (.landmark(let a), .basic(let b)):
                #expect(b.front.hasPrefix(card.question.prompt), "\(format)")
                #expect(b.back.hasPrefix(card.question.answer), "\(format)")
                #expect(b.front.contains(a.statements[0].label), "\(format)")
            case (.order(let a), .basic(let b)):
                #expect(b.front.hasPrefix(card.question.prompt), "\(format)")
                #expect(b.back.hasPrefix(card.question.answer), "\(format)")
                for statement in a.statements { #expect(b.front.contains(statement.label), "\(format)") }
            default:
                Issue.record("\(format): a \(card.kind) card came back as \(copy.kind)")
            }
        }
    }

    @Test func exportThenImportKeepsEveryCard() throws {
        let deck = try sampleDeck()
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let package = folder.appendingPathComponent("deck.apkg")
        try AnkiPackageWriter(deck: deck, now: now).write(to: package)
        let files: [(String, String)] = [
            ("deck.csv", TextExport.anki(deck, separator: .comma)),
            ("deck.tsv", TextExport.anki(deck, separator: .tab)),
            ("deck.json", String(decoding: DeckFile.encode(deck), as: UTF8.self)),
        ]
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        for name in ["deck.apkg", "deck.csv", "deck.tsv"] {
            let imported = try DeckImporter.read(
                folder.appendingPathComponent(name), name: "copy", withProgress: false, now: now)
            #expect(imported.warnings.isEmpty, "\(name): \(imported.warnings)")
            #expect(imported.noteCount == deck.cards.count)
            expectSameCards(deck, imported.deck, name)
        }
        let json = try DeckImporter.read(
            folder.appendingPathComponent("deck.json"), name: "copy", withProgress: false, now: now)
        var renamed = deck
        renamed.name = "copy"
        #expect(json.deck == renamed)
    }

    @Test func ankiProgressComesBack() throws {
        let deck = try sampleDeck()
        var progress = DeckProgress(deck: deck.name)
        let scheduler = FSRSScheduler(fuzz: false)
        var time = now.addingTimeInterval(-20 * 86_400)
        for (index, card) in deck.cards.prefix(10).enumerated() {
            for rating in [Rating.good, index % 3 == 0 ? .again : .good, .easy] {
                let before = progress.schedules[card.id]
                let after = scheduler.review(before ?? .new(due: time), rating: rating, at: time)
                progress.reviews.append(
                    ReviewLog(
                        cardID: card.id, time: time, rating: rating,
                        elapsedDays: before?.lastReview.map { FSRSScheduler.elapsedDays(from: $0, to: time) },
                        durationMs: 4000, kind: before == nil ? .learning : .review, answer: nil,
                        before: before,
                        after: after))
                progress.schedules[card.id] = after
                time = time.addingTimeInterval(2 * 86_400)
            }
        }
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let package = folder.appendingPathComponent("progress.apkg")
        try AnkiPackageWriter(deck: deck, progress: progress, now: now).write(to: package)
        let imported = try DeckImporter.read(package, name: "copy", withProgress: true, now: now)
        let back = try #require(imported.progress)
        #expect(back.reviews.count == progress.reviews.count)
        #expect(back.reviews.map(\.rating) == progress.reviews.map(\.rating))
        #expect(back.reviews.map(\.cardID) == progress.reviews.map(\.cardID))
        #expect(Set(back.schedules.keys) == Set(progress.schedules.keys))
        for (id, schedule) in progress.schedules {
            let copy = try #require(back.schedules[id])
            #expect(copy.phase == schedule.phase)
            #expect(copy.reps == schedule.reps && copy.lapses == schedule.lapses)
            #expect(abs(copy.memory!.stability - schedule.memory!.stability) < 1e-9)
            #expect(abs(copy.memory!.difficulty - schedule.memory!.difficulty) < 1e-9)
        }
        // The review log's memory states are recomputed with FSRS-6 from the ratings.
        #expect(abs(back.reviews.last!.after.stability! - progress.reviews.last!.after.stability!) < 1e-3)
    }

    func importText(_ text: String, name: String = "cards.csv") throws -> DeckImport {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return try DeckImporter.read(url, name: "cards", withProgress: false, now: now)
    }

    func failure(_ body: () throws -> Any) -> String {
        do {
            _ = try body()
            return "accepted"
        } catch {
            return "\(error)"
        }
    }

    @Test func plainCSVWithQuotesAndTags() throws {
        let imported = try importText(
            "\"Capital of France, the country?\",Paris,geo europe\n\nOld name of Istanbul,\"Byzantium,\nthen Constantinople\",history\n"
        )
        #expect(
            imported.deck.cards.map(\.question) == [
                .basic(BasicQuestion(front: "Capital of France, the country?", back: "Paris")),
                .basic(BasicQuestion(front: "Old name of Istanbul", back: "Byzantium,\nthen Constantinople")),
            ])
        // Ids are stable: importing the same file again gives the same ids.
        #expect(
            try importText("\"Capital of France, the country?\",Paris,geo europe\n").deck.cards[0].id
                == imported.deck.cards[0].id)
    }

    /// Rows Anki accepts: a short row is padded, a long one cut, and a warning names their lines.
    @Test func raggedRowsArePaddedWithAWarningNamingTheLine() throws {
        let ragged = try importText("a,b\nc,d\n\"e\nf\",g\nh,i,j\nk\n")
        #expect(
            ragged.deck.cards.map(\.question.answer) == ["b", "d", "g", "i"], "k has no back, so no card")
        #expect(
            ragged.warnings.prefix(2) == [
                "line 6 had fewer fields than the first row's 2; padded with empty ones",
                "line 5 had more fields than the first row's 2; the extra ones were left out",
            ])
        let declared = try importText("#separator:tab\n#columns:Front\tBack\tTags\none\ttwo\n", name: "x.tsv")
        #expect(declared.deck.cards.map(\.question.answer) == ["two"])
        #expect(declared.warnings == ["line 3 had fewer fields than #columns' 3; padded with empty ones"])
        #expect(TextDeckReader.lines(Array(1...12)) == "lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more")
        #expect(TextDeckReader.lines([4, 9]) == "lines 4 and 9")
        #expect(
            failure { try importText("only\n") }.hasSuffix(
                "line 1 has one field; a card needs a front and a back"))
        let long = "front," + String(repeating: "x", count: 1 << 20) + "\n"
        #expect(
            failure { try importText(long) }.hasSuffix("line 1 is longer than 1024 KiB; no card is that long")
        )
    }

    /// Without `#separator:`, the separator is found as Anki finds it.
    @Test func separatorsAreDetected() throws {
        let semicolons = try importText("Hund;dog\nKatze;cat, a pet\n")
        #expect(semicolons.deck.cards.map(\.question.answer) == ["dog", "cat, a pet"])
        let pipes = try importText("Hund|dog\nKatze|cat\n", name: "p.txt")
        #expect(pipes.deck.cards.map(\.question.answer) == ["dog", "cat"])
        let tabs = try importText("Hund\tdog, a pet\nKatze\tcat\n")
        #expect(tabs.deck.cards.map(\.question.answer) == ["dog, a pet", "cat"])
        let commas = try importText("\"Hund; Katze\",dogs; cats\nHaus,house\n", name: "c.tsv")
        #expect(commas.deck.cards.map(\.question.answer) == ["dogs; cats", "house"])
        #expect(TextDeckReader.detectedSeparator(["a,b;c", "d,e;f"], preferred: ",") == ",")
    }

    @Test func clozeNotesWithSeveralDeletions() throws {
        let imported = try importText(
            "#separator:tab\n#html:true\n#notetype:Cloze\n{{c1::1923}} saw <b>{{c2::Ankara::a city}}</b> made the capital\tRepublic<br>of Turkey\n",
            name: "c.tsv")
        #expect(imported.deck.cards.count == 2)
        guard case .cloze(let first) = imported.deck.cards[0].question else {
            Issue.record("a date deletion is a fill-in-the-date card")
            return
        }
        #expect(first.text == "____ saw Ankara made the capital")
        #expect(first.value == .year(1923))
        #expect(first.sentence == "Republic\nof Turkey")
        #expect(
            imported.deck.cards[1].question
                == .basic(
                    BasicQuestion(front: "1923 saw ____ made the capital", back: "Ankara", hint: "a city")))
        #expect(Set(imported.deck.cards.map(\.factID)).count == 1, "siblings share a fact")
    }

    @Test func basicAndReversedMakesTwoCardsAndFormulasAreRestored() throws {
        let imported = try importText(
            "#separator:comma\n#notetype column:1\n\"Basic (and reversed card)\",dog,Hund\nBasic,'=1+1,two\n")
        #expect(
            imported.deck.cards.map(\.question) == [
                .basic(BasicQuestion(front: "dog", back: "Hund")),
                .basic(BasicQuestion(front: "Hund", back: "dog")),
                .basic(BasicQuestion(front: "=1+1", back: "two")),
            ])
    }

    @Test func otherNoteTypesAreFrontAndBackWithAWarning() {
        var conversion = NoteConversion()
        for index in 0..<3 {
            conversion.add(
                ImportedNote(
                    guid: "g\(index)", type: .other(name: "Vocabulary"),
                    fields: ["word \(index)", "", "meaning"],
                    tags: [], place: "note \(index)"))
        }
        #expect(conversion.cards.map(\.question.answer) == ["meaning", "meaning", "meaning"])
        #expect(
            conversion.summaryWarnings == ["note type 'Vocabulary' (3 notes) was imported as front and back"])
        #expect(
            AnkiPackageReader.noteType([
                "name": "Basic (and reversed card)", "type": 0,
                "flds": [["name": "Front"], ["name": "Back"]], "tmpls": [1, 2],
            ]) == .basicAndReversed)
        #expect(AnkiPackageReader.noteType(["name": "Cloze", "type": 1]) == .cloze)
        #expect(
            AnkiPackageReader.noteType(["name": "Japanese", "type": 0, "flds": [["name": "Kanji"]]])
                == .other(name: "Japanese"))
    }

    @Test func htmlBecomesText() {
        #expect(
            HTMLText.plain(
                "<div>Caf&eacute; &amp; <b>tea</b></div><div>&#1044;&#x41;&nbsp;x [sound:a.mp3]</div>")
                == "Café & tea\nДA x")
        #expect(HTMLText.hasMedia("<img src=\"a.png\">"))
    }

    /// Writes a zip with the given entries.
    func zip(_ entries: [(String, Data)], in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("test-\(UUID().uuidString).apkg")
        let archive = try Archive(url: url, accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return url
    }

    @Test func untrustedPackagesAreRefused() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let read = { (url: URL) in
            self.failure { try AnkiPackageReader(url: url, collectionLimit: 1 << 20).read() }
        }
        let escaping = try zip([("../evil.txt", Data("x".utf8)), ("collection.anki2", Data())], in: folder)
        #expect(read(escaping).hasSuffix("entry '../evil.txt' points outside the package; refused"))
        let absolute = try zip([("/etc/evil", Data("x".utf8))], in: folder)
        #expect(read(absolute).contains("points outside the package"))
        let bomb = try zip([("collection.anki2", Data(count: 3 << 20))], in: folder)
        #expect(
            read(bomb).hasSuffix(
                "'collection.anki2' unpacks to 3 MiB by the zip's directory, more than the 1 MiB Recall unpacks; refused"
            ))
        let notAnki = try zip([("notes.txt", Data("hello".utf8))], in: folder)
        #expect(read(notAnki).hasSuffix("not an Anki package (it holds no collection.anki2)"))
        let modern = try zip(
            [("collection.anki21b", Data("zstd".utf8)), ("collection.anki2", Data())], in: folder)
        #expect(
            read(modern).hasSuffix(
                "'collection.anki21b' is not a zstd stream Recall can unpack (Unknown frame descriptor)"))
        let garbage = try zip([("collection.anki2", Data("this is not SQLite".utf8))], in: folder)
        #expect(read(garbage).contains("its collection is not a readable Anki database"))
        let text = folder.appendingPathComponent("plain.apkg")
        try Data("not a zip".utf8).write(to: text)
        #expect(read(text).hasSuffix("not a zip file, so not an Anki package"))
        // Nothing was unpacked beside the packages.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy {
                $0.hasSuffix(".apkg")
            })
    }

    @Test func unknownFormatsAndProgressFromTextAreRefused() throws {
        #expect(
            failure { try importText("x", name: "deck.docx") }.contains(
                "Recall imports .apkg, .csv, .tsv and .json files"))
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.csv")
        try Data("a,b\n".utf8).write(to: url)
        #expect(
            failure { try DeckImporter.read(url, name: "a", withProgress: true, now: now) }.contains(
                "--with-progress goes with .apkg"))
    }
}

extension DeckImportTests {
    /// Found reading the change again: a Recall choice note with more options than letters, and a
    /// revlog row of a negative type, each stopped the import with a trap.
    @Test func oddNotesAndReviewsAreSkippedNotTrapped() {
        var conversion = NoteConversion()
        let options = (0..<200).map { "\(Unicode.Scalar(UInt32(97 + $0))!)) option \($0)" }
            .joined(separator: "\n")
        conversion.add(
            ImportedNote(
                guid: "recall-abc", type: .recallChoiceAndTimeline,
                fields: ["Which year?", options, "a) 1952", ""], tags: ["recall-kind::choice"],
                place: "note 1"))
        #expect(conversion.cards.map(\.kind) == [.basic])
        let card = AnkiPackageReader.AnkiCard(
            id: 1, noteKey: "g", ordinal: 0, type: 0, queue: 0, due: 0, interval: 0, factor: 0, reps: 0,
            lapses: 0,
            data: "")
        let progress = AnkiProgressConversion(
            deck: "d", created: now, cards: [card],
            reviews: [.init(time: now, cardID: 1, ease: 3, interval: 1, durationMs: 0, type: -1)],
            recallCard: ["g/0": "c1"], buriedUntil: now
        ).progress()
        #expect(progress.reviews.isEmpty)
    }
}
