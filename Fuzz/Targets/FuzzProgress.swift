import Foundation
import RecallKit

/// The progress snapshot reader and the journal reader on any bytes: progress that loads saves and
/// loads again to itself, and a journal's changes apply in any state without crashing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProgress(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let progress = try? ProgressFile.decode(data, file: "fuzz.progress.json") {
        guard (try? ProgressFile.decode(ProgressFile.encode(progress), file: "fuzz")) == progress else {
            fatalError("progress that loads does not round-trip")
        }
    }
    if let journal = try? ProgressJournal.read(data, file: "fuzz.journal") {
        var progress = DeckProgress(deck: "fuzz")
        for change in journal.changes { progress.apply(change) }
        guard progress.journalSequence == journal.changes.map(\.sequence).reduce(0, max) else {
            fatalError("journal sequence \(progress.journalSequence)")
        }
    }
    return 0
}
