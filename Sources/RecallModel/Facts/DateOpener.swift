/// What a token can open: decided once per token, with one look-up of its word, so that the
/// grammar tries its patterns only where one of them could match.
///
/// Trying every pattern at every word cost about thirty look-ups per capitalized word and ten per
/// `the`, and was most of the time spent finding dates in long texts. The sets here are exactly the
/// words each pattern starts with; a pattern that learns a new opening word must add it here.
struct DateOpener: OptionSet {
    let rawValue: UInt8

    /// A single date (`simpleMatch`) may start here.
    static let simple = DateOpener(rawValue: 1)
    /// Something `match(at:)` tries may start here: a single date, `between`/`from` before a range,
    /// a weekday before a full date, the apostrophe of `'89`.
    static let match = DateOpener(rawValue: 2)

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    init(_ token: DateToken) {
        switch token.kind {
        case .number:
            self = [.simple, .match]
        case .mark:
            self = token.lower == "'" || token.lower == "’" ? .match : []
        case .word:
            let utf8 = token.lower.utf8
            if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
                utf8.count > Self.longestWord || !Self.ends[Int(first & 0x1F) << 5 | Int(last & 0x1F)]
            {
                self = []
                return
            }
            let opening = Self.words[token.lower] ?? Opening()
            self = token.isCapitalized ? opening.capitalized : opening.lowercase
        }
    }

    /// What a word opens written in lower case and with a capital.
    struct Opening {
        var lowercase: DateOpener = []
        var capitalized: DateOpener = []
    }

    /// The first and last letters of the ASCII opening words, and the longest's length: most words
    /// are turned away by these without hashing them (the look-up was a tenth of finding dates).
    static let ends: [Bool] = {
        var ends = [Bool](repeating: false, count: 32 * 32)
        for word in words.keys {
            guard let first = word.utf8.first, let last = word.utf8.last else { continue }
            ends[Int(first & 0x1F) << 5 | Int(last & 0x1F)] = true
        }
        return ends
    }()
    static let longestWord = words.keys.map(\.utf8.count).max() ?? 0

    static let words: [String: Opening] = {
        var words: [String: Opening] = [:]
        // Lower-case words open a single date only when a pattern begins with them.
        for word in DateGrammar.lowercaseStarts {
            words[word, default: Opening()].lowercase = [.simple, .match]
        }
        // A capital lets a few more through: `Turn of the century`, `AD 800`, `C.E. 800` (the year
        // with its era before it), `Christmas Day 800`; every lower-case opener stays one.
        for word in DateGrammar.lowercaseStarts.union(["turn", "ad", "ce", "c", "christmas"]) {
            words[word, default: Opening()].capitalized = [.simple, .match]
        }
        for word in ["between", "from"] {
            words[word, default: Opening()].lowercase.insert(.match)
            words[word, default: Opening()].capitalized.insert(.match)
        }
        for word in DateVocabulary.weekdays { words[word, default: Opening()].capitalized.insert(.match) }
        return words
    }()
}
