import Foundation
import RecallInterop
import RecallStorage
import ZIPFoundation

/// The Anki package importer, with progress: on odd first bytes the rest is the whole package (a
/// fuzzed zip); on even ones it is the collection, put in a valid zip (a fuzzed SQLite file).
/// Whatever imports has unique ids, no empty card, a deck that saves and loads to itself, and
/// progress only for its own cards that also saves and loads to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnkiPackage(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let body = Data(bytes.dropFirst())
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("recall-fuzz-\(getpid()).apkg")
    defer { try? FileManager.default.removeItem(at: url) }
    if bytes[0] % 2 == 1 {
        try? body.write(to: url)
    } else {
        guard let archive = try? Archive(data: Data(), accessMode: .create, pathEncoding: nil),
            (try? archive.addEntry(
                with: "collection.anki2", type: .file, uncompressedSize: Int64(body.count),
                compressionMethod: .deflate,
                provider: { position, size in body.subdata(in: Int(position)..<Int(position) + size) }))
                != nil,
            let zipped = archive.data
        else { return 0 }
        try? zipped.write(to: url)
    }
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    guard let imported = try? DeckImporter.read(url, name: "fuzz", withProgress: true, now: now) else {
        return 0
    }
    let deck = imported.deck
    guard Set(deck.cards.map(\.id)).count == deck.cards.count else { fatalError("duplicate card ids") }
    for card in deck.cards where card.question.prompt.isEmpty || card.question.answer.isEmpty {
        fatalError("a card with an empty question or answer: \(card)")
    }
    guard (try? DeckFile.decode(DeckFile.encode(deck), file: "fuzz")) == deck else {
        fatalError("an imported deck does not round-trip")
    }
    if let progress = imported.progress {
        let ids = Set(deck.cards.map(\.id))
        guard progress.schedules.keys.allSatisfy(ids.contains),
            progress.reviews.allSatisfy({ ids.contains($0.cardID) })
        else { fatalError("progress for a card the deck does not have") }
        guard (try? ProgressFile.decode(ProgressFile.encode(progress), file: "fuzz")) == progress else {
            fatalError("imported progress does not round-trip")
        }
    }
    return 0
}
