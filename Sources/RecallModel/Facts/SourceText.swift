import Foundation

/// A source text that passed the checks a deck builder needs: not empty, not binary, valid UTF-8.
///
/// Lines that start with `#` are comments; a first comment line such as
/// `# Source: Wikipedia, CC BY-SA 4.0` becomes the deck's attribution.
public struct SourceText: Sendable, Equatable {
    /// The file name the text came from, for messages and the deck's `source` field.
    public var name: String
    /// Every line of the text, comments included, without line terminators.
    public var lines: [String]

    /// The text of the first comment line, if the file starts with one.
    public var attribution: String? {
        guard let first = lines.first, first.hasPrefix("#") else { return nil }
        let text = first.dropFirst().trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    public init(name: String, text: String) {
        self.name = name
        // Control characters (terminal escapes, a stray CR) never reach a sentence or a card. Each line
        // is cleaned on its own, on every core.
        // The lines are found on a copy of the bytes: splitting the string's UTF-8 view walked it
        // index by index, on one core (callgrind: 5% of a 10 MB build's instructions).
        let bytes = text.utf8.withContiguousStorageIfAvailable(Array.init) ?? Array(text.utf8)
        var lines = Self.lineRanges(bytes).concurrentMap { line in
            let end =
                line.upperBound > line.lowerBound && bytes[line.upperBound - 1] == 0x0D
                ? line.upperBound - 1 : line.upperBound
            return ControlCharacters.removed(
                from: String(decoding: bytes[line.lowerBound..<end], as: UTF8.self))
        }
        if lines.last == "" { lines.removeLast() }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        self.lines = lines
    }

    /// The byte ranges of the lines of `bytes`, split at every LF, empty lines and the (perhaps empty)
    /// piece after the last LF included.
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<bytes.count)
        return ranges
    }

    /// The largest text the deck builder reads (64 MiB: a long book is under 5).
    public static let maximumSize = 64 << 20

    /// Validates raw bytes and decodes them, or says precisely what is wrong with them.
    public init(name: String, bytes: [UInt8]) throws(SourceTextError) {
        if bytes.isEmpty { throw .empty(file: name) }
        if bytes.count > Self.maximumSize {
            throw .tooLarge(file: name, size: bytes.count, limit: Self.maximumSize)
        }
        if let offset = bytes.firstIndex(of: 0) { throw .binary(file: name, offset: offset) }
        // Valid text (nearly every file) is told, and made, at once; the scalar parser finds where it is not.
        let valid = String(validating: bytes, as: UTF8.self)
        if valid == nil, let offset = Self.firstInvalidUTF8Offset(bytes) {
            throw .invalidUTF8(file: name, offset: offset)
        }
        let text = valid ?? String(decoding: bytes, as: UTF8.self)
        if text.allSatisfy({ $0.isWhitespace }) { throw .empty(file: name) }
        self.init(name: name, text: text)
    }

    /// Reads and validates a file.
    public init(contentsOf url: URL) throws(SourceTextError) {
        let name = url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.path, reason: Self.reason(for: error, path: url.path))
        }
        try self.init(name: name, bytes: [UInt8](data))
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    static func reason(for error: any Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return "no such file"
        }
        if isDirectory.boolValue { return "it is a folder, not a text file" }
        return "it cannot be read (\((error as NSError).localizedDescription))"
    }
}

/// Why a source text cannot be used.
public enum SourceTextError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case empty(file: String)
    case binary(file: String, offset: Int)
    case invalidUTF8(file: String, offset: Int)
    case noDates(file: String)
    case tooLarge(file: String, size: Int, limit: Int)
    /// A `--landmark` text found in no fact a "before or after?" card could stand on.
    case landmarkNotFound(file: String, text: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): \(reason)"
        case .empty(let file): "\(file): the file is empty"
        case .binary(let file, let offset):
            "\(file): looks like a binary file (NUL byte at byte offset \(offset)); give a plain UTF-8 text"
        case .invalidUTF8(let file, let offset):
            "\(file): invalid UTF-8 at byte offset \(offset); save the text as UTF-8"
        case .noDates(let file): "\(file): no dates found, so there is nothing to make questions from"
        case .tooLarge(let file, let size, let limit):
            "\(file): \(size >> 20) MiB is more than the \(limit >> 20) MiB a source text may have; split it into chapters"
        case .landmarkNotFound(let file, let text):
            "\(file): --landmark '\(text)' is in no fact with one date that a before-or-after card can stand on; nothing was written"
        }
    }
}
