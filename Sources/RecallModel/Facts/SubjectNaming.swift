/// Names the subject a sentence leaves to a pronoun, as a teacher rewords a sentence taken out of
/// its text: `She retired in 1946.` after `Lindqvist enrolled …` becomes `Lindqvist retired in
/// 1946.`, `Her book appeared …` becomes `Lindqvist's book appeared …`, and `The treaty was signed
/// …` right after a sentence naming `the Treaty of Kars` becomes `The Treaty of Kars was signed …`.
///
/// The subject is the first word, or the first word after an opening time phrase (`In 1929,`,
/// `Late in 1929 she …`). A pronoun is named only by the name that was the subject of a sentence
/// close before it (the last three sentences for `he`/`she`, the one before for `it`/`they`), and
/// only by a name that fits: a person's name (no word of it is written in lower case in the text)
/// for `he`/`she`, a thing's (`St. Aldric's Abbey`: `abbey` is written in lower case) for `it`,
/// a plural for `they`, and never a name the text has called by the other sex's pronoun. A pronoun
/// no name fits keeps the sentence before as its context; a bare
/// `the treaty` is named only when one name of the two sentences before has that head word.
struct SubjectNaming {
    let lowercaseWords: Set<String>
    let capitalizedWords: Set<String>

    /// The facts of `readings`, their subjects named where the sentences before tell them.
    ///
    /// What a sentence says of its own subject depends on it alone and is read on every core, once
    /// for the whole text (`Subject`): the main person is counted from those subjects, and only which
    /// name a pronoun stands for, which depends on the sentences before, is decided in order. A
    /// subject keeps what the decision reads of its words, not the words: holding every sentence's
    /// words at once would double the build's peak memory.
    static func facts(in readings: [FactSelector.Reading]) -> [Fact] {
        let naming = SubjectNaming(readings.map(\.cleanText))
        let subjects = Array(readings.indices).concurrentMap { naming.subject(of: $0, in: readings) }
        let main = naming.mainPerson(of: subjects)
        var facts: [Fact] = []
        var person: (name: String, sentence: Int)?
        var otherPerson: Int?
        var previousSubject: (name: String, sentence: Int)?
        var shownBefore: String?
        // Whether the text has called a name `he` or `she`: `his` never stands for a woman it
        // called `she` (`Madeline … she claimed …` then `His wife Kintchie`, the brother's).
        var isFemale: [String: Bool] = [:]
        for (index, subject) in subjects.enumerated() {
            var fact = subject.fact
            defer {
                // `… came from General Yudenich, who …`: another person was named since, so `he` is unsure.
                if let mentioned = subject.personMentioned,
                    mentioned != person?.name.split(separator: " ").last.map(String.init)
                {
                    person = nil
                }
                if let mentioned = subject.personMentioned,
                    mentioned != main?.split(separator: " ").last.map(String.init)
                {
                    otherPerson = index
                }
                if subject.isAnOwnersPerson {
                    person = nil
                    otherPerson = index
                }
                if var kept = fact {
                    // `a comet was recorded there`: the place is the one of the sentence before.
                    if kept.context == nil, kept.written == nil, let shownBefore, subject.pointsToAPlace {
                        kept.context = shownBefore
                    }
                    // Read in the words as reworded: `After his death in 1490 the town …` still leans.
                    if kept.context == nil, let shownBefore,
                        kept.written == nil
                            ? subject.leansOnTheSentenceBefore
                            : naming.leansOnTheSentenceBefore(Word.split(kept.text))
                    {
                        kept.context = shownBefore
                    }
                    facts.append(kept)
                }
                // A heading names a section, not what a pronoun after it points to: no context.
                let shown = readings[index].isHeading ? nil : fact?.text ?? readings[index].cleanText
                // `Kellermann was born there. He led his company at Valmy. He was later made Duke of
                // Valmy`: a sentence still opening on a pronoun is shown with the one before it, so
                // that the next card's context names the person (two sentences at most).
                if let shown, let earlier = shownBefore, Self.opensWithAPronoun(shown),
                    !Self.opensWithAPronoun(earlier)
                {
                    shownBefore = earlier + " " + shown
                } else {
                    shownBefore = shown
                }
            }
            guard let at = subject.index else { continue }
            let pronoun: Subject.Pronoun
            switch subject.kind {
            case .name(let name, let namesAnotherPerson):
                // `George VI awarded Phoebe Cusden the MBE.`: a `she` after it may be either person.
                if let namesAnotherPerson {
                    person = namesAnotherPerson ? nil : (name, index)
                    if name.split(separator: " ").last != main?.split(separator: " ").last {
                        otherPerson = index
                    }
                }
                previousSubject = (name, index)
                continue
            case .namedNoun(let named, let span):
                let replacement = at == 0 ? named.prefix(1).uppercased() + named.dropFirst() : named
                if var reworded = fact {
                    Self.replace(span, with: replacement, in: &reworded)
                    fact = reworded
                }
                previousSubject = (named, index)
                continue
            case .definitePhrase(let phrase, let opensWithABareNoun):
                if let phrase { previousSubject = (phrase, index) }
                // `The team reached number one …`: one bare noun no name explains points back, so
                // the card shows the sentence before.
                if opensWithABareNoun, var reworded = fact, reworded.context == nil, let shownBefore {
                    reworded.context = shownBefore
                    fact = reworded
                }
                continue
            case .other(let opensWithAnAct):
                // `Sentencing was set for …`, `Construction began in 1890`: an act whose doer and object
                // only the sentence before names.
                if opensWithAnAct, var reworded = fact, reworded.context == nil, let shownBefore {
                    reworded.context = shownBefore
                    fact = reworded
                }
                continue
            case .pronoun(let subjectPronoun):
                pronoun = subjectPronoun
            }
            let word = pronoun.word
            var name: String?
            switch word {
            case "he", "she", "his", "her":
                if let person, index - person.sentence <= 3 {
                    name = person.name
                } else if let main, otherPerson.map({ index - $0 > 2 }) ?? true {
                    // A biography's `he`, with no other person named in the last two sentences.
                    name = main
                }
            case "it", "its":
                if !subject.isDummyIt, let last = previousSubject, index - last.sentence == 1,
                    naming.isThing(last.name)
                {
                    name = last.name
                }
            default:
                // `they` is a plural's: `the Giants`, not `The loss` or `the census`.
                if let last = previousSubject, index - last.sentence == 1, last.name.hasSuffix("s"),
                    !["ss", "us", "is"].contains(where: last.name.hasSuffix),
                    last.name.hasPrefix("the ") || !last.name.contains(" ")
                {
                    name = last.name
                }
            }
            if let found = name, ["he", "she", "his", "her"].contains(word) {
                let female = word == "she" || word == "her"
                if let known = isFemale[found], known != female {
                    name = nil
                } else {
                    isFemale[found] = female
                }
            }
            if let name {
                if ["he", "she", "his", "her"].contains(word) { person = (name, index) }
                previousSubject = (name, index)
            }
            guard var reworded = fact else { continue }
            // `By the time Arnold reached Quebec, he had …` names its own subject.
            if pronoun.followsAName { continue }
            // `they … forced the Russians`: a pronoun is not a name its own sentence uses.
            if let last = name?.split(separator: " ").last, pronoun.bareWords.contains(where: { $0 == last })
            {
                name = nil
            }
            if let name {
                let possessive = ["his", "her", "its", "their"].contains(word)
                let written = possessive ? name + (name.hasSuffix("s") ? "'" : "'s") : name
                let capital = at == 0 ? written.prefix(1).uppercased() + written.dropFirst() : written
                Self.replace(pronoun.range, with: capital, in: &reworded)
                reworded.context = nil
            } else if let shownBefore {
                reworded.context = shownBefore
            }
            fact = reworded
        }
        return facts
    }

    /// Whether a sentence opens on a pronoun, as one that leans on the sentence before it does.
    static func opensWithAPronoun(_ text: String) -> Bool {
        Self.pronounSubjects.contains(text.prefix { $0.isLetter }.lowercased())
    }

    /// What one sentence says of its subject, read from it (and, for `the treaty`, the two sentences
    /// before) alone: the subject and what deciding its name in order reads of the sentence's words.
    struct Subject: Sendable {
        enum Kind: Sendable {
            /// A name, and whether the sentence names another person after it (nil: no person's name).
            case name(String, namesAnotherPerson: Bool?)
            /// `the treaty`, standing for the one name of the sentences before with that head word, and
            /// the UTF-8 range of `the treaty` in the fact's text.
            case namedNoun(String, span: Range<Int>)
            /// `the shipyard` with no such name: a subject a later `it` cannot take; and whether it is
            /// one bare noun and its verb (`The team reached …`, `opensWithABareNoun`).
            case definitePhrase(String?, opensWithABareNoun: Bool)
            case pronoun(Pronoun)
            /// Any other subject, and whether it is the noun of an act and its verb (`opensWithAnAct`).
            case other(opensWithAnAct: Bool)
        }

        /// A pronoun subject, with what naming it reads of its sentence.
        struct Pronoun: Sendable {
            /// `he`, `its`, `they` …, lower-cased.
            var word: String
            /// Its UTF-8 range in the fact's text.
            var range: Range<Int>
            /// `By the time Arnold reached Quebec, he had …`: the sentence names its own subject.
            var followsAName: Bool
            /// The sentence's words without their punctuation (`Word.bare`).
            var bareWords: [String]
        }

        var fact: Fact?
        /// The last person the sentence names by a title or before `who`.
        var personMentioned: String?
        /// The subject word's index among the sentence's words; nil when the sentence has none.
        var index: Int?
        var kind = Kind.other(opensWithAnAct: false)
        /// `It was not until 1920 that …`: an `it` that points to nothing before.
        var isDummyIt = false
        /// `Jenner's nephew assisted …`, `His elder son died …`: the subject is a person the text
        /// names only through another; a `he` after it is that person, not the one named.
        var isAnOwnersPerson = false
        /// The fact's `pointsToAPlace` and `leansOnTheSentenceBefore`, read in its words as written.
        var pointsToAPlace = false
        var leansOnTheSentenceBefore = false
    }

    static let pronounSubjects: Set<String> = ["he", "she", "his", "her", "it", "its", "they", "their"]

    /// People a text may name only through another (`Jenner's nephew`, `his wife`).
    static let relatedPeople: Set<String> = [
        "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "nephew", "niece",
        "uncle", "aunt", "cousin", "grandson", "granddaughter", "grandfather", "grandmother", "heir",
        "widow", "widower", "stepson", "stepdaughter", "stepfather", "stepmother", "son-in-law",
        "father-in-law", "brother-in-law", "successor", "predecessor", "assistant", "pupil", "teacher",
        "friend", "servant", "rival", "colleague", "patron", "partner", "companion", "tutor", "apprentice",
    ]
    /// Words that may stand between the owner and the person (`his elder son`).
    static let relatedPeopleQualifiers: Set<String> = [
        "elder", "eldest", "younger", "youngest", "only", "first", "second", "third", "late", "new", "former",
        "own", "half-brother",
    ]

    /// Whether the subject at `at` is an owner and a related person: `Jenner's nephew`, `his elder son`.
    static func isAnOwnersPerson(at: Int, in words: [Word]) -> Bool {
        let owner = words[at].bare
        let lower = owner.lowercased()
        guard ["his", "her", "their"].contains(lower) || owner.hasSuffix("'s") || owner.hasSuffix("’s") else {
            return false
        }
        var index = at + 1
        while index < words.count, relatedPeopleQualifiers.contains(words[index].bare.lowercased()) {
            index += 1
        }
        return index < words.count && relatedPeople.contains(words[index].bare.lowercased())
    }

    /// The subject of the sentence `index` of `readings`.
    func subject(of index: Int, in readings: [FactSelector.Reading]) -> Subject {
        let reading = readings[index]
        // The words as the card shows them: `However, they grow …` is shown as `They grow …`.
        // `fact` is made anew on every read: made once here.
        let fact = reading.fact
        let words = Word.split(fact?.text ?? reading.cleanText)
        var subject = Subject(fact: fact, personMentioned: Self.personMentioned(in: words))
        if fact != nil {
            subject.pointsToAPlace = Self.pointsToAPlace(words)
            subject.leansOnTheSentenceBefore = leansOnTheSentenceBefore(words)
        }
        guard let at = subjectIndex(words, dates: reading.dates), at < words.count else { return subject }
        subject.index = at
        subject.isAnOwnersPerson = Self.isAnOwnersPerson(at: at, in: words)
        let word = words[at].bare.lowercased()
        if let name = name(at: at, in: words) {
            let another = isPerson(name) ? namesAnotherPerson(in: words, after: at, besides: name) : nil
            subject.kind = .name(name, namesAnotherPerson: another)
        } else if word == "the" {
            if let named = bareNoun(at: at, in: words, before: readings, index: index) {
                subject.kind = .namedNoun(
                    named, span: words[at].range.lowerBound..<words[at + 1].range.upperBound)
            } else {
                subject.kind = .definitePhrase(
                    Self.definitePhrase(at: at, in: words),
                    opensWithABareNoun: Self.opensWithABareNoun(at: at, in: words))
            }
        } else if Self.pronounSubjects.contains(word) {
            subject.kind = .pronoun(
                Subject.Pronoun(
                    word: word, range: words[at].range,
                    followsAName: words[..<at].contains(where: startsAName), bareWords: words.map(\.bare)))
            subject.isDummyIt =
                (word == "it" || word == "its") && Self.isDummyIt(words, at: at, text: reading.cleanText)
        } else {
            subject.kind = .other(opensWithAnAct: Self.opensWithAnAct(at: at, in: words))
        }
        return subject
    }

    static let titles: Set<String> = [
        "General", "President", "King", "Queen", "Emperor", "Empress", "Tsar", "Czar", "Pope", "Prince",
        "Princess", "Marshal", "Admiral", "Colonel", "Captain", "Lord", "Sir", "Dr.", "Mr.", "Mrs.", "Abbot",
        "Bishop", "Prime", "Chancellor", "Premier", "Lieutenant", "Major", "Commander", "Governor", "Senator",
    ]

    /// The last person the sentence names by a title or with `who` after the name (`General
    /// Yudenich, who …`), as its last word.
    static func personMentioned(in words: [Word]) -> String? {
        var found: String?
        for (index, word) in words.enumerated() {
            // Every title is capitalized, so most words need no look-up.
            let isTitle =
                word.isCapitalized && (titles.contains(word.bare) || titles.contains(String(word.text)))
            let beforeWho =
                index + 1 < words.count && words[index + 1].bare == "who"
                && word.isCapitalized
            if isTitle, index + 1 < words.count, words[index + 1].isCapitalized {
                var end = index + 1
                while end + 1 < words.count, words[end + 1].isCapitalized,
                    !words[end].text.hasSuffix(",")
                {
                    end += 1
                }
                found = words[end].bare
            } else if beforeWho {
                found = word.bare
            }
        }
        return found
    }

    /// Whether the sentence names a person of two words or more (`Phoebe Cusden`) after its subject
    /// `name`, who is not that subject: a pronoun in the next sentence could then mean either.
    func namesAnotherPerson(in words: [Word], after at: Int, besides name: String) -> Bool {
        let own = Set(name.split(separator: " ").map(String.init))
        var index = at + 1
        while index + 1 < words.count {
            // `Ada Moss the OBE` is read as one name: the person is its capitalised words before `the`/`of`.
            if startsAName(words[index]), !own.contains(words[index].bare),
                let other = self.name(at: index, in: words)?.split(separator: " ")
                    .prefix(while: { $0.first?.isUppercase ?? false }).map(String.init),
                other.count >= 2, isPerson(other.joined(separator: " ")), own.isDisjoint(with: other)
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether the word opens a name of a person written inside the sentence (not its first word).
    func startsAName(_ word: Word) -> Bool {
        guard word.isCapitalized,
            !CueWords.notNames.contains(word.bare.lowercased()),
            DateVocabulary.months[word.bare.lowercased()] == nil
        else { return false }
        return capitalizedWords.contains(word.bare) && isPerson(word.bare)
    }

    /// Whether the subject at `at` is `the` and one lower-case noun followed by its verb (`The
    /// building underwent …`, `The team reached …`), not a longer phrase (`The building of the dam`).
    static func opensWithABareNoun(at: Int, in words: [Word]) -> Bool {
        guard at + 2 < words.count, !words[at + 1].text.contains(where: { ",;:".contains($0) }) else {
            return false
        }
        let (noun, next) = (words[at + 1].bare, words[at + 2].bare)
        return !noun.isEmpty && noun == noun.lowercased() && noun.allSatisfy(\.isLetter)
            && !DateVocabulary.timeNouns.contains(noun) && next == next.lowercased() && isVerb(next)
    }

    /// Whether the subject at `at` is one noun of an act (`Sentencing`, `Construction`, `Settlement`)
    /// followed by its verb.
    static func opensWithAnAct(at: Int, in words: [Word]) -> Bool {
        guard at + 1 < words.count, !words[at].text.contains(where: { ",;:".contains($0) }) else {
            return false
        }
        let noun = words[at].bare.lowercased()
        let next = words[at + 1].bare
        return isVerb(next) && noun.count > 5 && noun.allSatisfy(\.isLetter)
            && ["ing", "tion", "sion", "ment"].contains(where: noun.hasSuffix)
    }

    /// Whether a word after a subject is its verb: a form of `be` or `have`, a past form.
    static func isVerb(_ word: String) -> Bool {
        verbs.contains(word) || pastForms.contains(word) || (word.count > 4 && word.hasSuffix("ed"))
    }

    /// Past forms that do not end in `-ed`, for telling a verb after a subject.
    static let pastForms: Set<String> = [
        "began", "came", "fell", "took", "won", "lost", "made", "became", "underwent", "went", "met",
        "led", "held", "left", "rose", "broke", "saw", "gave", "ran", "sent", "built", "brought", "fought",
        "struck", "sank", "stood", "grew", "drew", "wrote", "spoke", "chose", "froze", "shook", "swept",
        "kept", "told", "found", "paid", "put", "set", "spent", "split", "spread",
    ]

    static let verbs: Set<String> = [
        "was", "were", "is", "are", "had", "has", "have", "did", "will", "would", "could", "can", "may",
        "might", "must", "should", "became", "remained",
    ]

    /// `the shipyard` in `The shipyard employed …`: a subject of `the` and lower-case words up to
    /// its verb (a form of `be` or `have`, or a word in `-ed`), at most six words; nil otherwise.
    static func definitePhrase(at: Int, in words: [Word]) -> String? {
        var parts = ["the"]
        var index = at + 1
        while index < words.count, parts.count <= 6 {
            let word = words[index]
            let bare = word.bare
            if verbs.contains(bare) || (bare.count > 4 && bare.hasSuffix("ed") && bare == bare.lowercased()) {
                return parts.count >= 2 ? parts.joined(separator: " ") : nil
            }
            guard !bare.isEmpty, word.text.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) else {
                return nil
            }
            parts.append(bare)
            index += 1
        }
        return nil
    }

    static let existential: Set<String> = [
        "was", "were", "is", "are", "had", "has", "have", "be", "been", "being", "remained", "seemed",
        "appeared", "exist", "existed", "came", "will", "would", "may", "might",
    ]

    /// Whether the sentence says `there` of a place it does not name (`recorded there`), as
    /// opposed to `there were`.
    static func pointsToAPlace(_ words: [Word]) -> Bool {
        words.indices.contains { index in
            guard words[index].bare.lowercased() == "there" else { return false }
            let next = index + 1 < words.count ? words[index + 1].bare.lowercased() : ""
            return !existential.contains(next)
        }
    }

    /// Whether a person's pronoun, a possessive `its`, or a phrase that points back (`this monarch`,
    /// `the latter`) comes before any name of the sentence (`After his death in 1490 it passed to
    /// Bohemia`, `Under its terms, …`): it points to someone only the sentence before names.
    /// The first word is a name when it is no function word and the text never writes it in lower
    /// case (`Wrangel and his army`).
    func leansOnTheSentenceBefore(_ words: [Word]) -> Bool {
        if Self.opensOnAPhraseThenAPronoun(words) { return true }
        for (index, word) in words.enumerated() {
            let lower = word.bare.lowercased()
            if Self.pointingPronouns.contains(lower) { return true }
            if index + 1 < words.count, Self.pointsBack(lower, words[index + 1]) { return true }
            guard word.isCapitalized, DateVocabulary.months[lower] == nil else { continue }
            if index > 0 || !(lowercaseWords.contains(lower) || CueWords.notNames.contains(lower)) {
                return false
            }
        }
        return false
    }

    /// `On the beaches of Normandy around 1856 he met Boudin`, `According to Georges Roux he would
    /// have lived …`, `In the northern hemisphere it is only exceeded …`: a subject pronoun after an
    /// opening phrase of place, time or source points to the sentence before; the names in that
    /// phrase are no one it can mean (a clause joiner or an owner's `'s` before it may bring one).
    static func opensOnAPhraseThenAPronoun(_ words: [Word]) -> Bool {
        guard words.count > 3, openingPrepositions.contains(words[0].bare.lowercased()) else { return false }
        for index in 1..<min(words.count - 1, 14) {
            let word = words[index]
            let lower = word.bare.lowercased()
            if ["he", "she", "they", "it"].contains(lower), word.bare == lower {
                let next = words[index + 1].bare
                return next == next.lowercased() && !(lower == "it" && isDummyIt(words, at: index, text: ""))
            }
            // A verb before the pronoun has its own subject (`On 29 October, Russia said it was …`).
            if clauseOpeners.contains(lower) || word.text.hasSuffix("'s") || word.text.hasSuffix("’s")
                || isVerb(lower) || reportingVerbs.contains(lower)
            {
                return false
            }
        }
        return false
    }

    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "stated", "states", "claimed", "claims", "wrote", "writes",
        "announced", "reported", "declared", "thought", "believed", "felt",
    ]

    static let openingPrepositions: Set<String> = [
        "on", "in", "at", "according", "during", "from", "by", "with", "under", "throughout", "within",
        "near", "around", "despite", "upon",
    ]

    static let clauseOpeners: Set<String> = [
        "and", "but", "or", "who", "whom", "whose", "which", "that", "when", "while", "as", "because",
        "after", "before", "since", "until", "once", "if", "where",
    ]

    static let pointingPronouns: Set<String> = [
        "he", "she", "his", "her", "him", "they", "their", "them", "its",
    ]

    /// `this monarch`, `these ships`, `the latter`: a phrase naming what came before (`The former
    /// Louis XVI` names him).
    static func pointsBack(_ word: String, _ next: Word) -> Bool {
        let following = next.bare.lowercased()
        switch word {
        case "this", "these", "those": return next.isLowercase && !pointingFillers.contains(following)
        case "latter", "former": return !next.isCapitalized
        default: return false
        }
    }

    /// Words after `this` that point to no one: `this time`, `this period`, `both sides of`.
    static let pointingFillers: Set<String> = [
        "time", "period", "year", "date", "day", "month", "century", "way", "point", "and", "of", "was", "is",
        "had", "in", "the", "a",
    ]

    /// `It was not until 1920 that …`, `It took …`: an `it` that points to nothing before.
    static func isDummyIt(_ words: [Word], at: Int, text: String) -> Bool {
        guard at + 1 < words.count else { return false }
        let next = words[at + 1].bare.lowercased()
        if next == "took" { return true }
        return ["was", "is", "seemed", "appeared"].contains(next)
            && (text.contains(" that ") || text.contains(" until ") || text.contains(" to be "))
    }

    /// The name a bare `the treaty` at `at` stands for: the one name of the two sentences before
    /// whose head word is its noun.
    func bareNoun(at: Int, in words: [Word], before readings: [FactSelector.Reading], index: Int)
        -> String?
    {
        guard at + 1 < words.count, index >= 1 else { return nil }
        let noun = words[at + 1].bare
        guard !noun.isEmpty, noun == noun.lowercased(), noun.allSatisfy(\.isLetter) else { return nil }
        return onlyName(withHead: noun, in: readings[max(0, index - 2)..<index].map(\.cleanText))
    }

    /// A word of a sentence with its UTF-8 range; `bare` is without the punctuation around it.
    struct Word: Sendable {
        var bare: String
        var text: Substring
        var range: Range<Int>
        /// Whether `bare` opens with an upper-case or a lower-case letter (neither for `'em` or a number).
        var isCapitalized: Bool
        var isLowercase: Bool

        static func split(_ text: String) -> [Word] {
            text.isASCIIText && !text.containsUTF8(0x0D) ? splitASCII(text) : splitCharacters(text)
        }

        /// The words of any text, read character by character.
        static func splitCharacters(_ text: String) -> [Word] {
            var words: [Word] = []
            var offset = 0
            let bytes = Array(text.utf8)
            for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
                let width = piece.utf8.count
                // A word of ASCII bytes but CR is its bytes as characters, whatever the sentence
                // around it holds: most words of a sentence with a dash or a curly quote (callgrind:
                // these sentences' words were 5% of a 10 MB build).
                if width > 0, bytes[offset..<(offset + width)].allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
                    words.append(asciiWord(bytes, offset..<(offset + width), text: piece))
                } else if !piece.isEmpty {
                    words.append(characterWord(piece, at: offset))
                }
                offset += width + 1
            }
            return words
        }

        /// The word written by `piece`, `offset` bytes into its sentence, read character by character.
        static func characterWord(_ piece: Substring, at offset: Int) -> Word {
            let bare = piece.trimmingCharacters(in: { !$0.isLetter && $0 != "'" && $0 != "’" })
            var range = offset..<(offset + piece.utf8.count)
            // The word's range is its letters: `She,` is replaced as `She`.
            if let start = piece.firstIndex(where: \.isLetter) {
                let lead = piece[..<start].utf8.count
                range = (offset + lead)..<(offset + lead + bare.utf8.count)
            }
            return Word(
                bare: bare, text: piece, range: range, isCapitalized: bare.first?.isUppercase ?? false,
                isLowercase: bare.first?.isLowercase ?? false)
        }

        /// The same for a text of ASCII bytes (no CR, which joins a following LF into one character):
        /// every byte is then a character, and the splitting and trimming are done on bytes, which is
        /// most of the time naming subjects took when done on characters.
        static func splitASCII(_ text: String) -> [Word] {
            let utf8 = text.utf8
            let bytes = Array(utf8)
            var words: [Word] = []
            words.reserveCapacity(bytes.count / 5)
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                if end > start {
                    let piece = text[
                        utf8.index(
                            utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
                    words.append(asciiWord(bytes, start..<end, text: piece))
                }
                start = end + 1
            }
            return words
        }

        /// The word written by the ASCII bytes (no CR) `piece` of the sentence's `bytes`.
        static func asciiWord(_ bytes: [UInt8], _ piece: Range<Int>, text: Substring) -> Word {
            func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }
            var (low, high) = (piece.lowerBound, piece.upperBound)
            while low < high, !isLetter(bytes[low]), bytes[low] != 0x27 { low += 1 }
            while high > low, !isLetter(bytes[high - 1]), bytes[high - 1] != 0x27 { high -= 1 }
            var range = piece
            if let letter = bytes[piece].firstIndex(where: isLetter) {
                range = letter..<(letter + high - low)
            }
            let first = low < high ? bytes[low] : 0
            return Word(
                bare: String(decoding: bytes[low..<high], as: UTF8.self), text: text, range: range,
                isCapitalized: first >= 0x41 && first <= 0x5A, isLowercase: first >= 0x61 && first <= 0x7A)
        }
    }

    init(_ sentences: [String]) {
        // The words of each stretch of sentences are gathered on every core, then merged.
        let stretch = 512
        let gathered = Array(stride(from: 0, to: sentences.count, by: stretch)).concurrentMap(chunkSize: 1) {
            start in
            var lower = Set<String>()
            var capital = Set<String>()
            for sentence in sentences[start..<min(start + stretch, sentences.count)] {
                Self.gatherWords(of: sentence, lower: &lower, capital: &capital)
            }
            return (lower, capital)
        }
        var lower = Set<String>()
        var capital = Set<String>()
        for (someLower, someCapital) in gathered {
            lower.formUnion(someLower)
            capital.formUnion(someCapital)
        }
        lowercaseWords = lower
        capitalizedWords = capital
    }

    /// Puts each word of the sentence but its first, without its punctuation, among the words written
    /// in lower case or the others. An ASCII sentence's words are read from its bytes without making
    /// `Word`s, as `Word.splitASCII` reads them (callgrind: the words of every sentence were 9% of a
    /// 10 MB build), in place, without copying the bytes or cutting them into slices first (callgrind,
    /// the 10 MB input: 2.45 G → 1.74 G instructions, 0.8 G of them the set look-ups).
    static func gatherWords(of sentence: String, lower: inout Set<String>, capital: inout Set<String>) {
        guard sentence.isASCIIText, !sentence.containsUTF8(0x0D) else {
            for word in Word.split(sentence).dropFirst() where !word.bare.isEmpty {
                if word.isLowercase { lower.insert(word.bare) } else { capital.insert(word.bare) }
            }
            return
        }
        var sentence = sentence
        sentence.withUTF8 { bytes in
            func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }
            var isFirst = true
            bytes.forEachSpaceSeparatedPiece { piece in
                if isFirst {
                    isFirst = false
                    return
                }
                var (low, high) = (piece.lowerBound, piece.upperBound)
                while low < high, !isLetter(bytes[low]), bytes[low] != 0x27 { low += 1 }
                while high > low, !isLetter(bytes[high - 1]), bytes[high - 1] != 0x27 { high -= 1 }
                guard low < high else { return }
                let bare = String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self)
                if bytes[low] >= 0x61 && bytes[low] <= 0x7A {
                    lower.insert(bare)
                } else {
                    capital.insert(bare)
                }
            }
        }
    }

    static let openers: Set<String> = [
        "in", "on", "during", "from", "between", "by", "after", "before", "since", "until", "late", "early",
        "at", "around", "throughout", "within", "following", "later", "meanwhile", "then", "when", "about",
    ]

    /// The index of the sentence's subject word: the first word, or the first after an opening
    /// time phrase (up to its comma, or after its last date).
    func subjectIndex(_ words: [Word], dates: [DateExpression]) -> Int? {
        guard let first = words.first else { return nil }
        guard Self.openers.contains(first.bare.lowercased()) else { return 0 }
        let limit = min(words.count, 12)
        // The comma that ends the opening phrase, not one inside its date (`On July 27, 1917, Sharkey`).
        let inDate = { (word: Word) in
            dates.contains { $0.utf8Range.contains(word.range.upperBound - 1) }
        }
        if let comma = words[..<limit].firstIndex(where: { $0.text.hasSuffix(",") && !inDate($0) }),
            comma + 1 < words.count
        {
            return comma + 1
        }
        let openingDates = dates.filter { date in
            words[..<min(words.count, 8)].contains { $0.range.overlaps(date.utf8Range) }
        }
        guard let end = openingDates.map(\.utf8Range.upperBound).max() else { return nil }
        return words.firstIndex { $0.range.lowerBound >= end }
    }

    /// The name that is the subject at `at` (`Marie Lindqvist`, `St. Aldric's Abbey`, `the Harwick
    /// Observatory`), nil when the subject is no name. A word that opens the sentence is a name only
    /// if the text writes it with a capital elsewhere (`Newspapers called …` is no name).
    func name(at: Int, in words: [Word]) -> String? {
        var index = at
        var article = ""
        if words[index].bare == "The" || words[index].bare == "the", index + 1 < words.count {
            article = "the "
            index += 1
        }
        var parts: [String] = []
        while index < words.count {
            let word = words[index]
            let bare = word.bare
            guard !bare.isEmpty else { break }
            if word.isCapitalized, !CueWords.notNames.contains(bare.lowercased()),
                DateVocabulary.months[bare.lowercased()] == nil
            {
                parts.append(word.text.hasSuffix(".") && bare.count <= 3 ? bare + "." : bare)
            } else if !parts.isEmpty, bare == "of" || bare == "the", index + 1 < words.count,
                words[index + 1].isCapitalized
            {
                parts.append(bare)
            } else {
                break
            }
            // A word that ends with punctuation (other than an abbreviation's stop) ends the name.
            if let last = word.text.last, ",;:)(".contains(last) { break }
            if word.text.hasSuffix("."), bare.count > 3 { break }
            index += 1
        }
        guard let last = parts.last else { return nil }
        // `Port Calloway's first harbor wall`: the name is an owner, not the subject.
        if last.hasSuffix("'s") || last.hasSuffix("’s") { return nil }
        if at == 0, article.isEmpty, parts.count == 1, !capitalizedWords.contains(parts[0]) { return nil }
        return article + parts.joined(separator: " ")
    }

    /// The person a text is about, as a biography is: the named subject of at least three sentences
    /// and of two in three of those whose subject is a person, written as its shortest form
    /// (`McPherson` for `Harry McPherson`); nil for a text of many people (a war's generals).
    func mainPerson(of subjects: [Subject]) -> String? {
        var counts: [Substring: (count: Int, name: String)] = [:]
        var total = 0
        for subject in subjects {
            // A person's name is the one kind whose `namesAnotherPerson` is read.
            guard case .name(let name, namesAnotherPerson: .some) = subject.kind,
                let last = name.split(separator: " ").last
            else { continue }
            total += 1
            let known = counts[last]
            let shorter = known.map { $0.name.count <= name.count ? $0.name : name } ?? name
            counts[last] = ((known?.count ?? 0) + 1, shorter)
        }
        guard let top = counts.values.max(by: { $0.count < $1.count }), top.count >= 3,
            top.count * 3 >= total * 2
        else { return nil }
        return top.name
    }

    /// A person's name: no word of it is one the text writes in lower case (`Abbey`, `War`).
    func isPerson(_ name: String) -> Bool {
        !name.hasPrefix("the ") && !isThing(name)
    }

    /// A thing's name: one of its words is written in lower case elsewhere (`abbey`, `treaty`).
    func isThing(_ name: String) -> Bool {
        name.split(separator: " ").contains { word in
            let bare = word.trimmingCharacters(in: { !$0.isLetter })
            return bare.count > 2 && lowercaseWords.contains(bare.lowercased())
        }
    }

    /// The one name in `sentences` whose head word is `noun` (`Treaty of Kars` for `treaty`,
    /// `Korean War` for `war`), written as the text writes it; nil when none or several.
    func onlyName(withHead noun: String, in sentences: [String]) -> String? {
        var found = Set<String>()
        // A name's head word is written with its letters in some case; an ASCII sentence without
        // the noun's letters in any case names nothing with that head and is not split into words
        // (callgrind: splitting the two sentences before every `the` subject was 1.2 G of 29.6 G
        // instructions of a 10 MB build).
        let isASCIILetters = !noun.isEmpty && noun.utf8.allSatisfy { $0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A }
        let letters = isASCIILetters ? Array(noun.lowercased().utf8) : nil
        for sentence in sentences {
            if let letters, sentence.isASCIIText, !sentence.containsASCIIIgnoringCase(letters) { continue }
            let words = Word.split(sentence)
            var index = 0
            while index < words.count {
                guard words[index].isCapitalized, let name = name(at: index, in: words)
                else {
                    index += 1
                    continue
                }
                let parts = name.split(separator: " ").map(String.init)
                let head = parts.firstIndex(of: "of").map { parts[$0 - 1] } ?? parts.last!
                if head.lowercased() == noun.lowercased(), parts.count >= 2 {
                    let article = index > 0 && words[index - 1].bare.lowercased() == "the" ? "the " : ""
                    found.insert(name.hasPrefix("the ") ? name : article + name)
                }
                index += max(1, parts.count)
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// Puts `replacement` in place of the UTF-8 `range` of the fact's text, moving its dates.
    static func replace(_ range: Range<Int>, with replacement: String, in fact: inout Fact) {
        var bytes = Array(fact.text.utf8)
        let inserted = Array(replacement.utf8)
        bytes.replaceSubrange(range, with: inserted)
        let shift = inserted.count - range.count
        if fact.written == nil { fact.written = fact.text }
        fact.text = String(decoding: bytes, as: UTF8.self)
        fact.dates = fact.dates.map { date in
            var date = date
            if date.utf8Range.lowerBound >= range.upperBound {
                date.utf8Range = (date.utf8Range.lowerBound + shift)..<(date.utf8Range.upperBound + shift)
            }
            return date
        }
    }
}
