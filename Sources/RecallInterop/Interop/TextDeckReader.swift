import CSV
import Foundation

/// Reads a deck from a CSV or TSV file: with Anki's header lines (`#separator:`, `#html:`,
/// `#notetype column:`, `#guid column:`, `#tags column:`, `#columns:`, as Recall and Anki write them)
/// or without (front, back and optional tags in each row).
///
/// Read as leniently as Anki reads it: without `#separator:`, the separator is detected (tab,
/// semicolon, pipe or comma); a row with fewer fields than the first (or than `#columns:` names) is
/// padded with empty ones and a longer one cut, and a warning names their lines, since a misplaced
/// quote shifts every field after it.
public struct TextDeckReader: Sendable {
    /// The largest text file Recall imports, and the longest row (a card is not a megabyte).
    public static let maximumSize = 64 << 20
    public static let maximumRowLength = 1 << 20

    /// The most rows a text file may hold: a deck of more cards than anyone studies, and one whose
    /// deck file stays well within what Recall opens. Counted while reading, so a file of millions of
    /// short rows stops at the first row past it, not after converting them all.
    public static let maximumRows = 200_000

    static func tooLarge(_ size: Int) -> String {
        "\(size >> 20) MiB is more than the \(maximumSize >> 20) MiB a text file may have"
    }

    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// The notes of a file, and warnings about rows it read leniently (padded or cut, naming their lines).
    func read(_ data: Data, tabSeparated: Bool) throws(InteropError) -> (
        notes: [ImportedNote], warnings: [String]
    ) {
        if data.count > Self.maximumSize {
            throw .invalid(path: path, reason: Self.tooLarge(data.count))
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw .invalid(path: path, reason: "not UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var headers: [String: String] = [:]
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var headerLines = 0
        while let line = lines.first, line.hasPrefix("#"), let colon = line.firstIndex(of: ":") {
            let key = line[line.index(after: line.startIndex)..<colon].lowercased()
            headers[key] = String(line[line.index(after: colon)...]).trimmingCharacters(
                in: .whitespacesAndNewlines)
            lines.removeFirst()
            headerLines += 1
        }
        let separator =
            headers["separator"] == nil
            ? Self.detectedSeparator(
                lines.prefix(Self.linesForDetection), preferred: tabSeparated ? "\t" : ",")
            : try Self.separator(headers["separator"], tabSeparated: tabSeparated, path: path)
        let isHTML = headers["html"]?.lowercased() == "true"
        func column(_ name: String) throws(InteropError) -> Int? {
            guard let text = headers[name + " column"] else { return nil }
            guard let number = Int(text), (1...1000).contains(number) else {
                throw .invalid(path: path, reason: "#\(name) column:\(text) is not a column number (1, 2, …)")
            }
            return number - 1
        }
        let typeColumn = try column("notetype")
        let guidColumn = try column("guid")
        let tagsColumn = try column("tags")
        let deckColumn = try column("deck")
        let declaredWidth = headers["columns"].map {
            $0.split(separator: separator, omittingEmptySubsequences: false).count
        }

        let body = lines.joined(separator: "\n")
        let reader: CSVReader
        do {
            reader = try CSVReader(
                string: body, hasHeaderRow: false, trimFields: false,
                delimiter: separator.unicodeScalars.first!)
        } catch {
            throw .invalid(path: path, reason: "cannot be read as CSV (\(error))")
        }
        var notes: [ImportedNote] = []
        var padded: [Int] = []
        var cut: [Int] = []
        var width = declaredWidth
        var line = headerLines + 1
        let special = Set([typeColumn, guidColumn, tagsColumn, deckColumn].compactMap { $0 })
        while let row = reader.next() {
            let rowLine = line
            line += 1 + row.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
            if row.reduce(0, { $0 + $1.utf8.count }) > Self.maximumRowLength {
                throw .invalid(
                    path: path,
                    reason:
                        "line \(rowLine) is longer than \(Self.maximumRowLength >> 10) KiB; no card is that long"
                )
            }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if notes.count == Self.maximumRows {
                throw .invalid(
                    path: path,
                    reason:
                        "line \(rowLine) is past the \(Self.maximumRows) rows a text file may have; split it into smaller decks"
                )
            }
            var row = row
            // As Anki: a short row is padded with empty fields and a long one cut, each named in a warning.
            if let expected = width, row.count != expected {
                if row.count < expected {
                    padded.append(rowLine)
                    row += Array(repeating: "", count: expected - row.count)
                } else {
                    cut.append(rowLine)
                    row = Array(row.prefix(expected))
                }
            }
            width = row.count
            let cell = { (index: Int?) -> String? in
                index.flatMap { $0 < row.count ? Self.unescapeFormula(row[$0]) : nil }
            }
            var fields = row.indices.filter { !special.contains($0) }.map { Self.unescapeFormula(row[$0]) }
            let dateValue = isHTML ? fields.lazy.compactMap(AnkiNote.dateValue(inHTML:)).first : nil
            fields = fields.map { isHTML ? HTMLText.plain($0) : $0.trimmingCharacters(in: .whitespaces) }
            var tags = (cell(tagsColumn) ?? "").split(separator: " ").map(String.init)
            if typeColumn == nil && tagsColumn == nil && headers["columns"] == nil && fields.count == 3 {
                tags = fields.removeLast().split(separator: " ").map(String.init)
            }
            guard fields.count >= 2 else {
                throw .invalid(
                    path: path, reason: "line \(rowLine) has one field; a card needs a front and a back")
            }
            let typeName = cell(typeColumn) ?? headers["notetype"] ?? "Basic"
            notes.append(
                ImportedNote(
                    guid: cell(guidColumn).flatMap { $0.isEmpty ? nil : $0 },
                    type: ImportedNote.NoteType(name: typeName),
                    fields: fields, tags: tags, place: "line \(rowLine)", dateValue: dateValue))
        }
        if let error = reader.error { throw .invalid(path: path, reason: "cannot be read as CSV (\(error))") }
        let expected = "\(declaredWidth == nil ? "the first row's" : "#columns'") \(width ?? 0)"
        var warnings: [String] = []
        if !padded.isEmpty {
            warnings.append("\(Self.lines(padded)) had fewer fields than \(expected); padded with empty ones")
        }
        if !cut.isEmpty {
            warnings.append(
                "\(Self.lines(cut)) had more fields than \(expected); the extra ones were left out")
        }
        return (notes, warnings)
    }

    /// `line 4` or `lines 4, 9 and 12`, the first ten of them, and how many more.
    static func lines(_ numbers: [Int]) -> String {
        let shown = numbers.prefix(10).map(String.init)
        let more = numbers.count - shown.count
        if numbers.count == 1 { return "line \(shown[0])" }
        if more > 0 { return "lines \(shown.joined(separator: ", ")) and \(more) more" }
        return "lines \(shown.dropLast().joined(separator: ", ")) and \(shown.last ?? "")"
    }

    /// How many lines separator detection looks at.
    static let linesForDetection = 10

    /// The separator of a file without a `#separator:` line: the one its extension suggests when
    /// every line of the first ten has two fields or more by it; otherwise whichever of tab,
    /// semicolon, pipe and comma gives the most of those lines two fields or more (ragged rows
    /// included, as Anki reads them), the first in that order on a tie.
    static func detectedSeparator(_ lines: ArraySlice<Substring>, preferred: Character) -> String {
        let sample = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let split = { (separator: Character) in
            sample.filter { fieldCount($0, separator: separator) >= 2 }.count
        }
        if split(preferred) == sample.count { return String(preferred) }
        var best = (separator: preferred, lines: 0)
        for candidate: Character in ["\t", ";", "|", ","] where split(candidate) > best.lines {
            best = (candidate, split(candidate))
        }
        return String(best.separator)
    }

    /// How many fields a line has by `separator`, separators inside double quotes not counted.
    static func fieldCount(_ line: Substring, separator: Character) -> Int {
        var count = 1
        var quoted = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
            } else if character == separator && !quoted {
                count += 1
            }
        }
        return count
    }

    static func separator(_ header: String?, tabSeparated: Bool, path: String) throws(InteropError) -> String
    {
        guard let header else { return tabSeparated ? "\t" : "," }
        switch header.lowercased() {
        case "comma", ",": return ","
        case "tab", "\\t", "\t": return "\t"
        case "semicolon", ";": return ";"
        case "pipe", "|": return "|"
        case "colon", ":": return ":"
        case "space", " ": return " "
        default:
            guard header.count == 1 else {
                throw .invalid(path: path, reason: "#separator:\(header) is not a separator Recall knows")
            }
            return header
        }
    }

    /// Recall's export puts an apostrophe before a cell that a spreadsheet would run as a formula.
    static func unescapeFormula(_ cell: String) -> String {
        guard cell.hasPrefix("'"), TextExport.startsLikeFormula(cell.dropFirst()) else { return cell }
        return String(cell.dropFirst())
    }
}
