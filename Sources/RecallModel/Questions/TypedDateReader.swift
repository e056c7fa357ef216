/// The forms students type most (`1952`, `16 Dec 1925`, `December 16, 1925`, `March 1947`, `1990s`,
/// `19th century`, `1878–1921`, `spring 1943`, `late 1905`), read straight from the answer's bytes.
///
/// `DateAnswer.read` runs the date finder over a typed answer: a `String` per token, the grammar's
/// patterns at each token, the words around the date as new strings, and a second run in prose mode
/// when the first finds nothing. Profiled (perf, issue 14), that was nearly all of a check's time, and
/// a check took 4–9 µs against a 5 µs target. This reader knows a closed set of token sequences and
/// allocates nothing for them; for anything else (a word it does not know, a form it does not read,
/// two spaces, a mark it does not expect, text that is not ASCII but for `–`) it says nil and the full
/// reader decides. Where it answers, it answers as the full reader does, part and all: the tests
/// compare the two on the grading table and on thousands of generated answers.
enum TypedDateReader {
    /// The reading of `text`, or nil when the full reader must decide.
    static func read(_ text: String) -> DateAnswer.Reading? {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: Token.self, capacity: maximumTokens) { buffer in
                guard let count = tokenize(bytes, into: buffer) else { return nil }
                let reader = Reader(tokens: UnsafeBufferPointer(rebasing: buffer[..<count]))
                return reader.read().map { .date($0) }
            }
        }
    }

    /// Longer answers are left to the full reader; the forms read here have at most eleven tokens.
    static let maximumTokens = 16

    struct Token {
        enum Kind: UInt8 { case word, number, dash, comma, dot, slash, apostrophe }
        var kind: Kind
        var spaceBefore: Bool
        /// A number's value and digit count; for a dash, whether it is the ASCII hyphen (1) or `–` (0).
        var number = 0
        var digits = 0
        var word = Word.unknown
    }

    /// The words the forms use. Every one is a word `AnswerSpelling` never corrects, so a word read
    /// here reads the same after the full reader's spelling pass.
    enum Word: Equatable {
        case unknown
        case month(Int, abbreviated: Bool)
        case season(DateValue.Season)
        /// `first` … `twentieth`.
        case ordinal(Int)
        /// `st`, `nd`, `rd`, `th`.
        case suffix
        case century
        /// `bc`, `bce` (-1); `ad`, `ce` (+1).
        case era(Int)
        /// A word of one letter: the `s` of `1990s`, the letters of `B.C.`.
        case letter(UInt8)
        /// `on`, `about`, `around`, `circa`: words an answer may open with, as `in` and `the` may.
        case filler
        case `in`, the, of, at, by, from, between, to, through, until, and
        case early, mid, late, beginning, start, middle, end, half
    }

    /// Each word by its letters, five bits a letter (`a` is 1), first letter lowest.
    static let words: [UInt64: Word] = {
        var words: [UInt64: Word] = [:]
        func add(_ word: String, _ meaning: Word) { words[key(Array(word.utf8))!] = meaning }
        for (name, month) in DateVocabulary.months { add(name, .month(month, abbreviated: false)) }
        for (name, month) in DateVocabulary.monthAbbreviations { add(name, .month(month, abbreviated: true)) }
        for (name, season) in DateVocabulary.seasons { add(name, .season(season)) }
        for (name, number) in DateVocabulary.ordinalWords { add(name, .ordinal(number)) }
        for suffix in DateVocabulary.ordinalSuffixes { add(suffix, .suffix) }
        for word in ["century", "centuries"] { add(word, .century) }
        for word in ["bc", "bce"] { add(word, .era(-1)) }
        for word in ["ad", "ce"] { add(word, .era(1)) }
        for word in ["on", "about", "around", "circa"] { add(word, .filler) }
        let plain: [(String, Word)] = [
            ("in", .in), ("the", .the), ("of", .of), ("at", .at), ("by", .by), ("from", .from),
            ("between", .between),
            ("to", .to), ("through", .through), ("until", .until), ("till", .until), ("and", .and),
            ("early", .early), ("mid", .mid), ("late", .late), ("beginning", .beginning), ("start", .start),
            ("middle", .middle), ("end", .end), ("half", .half),
        ]
        for (word, meaning) in plain { add(word, meaning) }
        return words
    }()

    /// The key of lower-case ASCII letters, or nil for a word of more than twelve.
    static func key<Letters: Collection<UInt8>>(_ letters: Letters) -> UInt64? {
        guard letters.count <= 12 else { return nil }
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for letter in letters {
            key |= UInt64((letter | 0x20) &- 0x60) << shift
            shift += 5
        }
        return key
    }

    /// Splits `bytes` into `tokens` as `DateToken` does, or nil where this reader would not be sure
    /// of the outcome: a space that is not one space between two tokens, a mark other than `-`, `–`,
    /// `,`, `.`, `/` and `'`, a byte that is not ASCII, a grouped number (`1,000`, `3.5`), a word
    /// neither known nor corrected to a known one, or too many tokens.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<Token>)
        -> Int?
    {
        var count = 0
        var index = 0
        var sawSpace = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 {
                guard count > 0, !sawSpace, index + 1 < bytes.count else { return nil }
                sawSpace = true
                index += 1
                continue
            }
            guard count < tokens.count else { return nil }
            var token = Token(kind: .word, spaceBefore: sawSpace)
            sawSpace = false
            if isDigit(byte) {
                let start = index
                var value = 0
                while index < bytes.count, isDigit(bytes[index]) {
                    value = value &* 10 &+ Int(bytes[index] &- 0x30)
                    index += 1
                }
                guard index - start <= 9 else { return nil }
                // `3.5` and `1,000` are one grouped number to the date finder; `16.12.1925` is a date.
                if index + 1 < bytes.count, bytes[index] == 0x2C || bytes[index] == 0x2E,
                    isDigit(bytes[index + 1])
                {
                    guard bytes[index] == 0x2E,
                        isDottedDate(bytes, from: start) || followsDottedNumber(bytes, at: start)
                    else { return nil }
                }
                // A number glued to the word before it (`in1952`) is part of that word to the date finder.
                if !token.spaceBefore, count > 0, tokens[count - 1].kind == .word { return nil }
                token.kind = .number
                token.number = value
                token.digits = index - start
            } else if isLetter(byte) {
                let start = index
                while index < bytes.count, isLetter(bytes[index]) { index += 1 }
                guard let meaning = word(bytes[start..<index]) else { return nil }
                token.word = meaning
            } else {
                switch byte {
                case 0x2D:
                    token.kind = .dash
                    token.number = 1
                case 0x2C: token.kind = .comma
                case 0x2E: token.kind = .dot
                case 0x2F: token.kind = .slash
                case 0x27: token.kind = .apostrophe
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x93:
                    token.kind = .dash
                    index += 2
                default: return nil
                }
                index += 1
            }
            (tokens.baseAddress! + count).initialize(to: token)
            count += 1
        }
        return count
    }

    /// The meaning of a word, corrected as `AnswerSpelling` corrects it, or nil when it is none of
    /// the words the forms use.
    static func word(_ letters: Slice<UnsafeBufferPointer<UInt8>>) -> Word? {
        if letters.count == 1, let letter = letters.first { return .letter(letter | 0x20) }
        if let key = key(letters), let word = words[key] { return word }
        guard letters.count >= 3, let corrected = AnswerSpelling.correction(ofASCII: letters),
            let key = key(Array(corrected.utf8))
        else { return nil }
        return words[key]
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }

    /// `DateToken.isDottedDate`: day, month and four-digit year joined by dots start at `start`.
    static func isDottedDate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start
        func digits() -> Int {
            let first = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            return index - first
        }
        guard (1...2).contains(digits()), index < bytes.count, bytes[index] == 0x2E else { return false }
        index += 1
        guard (1...2).contains(digits()), index < bytes.count, bytes[index] == 0x2E else { return false }
        index += 1
        return digits() == 4
    }

    /// `DateToken.followsDottedNumber`: the number at `start` continues a dotted sequence.
    static func followsDottedNumber(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        start >= 2 && bytes[start - 1] == 0x2E && isDigit(bytes[start - 2])
    }
}
