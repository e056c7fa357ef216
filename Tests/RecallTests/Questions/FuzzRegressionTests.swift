import Foundation
import Testing

@testable import RecallInterop
@testable import RecallModel
@testable import RecallStorage

/// Inputs that fuzzing found to break a property, kept so that they never break it again.
@Suite struct FuzzRegressionTests {
    @Test(arguments: [
        "deck-builder-underscores.txt", "deck-builder-glued-date.txt", "deck-builder-cue-with-date.txt",
        "deck-builder-nested-citation.txt",
    ])
    func deckBuilderInputs(_ name: String) throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/fuzz/\(name)", withExtension: nil))
        let source = try SourceText(name: name, bytes: [UInt8](try Data(contentsOf: url)))
        let deck = try DeckBuilder().build(source, name: "fuzz", builtAt: time("2026-11-25T00:00:00Z")).deck
        #expect(!deck.cards.isEmpty)
        for card in deck.cards {
            let text: String
            switch card.question {
            case .cloze(let question): text = question.text
            case .choice(let question): text = question.text
            case .reverse(let question):
                #expect(!question.cue.contains(question.date), "\(question.cue)")
                continue
            default: continue
            }
            #expect(text.components(separatedBy: ClozeQuestion.blank).count == 2, "\(text)")
            #expect(CitationMarks.ranges(in: text).isEmpty, "\(text)")
        }
    }

    /// `#notetype column:0` made the text importer read the field before the first.
    @Test func columnZeroInAHeaderIsAnError() throws {
        let url = try #require(
            Bundle.module.url(forResource: "Fixtures/fuzz/text-import-column-zero.tsv", withExtension: nil))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(try Data(contentsOf: url).dropFirst()).write(to: file)
        do {
            _ = try DeckImporter.read(
                file, name: "fuzz", withProgress: false, now: time("2026-11-25T00:00:00Z"))
            Issue.record("a column 0 was accepted")
        } catch {
            #expect(error.description.hasSuffix("#notetype column:0 is not a column number (1, 2, …)"))
        }
    }

    /// A deflate stream that never ends made ZIPFoundation's extractor loop forever.
    @Test func anEndlessDeflateStreamIsADamagedZip() throws {
        let url = try #require(
            Bundle.module.url(forResource: "Fixtures/fuzz/anki-endless-deflate.apkg", withExtension: nil))
        do {
            _ = try DeckImporter.read(
                url, name: "fuzz", withProgress: true, now: time("2026-11-25T00:00:00Z"))
            Issue.record("a damaged package was accepted")
        } catch {
            // Unpacking stops where the zip's directory said the entry ends (issue 15, item 16).
            #expect(
                error.description.hasSuffix(
                    "'collection.anki2' unpacks to more than the 15872 bytes the zip's directory says; refused (a damaged or hostile zip)"
                ))
        }
    }

    /// A time with a fraction of a second (`06:01:2.99Z`) loaded, but did not save and load to itself.
    @Test func deckTimesWithFractionsRoundTrip() throws {
        let url = try #require(
            Bundle.module.url(forResource: "Fixtures/fuzz/deck-json-fractional-time.json", withExtension: nil)
        )
        let deck = try DeckFile.decode(try Data(contentsOf: url), file: url.path)
        #expect(try DeckFile.decode(DeckFile.encode(deck), file: "again") == deck)
    }

    @Test func fillInLinesInTheSourceBecomeEllipses() {
        let readings = FactSelector().read(
            SourceText(name: "t", text: "Rebuilding lasted from 1803 until______ 1807."))
        #expect(readings[0].cleanText == "Rebuilding lasted from 1803 until… 1807.")
    }

    @Test func numbersGluedToWordsAreNotDates() {
        var finder = DateFinder()
        #expect(finder.dates(in: "The MiG1952 and the Obse1910s flew in 1953.").map(\.text) == ["1953"])
    }
}

@Suite struct ReaderLimitTests {
    @Test func oversizedInputsAreRefusedWithTheirSize() {
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: SourceText.maximumSize + 1)
        #expect(
            throws: SourceTextError.tooLarge(file: "big.txt", size: big.count, limit: SourceText.maximumSize)
        ) {
            try SourceText(name: "big.txt", bytes: big)
        }
        let line =
            Data(repeating: UInt8(ascii: "x"), count: ProgressJournal.maximumLineLength + 1)
            + Data("\n{}\n".utf8)
        do {
            _ = try ProgressJournal.read(line, file: "j")
            Issue.record("an overlong journal line was read")
        } catch {
            #expect(error.description.contains("line 1 is longer than 1024 KiB"))
        }
    }

    @Test func deeplyNestedJSONIsAnErrorNotACrash() {
        let deep = Data(
            (String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        #expect(throws: DeckFileError.self) { try DeckFile.decode(deep, file: "deep.json") }
        #expect(throws: ProgressError.self) { try ProgressFile.decode(deep, file: "deep.json") }
    }
}
