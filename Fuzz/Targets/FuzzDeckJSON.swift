import Foundation
import RecallKit

/// The deck reader on any bytes: a deck that loads saves and loads again to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeckJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let deck = try? DeckFile.decode(data, file: "fuzz.deck.json") else { return 0 }
    guard let again = try? DeckFile.decode(DeckFile.encode(deck), file: "fuzz.deck.json"), again == deck
    else {
        fatalError("a deck that loads does not round-trip")
    }
    return 0
}
