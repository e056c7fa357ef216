/// Author-date citations: `(Stout 1997)`, `(quoted in Stout 1997 p 12)`, `(Stout 1997; Ray 2001)`,
/// `(University of Illinois Press, 1991)`, `Smith (2003) argues …`. Their years say when a source
/// was written, not when anything in the sentence happened, so they are no date of a fact (as
/// Wikipedia's `[12]` marks are no text of it); the sentence keeps them as written.
///
/// A year is a citation's when it stands in a bracket part (between `(`, `;` and `)`) made of an
/// author, a year and at most a page (`Stout 1997`, `Smith and Jones, 2003a`, `Ray et al. 2001, p. 4`),
/// after at most a citing phrase (`quoted in`, `see`, `cf.`); or when it is alone in a bracket right
/// after a name and before a verb of writing or saying (`Smith (2003) argues`), or after `according
/// to` (`according to Smith (2003)`). The author is one or two capitalised names, or a publisher
/// (`… Press`, `… Records`): a bracket such as `(Battle of Kars, 1877)` or `(May 1997)` is no citation.
enum AuthorDateCitation {
    /// `dates` without those that are the years of author-date citations in `text`.
    static func removing(from dates: [DateExpression], in text: String) -> [DateExpression] {
        guard dates.contains(where: { $0.value.granularity == .year }), text.contains("(") else {
            return dates
        }
        let bytes = Array(text.utf8)
        return dates.filter { !isCitation($0, in: bytes) }
    }

    static let citingWords: Set<String> = [
        "quoted", "in", "see", "cf", "cited", "citing", "after", "also", "e", "g", "eg", "as",
    ]
    static let particles: Set<String> = [
        "of", "and", "&", "de", "van", "von", "der", "den", "la", "le", "du", "et", "al",
    ]
    static let publisherWords: Set<String> = [
        "press", "records", "books", "publishing", "publishers", "publications", "verlag", "editions",
    ]
    static let reportingVerbs: Set<String> = [
        "argue", "argues", "argued", "note", "write", "suggest", "show", "find", "claim", "state", "say",
        "conclude", "describe", "report", "estimate", "propose", "believe", "explain", "observe", "notes",
        "noted", "writes", "wrote", "suggests", "suggested", "states", "stated",
        "claims", "claimed", "says", "said", "shows", "showed", "finds", "found", "observes", "observed",
        "concludes", "concluded", "describes", "described", "reports", "reported", "contends", "contended",
        "maintains", "maintained", "estimates", "estimated", "proposes", "proposed", "believes", "believed",
        "points", "pointed", "explains", "explained", "asserts", "asserted", "calls", "called", "puts", "put",
        "records", "recorded", "remarks", "remarked", "considers", "considered", "identifies", "identified",
    ]
    /// Words that make a bracket's capitalised words a date's (`(May 1997)`, `(AD 1997)`), not an author's.
    static let dateWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "spring", "summer", "autumn", "fall", "winter", "ad", "bc", "bce", "ce", "anno", "domini",
    ]

    static func isCitation(_ date: DateExpression, in bytes: [UInt8]) -> Bool {
        guard date.value.granularity == .year, date.text.allSatisfy(\.isNumber), date.text.count >= 3 else {
            return false
        }
        let open = UInt8(ascii: "("), close = UInt8(ascii: ")"), semicolon = UInt8(ascii: ";")
        // The bracket part the year stands in, if it stands in one.
        var start = date.utf8Range.lowerBound
        while start > 0, ![open, close, semicolon].contains(bytes[start - 1]) { start -= 1 }
        var end = date.utf8Range.upperBound
        while end < bytes.count, ![open, close, semicolon].contains(bytes[end]) { end += 1 }
        guard start > 0, end < bytes.count, bytes[end] != open else { return false }
        let before = words(bytes[start..<date.utf8Range.lowerBound])
        let after = words(bytes[date.utf8Range.upperBound..<end])
        guard isYearTail(after) else { return false }
        if !before.isEmpty, bytes[start - 1] != close {
            return isAuthor(before.drop { citingWords.contains($0.lowercased()) })
                || isImprint(bytes[start..<date.utf8Range.lowerBound])
        }
        // `Smith (2003) argues` or `according to Smith (2003)`: the year alone in its bracket.
        guard before.isEmpty, bytes[start - 1] == open, end < bytes.count, bytes[end] == close else {
            return false
        }
        let head = words(bytes[..<(start - 1)])
        let next = words(bytes[(end + 1)...].prefix(40)).first?.lowercased()
        let name = Array(head.reversed().prefix { $0.first?.isUppercase ?? false }.reversed())
        // Initials (`G. Williams`) go with the name they stand before.
        let surnames = ArraySlice(name.filter { $0.count >= 2 })
        guard !name.isEmpty, isAuthor(surnames) || name.last?.hasSuffix("'s") == true else {
            return false
        }
        let saidBefore = head.dropLast(name.count).suffix(2).map { $0.lowercased() } == ["according", "to"]
        // `Thurston and Williams (2015) "An examination of …"`: the title of the work follows.
        let titleFollows = bytes[(end + 1)...].drop { $0 == 0x20 }.first.map(Self.opensAQuotation) ?? false
        return saidBefore || titleFollows || next.map(reportingVerbs.contains) ?? false
    }

    /// Whether `byte` opens a quotation: `"`, or the first byte of `“`.
    static func opensAQuotation(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\"") || byte == 0xE2 }

    /// `(London, England: J. Johnson, 1798)`: a place, a colon, then a publisher's capitalised name
    /// and a comma before the year, as a book's imprint is written.
    static func isImprint(_ part: ArraySlice<UInt8>) -> Bool {
        guard let colon = part.lastIndex(of: UInt8(ascii: ":")), colon > part.startIndex else { return false }
        let publisher = words(part[(colon + 1)...])
        return !publisher.isEmpty && publisher.count <= 6
            && publisher.allSatisfy { $0.first?.isUppercase ?? false }
            && part.last(where: { $0 != 0x20 }) == UInt8(ascii: ",")
    }

    static let pageWords: Set<String> = [
        "p", "pp", "page", "pages", "chapter", "chapters", "ch", "chap", "vol", "volume", "part", "section",
        "fig", "figure", "table", "no", "col", "para",
    ]

    /// After the year: nothing, a letter (`1997a`), or a place in the work (`p 12`, `, pp. 3–5`, `: 41`,
    /// `, Chapter 1`).
    static func isYearTail(_ words: [String]) -> Bool {
        var rest = words[...]
        if let first = rest.first, first.count == 1, first.allSatisfy(\.isLowercase) {
            rest = rest.dropFirst()
        }
        if let first = rest.first, pageWords.contains(first.lowercased()) { rest = rest.dropFirst() }
        return rest.allSatisfy { $0.allSatisfy { $0.isNumber || $0 == "-" || $0 == "–" } }
    }

    /// One or two capitalised names (`Stout`, `Smith and Jones`, `Ray et al.`, `de Gaulle`), or a
    /// publisher's name (`Revolting Records`, `University of Illinois Press`).
    static func isAuthor(_ words: ArraySlice<String>) -> Bool {
        guard !words.isEmpty, words.count <= 6,
            words.allSatisfy({ ($0.first?.isUppercase ?? false) || particles.contains($0.lowercased()) }),
            !words.contains(where: { dateWords.contains($0.lowercased()) })
        else { return false }
        if let last = words.last, publisherWords.contains(last.lowercased()) { return true }
        let names = words.filter { !particles.contains($0.lowercased()) }
        return (1...2).contains(names.count) && names.allSatisfy { $0.count >= 2 }
    }

    /// The words of `bytes`, split at spaces and punctuation but keeping `'s`, `&` and hyphens.
    static func words<C: Collection<UInt8>>(_ bytes: C) -> [String] {
        String(decoding: bytes, as: UTF8.self)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "&" || $0 == "-") })
            .map(String.init)
    }
}
