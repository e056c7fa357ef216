import Foundation
import RecallModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    public func examine(deck: String, repair: Bool, adopt: Bool = false) -> Report {
        var lines: [String] = []
        let snapshotURL = workspace.progressFile(deck)
        let journalURL = workspace.journalFile(deck)
        let snapshotData: Data?
        var journalData: Data?
        do {
            try FileProgressStore.checkName(deck)
            snapshotData = try files.read(snapshotURL)
            journalData = try files.read(journalURL)
        } catch {
            return Report(deck: deck, outcome: .damaged, lines: ["\(error)"])
        }
        var outcome = Report.Outcome.healthy
        removeStaleTemporaryFiles(deck: deck, repair: repair, lines: &lines, outcome: &outcome)
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
        if let data = journalData {
            do {
                journal = try ProgressJournal.read(data, file: journalURL.path)
            } catch {
                // Lines cut short by failed writes, with complete lines after them: keep those.
                guard case .repairable = error, let salvage = ProgressJournal.salvage(data) else {
                    return Report(
                        deck: deck, outcome: .damaged, lines: lines + ["\(error)", "Nothing was changed."])
                }
                lines.append(
                    "\(journalURL.lastPathComponent): writes that failed part way left lines cut short:")
                lines += salvage.dropped.map { "  \($0)" }
                if repair {
                    guard let backup = backUp(journalURL, data: data, lines: &lines) else {
                        return Report(deck: deck, outcome: .damaged, lines: lines)
                    }
                    do {
                        try files.writeAtomically(salvage.data, to: journalURL)
                        lines.append(
                            "Kept the \(salvage.changes.count) complete changes (the whole journal is kept in \(backup))."
                        )
                        outcome = .repaired
                    } catch {
                        lines.append("Could not rewrite the journal: \(error).")
                        return Report(deck: deck, outcome: .damaged, lines: lines)
                    }
                    journalData = salvage.data
                } else {
                    lines.append(
                        "'recall doctor \(deck)' keeps the \(salvage.changes.count) complete changes.")
                    outcome = .damaged
                }
                journal = ProgressJournal.Contents(changes: salvage.changes, tornTail: nil)
            }
        }
        if case .unsupportedSchema = snapshotProblem {
            return Report(deck: deck, outcome: .damaged, lines: lines + ["\(snapshotProblem!)"])
        }
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
                    if outcome == .healthy { outcome = .repaired }
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
            // The one replay, with its gap check: a journal missing changes in the middle rebuilds nothing.
            var replayed: DeckProgress?
            do {
                // Onto no snapshot the replay loads or throws; it never asks to retry.
                if case .loaded(let progress) = try JournalReplay.replay(
                    journal, journal: journalURL, onto: nil, snapshotFile: snapshotURL, deck: deck)
                {
                    replayed = progress
                }
            } catch {
                lines.append("\(error)")
            }
            guard let rebuilt = replayed else {
                lines.append("The snapshot cannot be rebuilt; both files are left as they are.")
                return Report(deck: deck, outcome: .damaged, lines: lines)
            }
            if repair {
                guard let backup = backUp(snapshotURL, data: snapshotData, lines: &lines) else {
                    return Report(deck: deck, outcome: .damaged, lines: lines)
                }
                do {
                    try files.writeAtomically(ProgressFile.encode(rebuilt), to: snapshotURL)
                    lines.append(
                        "Rebuilt the snapshot from the journal's \(journal.changes.count) changes (\(rebuilt.reviews.count) reviews); the damaged file is kept in \(backup)."
                    )
                    if outcome == .healthy { outcome = .repaired }
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
        } else if var fixed = snapshot, let snapshotData {
            var changes: [String] = []
            if fixed.deck != deck {
                lines.append(
                    "\(snapshotURL.lastPathComponent) says it belongs to deck '\(fixed.deck)', not '\(deck)': a file copied from another deck? Recall goes by the file name and will not use it as it is."
                )
                if adopt {
                    fixed.deck = deck
                    changes.append("made it \(deck)'s own")
                } else {
                    lines.append(
                        "'recall doctor \(deck) --adopt' makes it \(deck)'s own; otherwise move it away.")
                }
            }
            if let last = journal.changes.last, last.sequence < fixed.journalSequence {
                lines.append(
                    "\(snapshotURL.lastPathComponent): journalSequence \(fixed.journalSequence) is beyond the journal's last change (\(last.sequence)); the journal's answers would be skipped."
                )
                let merged = Self.merge(journal.changes, into: fixed)
                changes.append(
                    "took in \(merged.added) journal changes it lacked and set journalSequence to \(last.sequence)"
                )
                fixed = merged.progress
            }
            if !changes.isEmpty {
                if repair {
                    guard let backup = backUp(snapshotURL, data: snapshotData, lines: &lines) else {
                        return Report(deck: deck, outcome: .damaged, lines: lines)
                    }
                    do {
                        try files.writeAtomically(ProgressFile.encode(fixed), to: snapshotURL)
                        lines.append(
                            "Rewrote the snapshot: \(changes.joined(separator: "; ")) (the old file is kept in \(backup))."
                        )
                        if outcome == .healthy { outcome = .repaired }
                    } catch {
                        lines.append("Could not rewrite the snapshot: \(error).")
                        return Report(deck: deck, outcome: .damaged, lines: lines)
                    }
                } else {
                    lines.append(
                        "'recall doctor \(deck)\(adopt ? " --adopt" : "")' \(changes.joined(separator: "; "))."
                    )
                    outcome = .damaged
                }
            } else if fixed.deck != deck {
                outcome = .damaged
            }
        }
        guard outcome != .damaged else { return Report(deck: deck, outcome: outcome, lines: lines) }
        // The verdict is the one `recall study` would reach on the files as they now are.
        do {
            let progress =
                try FileProgressStore(workspace: workspace, files: files).load(deck: deck)
                ?? DeckProgress(deck: deck)
            let journalCount = (try? files.read(journalURL)).flatMap { $0 }.flatMap {
                try? ProgressJournal.read($0, file: journalURL.path).changes.count
            }
            lines.append(
                "OK: \(progress.schedules.count) cards scheduled, \(progress.reviews.count) reviews, \(journalCount ?? 0) journal changes since the last snapshot."
            )
        } catch {
            lines.append("\(error)")
            lines.append("Recall cannot repair this; the files are left as they are.")
            return Report(deck: deck, outcome: .damaged, lines: lines)
        }
        return Report(deck: deck, outcome: outcome, lines: lines)
    }

    /// Applies the journal's changes that a snapshot lacks (a review it does not hold), keeping
    /// every acknowledged answer, and numbers the result as holding the whole journal.
    static func merge(_ changes: [ProgressChange], into snapshot: DeckProgress) -> (
        progress: DeckProgress, added: Int
    ) {
        var progress = snapshot
        var held = Set(
            snapshot.reviews.map { "\($0.cardID)|\($0.time.timeIntervalSince1970)|\($0.rating.rawValue)" })
        var added = 0
        for change in changes {
            guard let review = change.review else { continue }
            let key = "\(review.cardID)|\(review.time.timeIntervalSince1970)|\(review.rating.rawValue)"
            guard held.insert(key).inserted else { continue }
            progress.reviews.append(review)
            progress.schedules[change.cardID] = change.schedule
            added += 1
        }
        progress.journalSequence = changes.last?.sequence ?? progress.journalSequence
        return (progress, added)
    }

    /// Temporary files (`.NAME.progress.json.PID.tmp`, and those of the deck's other files) that
    /// a process killed while saving left behind: reported, and removed when that process is gone.
    func removeStaleTemporaryFiles(
        deck: String, repair: Bool, lines: inout [String], outcome: inout Report.Outcome
    ) {
        let files = [
            workspace.progressFile(deck), workspace.journalFile(deck), workspace.deckFile(deck),
            workspace.sourceFile(deck), QuizLog(workspace: workspace).url(deck),
        ]
        let folders = Dictionary(grouping: files) { $0.deletingLastPathComponent().path }
        for (folder, files) in folders.sorted(by: { $0.key < $1.key }) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files {
                removeStaleTemporaryFiles(
                    of: file, among: names, deck: deck, repair: repair, lines: &lines, outcome: &outcome)
            }
        }
    }

    func removeStaleTemporaryFiles(
        of file: URL, among names: [String], deck: String, repair: Bool, lines: inout [String],
        outcome: inout Report.Outcome
    ) {
        let folder = file.deletingLastPathComponent()
        let prefix = ".\(file.lastPathComponent)."
        for name in names.sorted() where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            // Only this deck's: another deck's name may start the same way, but not with digits then.
            guard let pid = Int32(name.dropFirst(prefix.count).dropLast(".tmp".count)), pid > 0 else {
                continue
            }
            if Self.isRunning(pid) {
                lines.append("\(name): being written by process \(pid); left alone.")
                continue
            }
            let path = folder.appendingPathComponent(name).path
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            lines.append("\(name): \(size) bytes left by a save that was interrupted (its process is gone).")
            if repair {
                if (try? FileManager.default.removeItem(atPath: path)) != nil {
                    lines.append("Removed it.")
                    if outcome == .healthy { outcome = .repaired }
                } else {
                    lines.append("Could not remove it.")
                    outcome = .damaged
                }
            } else {
                lines.append("'recall doctor \(deck)' removes it.")
            }
        }
    }

    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
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
