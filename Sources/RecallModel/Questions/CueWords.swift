/// Words that carry no event of their own, for choosing what a question shows.
public enum CueWords {
    /// Capitalized words that are never part of a name in a cue: sentence openers, function words,
    /// weekdays (`However`, `With`, `According`, `Monday`).
    public static let notNames: Set<String> = [
        "on", "in", "the", "a", "an", "at", "by", "from", "since", "during", "after", "before", "when",
        "while", "all", "as", "it", "this", "that", "these", "those", "he", "she", "they", "we", "i",
        "however",
        "but", "with", "according", "also", "later", "each", "until", "although", "though", "for", "into",
        "of", "to", "and", "or", "its", "there", "his", "her", "their", "our", "then", "thus", "yet", "so",
        "following", "next", "meanwhile", "eventually", "finally", "subsequently", "despite", "because",
        "among", "between", "within", "without", "under", "over", "upon", "about", "around", "early", "late",
        "mid", "both", "some", "many", "most", "several", "other", "another", "such", "once", "here",
        "through", "throughout", "against", "toward", "towards", "instead", "moreover", "furthermore",
        "nevertheless", "therefore", "afterwards", "consequently", "again", "neither", "either", "what",
        "which", "who", "whose", "where", "why", "how", "if", "not", "no", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "yesterday", "tomorrow",
    ]

    /// Era words, never a cue's name (`(7000 BCE-5500 BCE)` split by a hyphen leaves `BCE`).
    public static let eras: Set<String> = ["BC", "BCE", "AD", "CE"]

    /// Time zones, which say when in the day, never what happened (`at 15:00 UTC`).
    public static let timeZones: Set<String> = [
        "UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AST", "ADT", "CET", "CEST",
        "BST", "IST", "JST", "AEST", "AEDT", "HST", "AKST", "NZST", "NZDT", "WET", "EET",
    ]

    /// Abbreviations that open a name (`St. Petroc`, `Mt. Hood`, `Ft. Worth`).
    public static let nameAbbreviations: Set<String> = ["St", "Mt", "Ft", "Pt", "Ste"]

    /// Short words written with a capital inside a name (`Michael An Gof`, `Place De La Concorde`).
    public static let particles: Set<String> = ["an", "a", "the", "of", "de", "la", "le", "du", "da", "del"]

    /// Number words, which end a name's run in a cue unless capitalized inside it (`Apollo Eleven`).
    public static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ]

    /// Lower-case words that stay inside a name between two capitalized words (`Duchy of Normandy`,
    /// `Rüdiger von der Goltz`, `Place de la Concorde`); a name never ends on one.
    public static let insideNames: Set<String> = [
        "of", "the", "von", "van", "der", "den", "de", "du", "des", "da", "di", "del", "della", "la", "le",
        "y", "zu", "ter", "bin", "ibn",
    ]

    /// First words after which a sentence needs the one before to be understood.
    public static let needsContext: Set<String> = [
        "it", "its", "they", "their", "them", "he", "his", "she", "her", "this", "that", "these", "those",
        "there", "here", "such", "however", "but", "and", "also", "then", "thus", "therefore", "meanwhile",
        "later", "afterwards", "subsequently", "consequently", "moreover", "furthermore", "nevertheless",
        "instead", "eventually", "finally", "again", "both", "neither", "either",
    ]
}
