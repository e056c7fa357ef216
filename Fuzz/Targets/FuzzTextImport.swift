import Foundation
import RecallInterop
import RecallModel
import RecallStorage

/// The CSV and TSV importer on any bytes (the first byte picks the file's extension): an imported
/// deck has unique ids, no card with an empty question or answer, and saves and loads to itself;
/// the same file imports to the same deck twice.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextImport(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "recall-fuzz-\(getpid())" + (bytes[0] % 2 == 0 ? ".csv" : ".tsv"))
    try? Data(bytes.dropFirst()).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    guard let imported = try? DeckImporter.read(url, name: "fuzz", withProgress: false, now: now) else {
        return 0
    }
    checkImported(imported.deck)
    guard let again = try? DeckImporter.read(url, name: "fuzz", withProgress: false, now: now),
        again.deck == imported.deck
    else { fatalError("the same file imported twice gives two decks") }
    return 0
}

func checkImported(_ deck: Deck) {
    guard Set(deck.cards.map(\.id)).count == deck.cards.count else { fatalError("duplicate card ids") }
    for card in deck.cards {
        guard !card.question.prompt.isEmpty, !card.question.answer.isEmpty else {
            fatalError("a card with an empty question or answer: \(card)")
        }
    }
    guard (try? DeckFile.decode(DeckFile.encode(deck), file: "fuzz")) == deck else {
        fatalError("an imported deck does not round-trip")
    }
}
