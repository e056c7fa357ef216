import Foundation

/// Checks a deck's progress files and repairs what can be repaired, keeping a backup of every
/// file it changes: a journal's torn last line is dropped; a damaged snapshot is rebuilt from a
/// journal that holds every change from the first. Anything else is reported and left alone.
public struct ProgressDoctor: Sendable {
    public var workspace: Workspace
    public var files: any FileStore
    public var clock: any WallClock

    public init(
        workspace: Workspace, files: any FileStore = DiskFileStore(), clock: any WallClock = SystemClock()
    ) {
        self.workspace = workspace
        self.files = files
        self.clock = clock
    }

    /// What the doctor found and did for one deck.
    public struct Report: Sendable, Equatable {
        public enum Outcome: Sendable, Equatable {
            case healthy, repaired, damaged
        }

        public var deck: String
        public var outcome: Outcome
        public var lines: [String]
    }

    public func examine(deck: String, repair: Bool) -> Report {
        var lines: [String] = []
        let snapshotURL = workspace.progressFile(deck)
        let journalURL = workspace.journalFile(deck)
        let snapshotData: Data?
        let journalData: Data?
        do {
            snapshotData = try files.read(snapshotURL)
            journalData = try files.read(journalURL)
        } catch {
            return Report(deck: deck, outcome: .damaged, lines: ["\(error)"])
        }
        var snapshot: DeckProgress?
        var snapshotProblem: ProgressError?
        if let snapshotData {
            do {
                snapshot = try ProgressFile.decode(snapshotData, file: snapshotURL.path)
            } catch {
                snapshotProblem = error
            }
        }
        var journal = ProgressJournal.Contents(changes: [], tornTail: nil)
        if let journalData {
            do {
                journal = try ProgressJournal.read(journalData, file: journalURL.path)
            } catch {
                return Report(deck: deck, outcome: .damaged, lines: ["\(error)", "Nothing was changed."])
            }
        }
        if case .unsupportedSchema = snapshotProblem {
            return Report(deck: deck, outcome: .damaged, lines: ["\(snapshotProblem!)"])
        }
        var outcome = Report.Outcome.healthy
        if let torn = journal.tornTail, let journalData {
            lines.append(
                "\(journalURL.lastPathComponent): the last line (line \(torn.line)) was cut short; the answer it held was never confirmed."
            )
            if repair {
                guard let backup = backUp(journalURL, data: journalData, lines: &lines) else {
                    return Report(deck: deck, outcome: .damaged, lines: lines)
                }
                do {
                    try files.writeAtomically(journalData.prefix(torn.offset), to: journalURL)
                    lines.append("Dropped it (the whole journal is kept in \(backup)).")
                    outcome = .repaired
                } catch {
                    lines.append("Could not rewrite the journal: \(error).")
                    return Report(deck: deck, outcome: .damaged, lines: lines)
                }
            } else {
                outcome = .damaged
            }
        }
        if let snapshotProblem, let snapshotData {
            lines.append("\(snapshotProblem)")
            guard let first = journal.changes.first, first.sequence == 1 else {
                lines.append(
                    "The journal does not hold the changes from the first, so the snapshot cannot be rebuilt; both files are left as they are."
                )
                return Report(deck: deck, outcome: .damaged, lines: lines)
            }
            var rebuilt = DeckProgress(deck: deck)
            for change in journal.changes { rebuilt.apply(change) }
            if repair {
                guard let backup = backUp(snapshotURL, data: snapshotData, lines: &lines) else {
                    return Report(deck: deck, outcome: .damaged, lines: lines)
                }
                do {
                    try files.writeAtomically(ProgressFile.encode(rebuilt), to: snapshotURL)
                    lines.append(
                        "Rebuilt the snapshot from the journal's \(journal.changes.count) changes (\(rebuilt.reviews.count) reviews); the damaged file is kept in \(backup)."
                    )
                    outcome = .repaired
                } catch {
                    lines.append("Could not write the rebuilt snapshot: \(error).")
                    return Report(deck: deck, outcome: .damaged, lines: lines)
                }
            } else {
                lines.append(
                    "It can be rebuilt from the journal (\(journal.changes.count) changes): run 'recall doctor \(deck)'."
                )
                outcome = .damaged
            }
            snapshot = rebuilt
        }
        if outcome == .healthy {
            var progress = snapshot ?? DeckProgress(deck: deck)
            for change in journal.changes { progress.apply(change) }
            lines.append(
                "OK: \(progress.schedules.count) cards scheduled, \(progress.reviews.count) reviews, \(journal.changes.count) journal changes since the last snapshot."
            )
        }
        return Report(deck: deck, outcome: outcome, lines: lines)
    }

    /// Copies a file beside itself with the time in its name; nil (with a line saying why) on failure.
    func backUp(_ url: URL, data: Data, lines: inout [String]) -> String? {
        let stamp = ISO8601.format(clock.now).replacingOccurrences(of: ":", with: "")
        let backup = url.deletingLastPathComponent().appendingPathComponent(
            "\(url.lastPathComponent).backup-\(stamp)")
        do {
            try files.writeAtomically(data, to: backup)
            return backup.lastPathComponent
        } catch {
            lines.append("Could not keep a backup (\(error)); nothing was changed.")
            return nil
        }
    }
}
