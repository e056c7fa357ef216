import ZIPFoundation

/// What a package's zip directory says an entry unpacks to, checked before a byte is unpacked.
///
/// A field of 400 MB of one repeated character compresses to under a megabyte: the unpacking cap
/// alone let it reach the disk (17 s, 400 MB written) before SQLite refused the row. An Anki
/// collection is pages of text and numbers, which deflate packs a few times over, never a hundred;
/// an entry claiming more than that, beyond a small allowance, is refused from the directory, and
/// unpacking then stops where the directory said the entry ends.
struct PackageEntrySize {
    /// The most an entry may expand, as unpacked size over packed size, once it is past `allowance`.
    static let maximumExpansion: UInt64 = 100
    /// Below this an entry may expand as much as it likes: the cost is small whatever it holds.
    static let allowance: UInt64 = 16 << 20

    var packed: UInt64
    var unpacked: UInt64

    init(_ entry: Entry) {
        packed = entry.compressedSize
        unpacked = entry.uncompressedSize
    }

    init(packed: UInt64, unpacked: UInt64) {
        self.packed = packed
        self.unpacked = unpacked
    }

    /// Why the entry is refused before unpacking, or nil when its sizes are plausible and within `limit`.
    func problem(limit: Int) -> String? {
        if unpacked > UInt64(limit) {
            return
                "unpacks to \(unpacked >> 20) MiB by the zip's directory, more than the \(limit >> 20) MiB Recall unpacks; refused"
        }
        if unpacked > Self.allowance, unpacked / max(packed, 1) > Self.maximumExpansion {
            return
                "unpacks to \(unpacked >> 20) MiB from \(packed >> 10) KiB (\(unpacked / max(packed, 1)) to 1), more than a collection of cards ever packs; refused as a possible zip bomb"
        }
        return nil
    }
}
