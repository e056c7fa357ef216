import CSQLite
import Foundation
import RecallModel
import RecallStorage
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an Anki package (`.apkg`): the notes of its collection, and with progress each card's
/// schedule and the review log.
///
/// A package is untrusted: entries with absolute paths or `..` are refused, nothing is unpacked
/// but the collection (into a temporary folder of Recall's own), and unpacking stops at a size
/// limit whatever the zip's headers claim, so a zip bomb cannot fill the disk.
public struct AnkiPackageReader: Sendable {
    /// The largest package and the largest collection inside it that Recall reads.
    public static let maximumPackageSize = 512 << 20
    public static let maximumCollectionSize = 1 << 30

    public var url: URL
    /// How much the collection may unpack to (the zip bomb limit); smaller in tests.
    public var collectionLimit: Int

    public init(url: URL, collectionLimit: Int = maximumCollectionSize) {
        self.url = url
        self.collectionLimit = collectionLimit
    }

    /// What a package holds, as Recall's notes, and the Anki cards and reviews for progress.
    struct Contents {
        var notes: [ImportedNote] = []
        var mediaCount = 0
        var notesWithMedia = 0
        /// The collection's creation day, which review cards' due days count from.
        var created: Date = .distantPast
        var cards: [AnkiCard] = []
        var reviews: [AnkiReview] = []
        /// The collection's note types by id, and its decks' full names (`Parent::Child`) by id.
        var noteTypes: [String: AnkiNoteType] = [:]
        var deckNames: [Int64: String] = [:]
        /// Each normal deck's options preset, by deck id.
        var deckOptions: [Int64: AnkiDeckOptions] = [:]
    }

    /// A row of Anki's `cards` table.
    struct AnkiCard {
        var id: Int64
        var noteKey: String
        var ordinal: Int
        var type: Int
        var queue: Int
        var due: Int64
        var interval: Int64
        var factor: Int64
        var reps: Int
        var lapses: Int
        var data: String
        /// The card's deck; in a filtered deck, its home deck and its due there (`odid`, `odue`).
        var deck: Int64 = 0
        var originalDue: Int64 = 0
        var originalDeck: Int64 = 0

        /// The deck the card belongs to: its home deck when a filtered deck holds it for now.
        var homeDeck: Int64 { originalDeck != 0 ? originalDeck : deck }
        /// Its due day or time in its home deck.
        var homeDue: Int64 { originalDeck != 0 && originalDue != 0 ? originalDue : due }
    }

    /// A row of Anki's `revlog` table.
    struct AnkiReview {
        package var time: Date
        var cardID: Int64
        var ease: Int
        var interval: Int64
        var durationMs: Int
        var type: Int
    }

    func read() throws(InteropError) -> Contents {
        let path = url.path
        try DeckImporter.requireRegularFile(url)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard let size else {
            throw .file(
                FileStoreError(path: path, reason: "cannot be read (no such file)", failure: .missing))
        }
        if size > Self.maximumPackageSize {
            throw .invalid(
                path: path,
                reason:
                    "\(size >> 20) MiB is more than the \(Self.maximumPackageSize >> 20) MiB a package may have"
            )
        }
        // The zip is read from the file: ZIPFoundation's in-memory reader traps on a damaged zip
        // (found by fuzzing), where the file reader reports an error.
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .invalid(path: path, reason: "not a zip file, so not an Anki package")
        }
        var entries: [String: Entry] = [:]
        for entry in archive {
            let name = entry.path
            let parts = name.split(separator: "/", omittingEmptySubsequences: false)
            if name.hasPrefix("/") || name.hasPrefix("\\") || parts.contains("..") || name.contains("\\..")
                || name.contains(":")
            {
                throw .invalid(path: path, reason: "entry '\(name)' points outside the package; refused")
            }
            entries[name] = entry
        }
        // A modern package (Anki's default since 23.10, and every backup) holds its collection
        // compressed with zstd, beside an old-format one that only asks to update Anki.
        let modern = entries["collection.anki21b"]
        guard let collectionEntry = modern ?? entries["collection.anki21"] ?? entries["collection.anki2"]
        else {
            throw .invalid(path: path, reason: "not an Anki package (it holds no collection.anki2)")
        }
        var contents = Contents()
        // Mapped, not read: only the pages the entries use come into memory.
        let package: Data
        do {
            package = size == 0 ? Data() : try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw .file(
                FileStoreError(
                    path: path, reason: "cannot be read (\(error.localizedDescription))", failure: .unreadable
                ))
        }
        if let media = entries["media"], let data = try? extract(media, from: package, limit: 16 << 20),
            let map = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        {
            contents.mediaCount = map.count
        }
        contents.mediaCount = max(
            contents.mediaCount, entries.keys.filter { $0.allSatisfy(\.isNumber) }.count)

        if let problem = PackageEntrySize(collectionEntry).problem(limit: collectionLimit) {
            throw .invalid(path: path, reason: "'\(collectionEntry.path)' \(problem)")
        }
        Self.removeStaleFolders(in: FileManager.default.temporaryDirectory)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "\(Self.folderPrefix)\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let collection = folder.appendingPathComponent("collection.sqlite")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // Unpacked chunk by chunk to the file: a collection of hundreds of MiB is never in memory.
            guard FileManager.default.createFile(atPath: collection.path, contents: nil) else {
                throw FileStoreError(path: collection.path, reason: "cannot be created")
            }
            let handle = try FileHandle(forWritingTo: collection)
            defer { try? handle.close() }
            if modern != nil {
                try unpackZstd(collectionEntry, from: package, to: handle)
            } else {
                try extract(collectionEntry, from: package, limit: collectionLimit) {
                    try handle.write(contentsOf: $0)
                }
            }
        } catch let error as InteropError {
            throw error
        } catch {
            throw .invalid(path: path, reason: "the collection cannot be unpacked (\(error))")
        }
        try readCollection(collection, into: &contents)
        return contents
    }

    /// Unpacks a zstd-compressed collection to `handle`: the zip's entry, then zstd, both streamed.
    /// zstd's output may be the collection limit, but no more than the expansion a package's entry
    /// may have (`PackageEntrySize`) over what the zip holds.
    func unpackZstd(_ entry: Entry, from package: Data, to handle: FileHandle) throws(InteropError) {
        let packed = Int(clamping: entry.uncompressedSize)
        let cap = min(
            collectionLimit,
            max(
                Int(PackageEntrySize.allowance),
                packed.multipliedReportingOverflow(by: Int(PackageEntrySize.maximumExpansion)).partialValue))
        let stream = ZstdStream(limit: cap)
        // zstd's failure is kept here: `extract` reports whatever its consumer throws as its own.
        var failure: ZstdStream.Failure?
        do {
            try extract(entry, from: package, limit: collectionLimit) { chunk in
                do {
                    try stream.decompress(chunk) { try handle.write(contentsOf: $0) }
                } catch let zstd as ZstdStream.Failure {
                    failure = zstd
                    throw zstd
                }
            }
            try stream.finish()
        } catch {
            switch failure ?? (error as? ZstdStream.Failure) {
            case .tooLarge:
                throw .invalid(
                    path: url.path,
                    reason:
                        "'\(entry.path)' unpacks to more than \(cap >> 20) MiB from \(packed >> 10) KiB; refused as a possible zip bomb"
                )
            case .damaged(let reason):
                throw .invalid(
                    path: url.path,
                    reason: "'\(entry.path)' is not a zstd stream Recall can unpack (\(reason))")
            case .truncated:
                throw .invalid(
                    path: url.path, reason: "'\(entry.path)' ends inside its zstd stream (a damaged package)")
            case nil:
                if let error = error as? InteropError { throw error }
                throw .invalid(path: url.path, reason: "the collection cannot be unpacked (\(error))")
            }
        }
    }

    /// Imports unpack into `recall-import-PID-UUID` in the temporary folder.
    static let folderPrefix = "recall-import-"

    /// Removes the unpacking folders of imports that were killed: those of a process that is no
    /// longer running, and, from Recall versions that did not name the process, any older than an hour.
    static func removeStaleFolders(in temporary: URL, now: Date = Date()) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        for name in names where name.hasPrefix(folderPrefix) {
            let rest = name.dropFirst(folderPrefix.count)
            let url = temporary.appendingPathComponent(name)
            let stale: Bool
            if UUID(uuidString: String(rest)) != nil {
                let modified =
                    (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
                    ?? nil
                stale = modified.map { now.timeIntervalSince($0) > 3600 } ?? false
            } else if let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]),
                UUID(uuidString: String(rest[rest.index(after: dash)...])) != nil
            {
                stale = pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
            } else {
                stale = false
            }
            if stale { try? FileManager.default.removeItem(at: url) }
        }
    }

    /// An entry's bytes, stopping at `limit` whatever the entry's header says.
    ///
    /// The entry's data is found through its local header and inflated by ZIPFoundation with a
    /// provider that refuses to read past the entry: `Archive.extract` loops forever on a deflate
    /// stream that never ends, and reads past a short last chunk (both found by fuzzing).
    func extract(_ entry: Entry, from package: Data, limit: Int) throws(InteropError) -> Data {
        var data = Data()
        try extract(entry, from: package, limit: limit) { data.append($0) }
        return data
    }

    /// An entry's bytes handed to `consume` chunk by chunk, so that a large entry is never held
    /// whole; stops at `limit` as above.
    func extract(
        _ entry: Entry, from package: Data, limit: Int, consume: (Data) throws -> Void
    ) throws(InteropError) {
        let damaged = InteropError.invalid(
            path: url.path, reason: "'\(entry.path)' cannot be unpacked (a damaged zip)")
        guard let start = Self.dataOffset(of: entry.path, in: package),
            entry.compressedSize <= UInt64(package.count),
            start + Int(entry.compressedSize) <= package.count
        else { throw damaged }
        let compressed = package[start..<start + Int(entry.compressedSize)]
        // The directory's size is where unpacking stops: a stream that goes on past it lied there.
        let declared = Int(clamping: entry.uncompressedSize)
        if !entry.isCompressed {
            guard compressed.count <= limit else { throw bomb(entry, limit) }
            guard compressed.count <= declared else { throw overrun(entry) }
            do {
                try consume(Data(compressed))
            } catch {
                throw .invalid(path: url.path, reason: "'\(entry.path)' cannot be unpacked (\(error))")
            }
            return
        }
        var written = 0
        do {
            let checksum = try Data.decompress(
                size: Int64(compressed.count), bufferSize: 64 << 10, skipCRC32: false,
                provider: { position, size in
                    guard position < compressed.count else { throw damaged }
                    let from = compressed.startIndex + Int(position)
                    // Always `size` bytes: ZIPFoundation hands zlib the whole buffer size, so a short
                    // last chunk would let it read past the chunk (zeros end a damaged stream instead).
                    var chunk = Data(compressed[from..<min(from + size, compressed.endIndex)])
                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                    return chunk
                },
                consumer: { chunk in
                    guard written + chunk.count <= limit else { throw bomb(entry, limit) }
                    guard written + chunk.count <= declared else { throw overrun(entry) }
                    written += chunk.count
                    try consume(chunk)
                })
            guard checksum == entry.checksum else { throw damaged }
        } catch let error as InteropError {
            throw error
        } catch {
            throw damaged
        }
    }

    func bomb(_ entry: Entry, _ limit: Int) -> InteropError {
        .invalid(
            path: url.path,
            reason: "'\(entry.path)' unpacks to more than \(limit >> 20) MiB; refused as a possible zip bomb")
    }

    func overrun(_ entry: Entry) -> InteropError {
        .invalid(
            path: url.path,
            reason:
                "'\(entry.path)' unpacks to more than the \(entry.uncompressedSize) bytes the zip's directory says; refused (a damaged or hostile zip)"
        )
    }

    /// Where the data of the entry named `path` starts: after the first local file header
    /// (`PK\u{3}\u{4}`) that carries that name.
    static func dataOffset(of path: String, in package: Data) -> Int? {
        let name = Array(path.utf8)
        return package.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int? in
            var offset = 0
            while offset + 30 + name.count <= bytes.count {
                if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 3,
                    bytes[offset + 3] == 4
                {
                    let nameLength = Int(bytes[offset + 26]) | Int(bytes[offset + 27]) << 8
                    let extraLength = Int(bytes[offset + 28]) | Int(bytes[offset + 29]) << 8
                    if nameLength == name.count,
                        name.indices.allSatisfy({ bytes[offset + 30 + $0] == name[$0] })
                    {
                        return offset + 30 + nameLength + extraLength
                    }
                }
                offset += 1
            }
            return nil
        }
    }

    /// The most text a note's fields may hold together (as a CSV row may), and the largest row of
    /// any table Recall reads, which SQLite refuses before reading it (a note's row holds its
    /// fields and a copy of its first field).
    public static let maximumNoteSize = 1 << 20
    static let maximumRowSize = 3 << 20
    /// The largest `col` row (its `models` JSON holds every note type with its templates and CSS).
    static let maximumModelsSize = 32 << 20

    /// How long reading a collection of `size` bytes may take: a second, and a second more for every
    /// 32 MiB. A hostile schema (a recursive view, a view over `col.models`) is stopped there.
    static func readingTime(forCollectionOf size: Int) -> TimeInterval {
        1 + Double(size) / Double(32 << 20)
    }

    /// The tables Recall reads; each must be a plain table.
    static let tablesRead: Set<String> = [
        "col", "notes", "cards", "revlog", "notetypes", "fields", "templates", "decks", "deck_config",
    ]

    func readCollection(_ file: URL, into contents: inout Contents) throws(InteropError) {
        let path = url.path
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        let allowed = Self.readingTime(forCollectionOf: size)
        let database = try SQLiteDatabase(
            untrustedPath: file.path, maximumLength: Self.maximumModelsSize,
            deadline: Date().addingTimeInterval(allowed))
        let damaged = { (error: InteropError) -> InteropError in
            guard case .sqlite(_, let message) = error else { return error }
            switch database.lastFailure {
            case SQLITE_TOOBIG:
                return .invalid(
                    path: path,
                    reason:
                        "its collection holds a row larger than Recall reads (\(Self.maximumRowSize >> 20) MiB, notes of \(Self.maximumNoteSize >> 20) MiB); refused"
                )
            case SQLITE_INTERRUPT:
                return .invalid(
                    path: path,
                    reason:
                        "reading its collection took more than \(Int(allowed.rounded(.up))) s; refused (a hostile or damaged package)"
                )
            default:
                return .invalid(
                    path: path, reason: "its collection is not a readable Anki database (\(message))")
            }
        }
        do {
            try Self.checkSchema(database, path: path)
        } catch {
            throw damaged(error)
        }
        let col: [[String?]]
        let schema18: Bool
        do {
            col = try database.query("select crt, models from col")
            schema18 = try !database.query("select name from sqlite_master where name = 'notetypes'").isEmpty
        } catch {
            throw damaged(error)
        }
        guard let first = col.first, let created = first[0].flatMap({ Int64($0) }) else {
            throw .invalid(path: path, reason: "its collection has no creation time (col.crt)")
        }
        contents.created = Date(timeIntervalSince1970: Double(created))
        var noteTypes: [String: AnkiNoteType] = [:]
        do throws(InteropError) {
            if schema18 {
                database.limitLength(to: Self.maximumRowSize)
                noteTypes = try AnkiNoteType.schema18(database)
                var presets: [Int64: AnkiDeckOptions] = [:]
                for row in try database.query("select id, hex(config), name from deck_config")
                where row.count == 3 {
                    guard let id = row[0].flatMap({ Int64($0) }),
                        let config = ProtobufFields(Data(hex: row[1] ?? ""))
                    else { continue }
                    presets[id] = AnkiDeckOptions(schema18: config)
                    presets[id]?.name = row[2] ?? ""
                }
                for row in try database.query("select id, name, hex(kind) from decks") where row.count == 3 {
                    guard let id = row[0].flatMap({ Int64($0) }), let name = row[1] else { continue }
                    contents.deckNames[id] = name.replacingOccurrences(of: "\u{1F}", with: "::")
                    // The deck's kind: field 1 a normal deck, whose field 1 is its preset's id.
                    if case .bytes(let normal) = ProtobufFields(Data(hex: row[2] ?? ""))?.values[1]?.last,
                        let preset = ProtobufFields(normal)?.integer(1).flatMap({
                            presets[Int64(clamping: $0)]
                        })
                    {
                        contents.deckOptions[id] = preset
                    }
                }
            } else {
                let models = (first[1]?.data(using: .utf8)).flatMap {
                    try? JSONSerialization.jsonObject(with: $0) as? [String: Any]
                }
                for (id, value) in models ?? [:] {
                    guard let model = value as? [String: Any] else { continue }
                    noteTypes[id] = AnkiNoteType(legacy: model)
                }
                // Deck names are a nicety: a collection without them still imports.
                let decks = (try? database.query("select decks from col"))?.first?.first ?? nil
                database.limitLength(to: Self.maximumRowSize)
                let deckObjects = (decks?.data(using: .utf8)).flatMap {
                    try? JSONSerialization.jsonObject(with: $0) as? [String: Any]
                }
                let presets = ((try? database.query("select dconf from col"))?.first?.first ?? nil)
                    .flatMap { $0.data(using: .utf8) }
                    .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
                for case (let id, let deck as [String: Any]) in deckObjects ?? [:] {
                    guard let id = Int64(id), let name = deck["name"] as? String else { continue }
                    contents.deckNames[id] = name
                    if let preset = (deck["conf"] as? NSNumber).flatMap({
                        presets?["\($0.int64Value)"] as? [String: Any]
                    }) {
                        contents.deckOptions[id] = AnkiDeckOptions(legacy: preset)
                    }
                }
            }
        } catch {
            throw damaged(error)
        }
        guard !noteTypes.isEmpty else {
            throw .invalid(path: path, reason: "its collection has no note types Recall can read")
        }
        contents.noteTypes = noteTypes
        let types = noteTypes.mapValues(\.recallType)
        do throws(InteropError) {
            // The key cards find their note by: its GUID, or its id when it has none.
            var noteKeys: [String: String] = [:]
            // A note's modification time, which only an export needs: a collection made by another
            // program may not have it.
            let modified = (try? database.query("select mod from notes limit 0")) == nil ? "0" : "mod"
            for row in try database.query(
                "select id, guid, mid, flds, tags, \(modified) from notes order by id")
            {
                guard row.count == 6, let id = row[0], let mid = row[2] else { continue }
                if (row[3]?.utf8.count ?? 0) > Self.maximumNoteSize {
                    throw .invalid(
                        path: path,
                        reason:
                            "note \(id) holds more than the \(Self.maximumNoteSize >> 20) MiB of text a note may have; refused"
                    )
                }
                let key = row[1] ?? id
                if noteKeys[id] == nil { noteKeys[id] = key }
                let fields = (row[3] ?? "").split(separator: "\u{1F}", omittingEmptySubsequences: false).map(
                    String.init)
                if fields.contains(where: HTMLText.hasMedia) { contents.notesWithMedia += 1 }
                contents.notes.append(
                    AnkiNoteType.importedNote(
                        noteTypes[mid], typeID: mid, recallType: types[mid], guid: key, htmlFields: fields,
                        tags: (row[4] ?? "").split(separator: " ").map(String.init), place: "note \(id)",
                        modified: Self.integer(row, 5)))
            }
            for row in try database.query(
                "select id, nid, ord, type, queue, due, ivl, factor, reps, lapses, data, did, odue, odid from cards order by id"
            ) {
                guard row.count == 14, let id = row[0].flatMap({ Int64($0) }), let note = row[1],
                    let guid = noteKeys[note]
                else { continue }
                let number = { (index: Int) in Self.integer(row, index) }
                contents.cards.append(
                    AnkiCard(
                        id: id, noteKey: guid, ordinal: Int(number(2)), type: Int(number(3)),
                        queue: Int(number(4)),
                        due: number(5), interval: number(6), factor: number(7), reps: Int(number(8)),
                        lapses: Int(number(9)), data: row[10] ?? "", deck: number(11),
                        originalDue: number(12),
                        originalDeck: number(13)))
            }
            for row in try database.query("select id, cid, ease, ivl, time, type from revlog order by id") {
                guard row.count == 6, let id = row[0].flatMap({ Int64($0) }),
                    let card = row[1].flatMap({ Int64($0) })
                else { continue }
                let number = { (index: Int) in Self.integer(row, index) }
                contents.reviews.append(
                    AnkiReview(
                        time: Date(timeIntervalSince1970: Double(id) / 1000), cardID: card,
                        ease: Int(number(2)),
                        interval: number(3), durationMs: Int(number(4)), type: Int(number(5))))
            }
        } catch {
            throw damaged(error)
        }
    }

    /// Refuses a collection whose tables Recall reads are views or virtual tables, or that has
    /// triggers: a package is a file of data, and code in its schema only serves an attack.
    static func checkSchema(_ database: SQLiteDatabase, path: String) throws(InteropError) {
        for row in try database.query("select type, name, sql from sqlite_master") {
            guard row.count == 3, let type = row[0]?.lowercased(), let name = row[1] else { continue }
            if type == "trigger" {
                throw .invalid(path: path, reason: "its collection has a trigger ('\(name)'); refused")
            }
            guard tablesRead.contains(name.lowercased()) else { continue }
            let isVirtual = row[2]?.uppercased().hasPrefix("CREATE VIRTUAL") ?? false
            if type != "table" || isVirtual {
                throw .invalid(
                    path: path,
                    reason:
                        "its collection's '\(name)' is a \(isVirtual ? "virtual table" : type), not a table; refused"
                )
            }
        }
    }

    /// A column of a query's row as a whole number; 0 when it is missing or not a number.
    static func integer(_ row: [String?], _ index: Int) -> Int64 {
        row[index].flatMap { Int64($0) } ?? 0
    }

    /// Which of Recall's kinds of note a legacy model is, from its kind (standard or cloze), name and fields.
    static func noteType(_ model: [String: Any]) -> ImportedNote.NoteType {
        AnkiNoteType(legacy: model).recallType
    }
}
