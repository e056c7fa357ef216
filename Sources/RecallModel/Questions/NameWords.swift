/// The words the "who or what?" family reads names and verbs by: titles that mark a person, the head
/// nouns that say what an organisation or a document is, the names of states, and the past-tense
/// verbs a subject is followed by.
///
/// The states are written here rather than taken from Foundation's region names: those are today's
/// ISO regions in the current CLDR spelling (`Türkiye`, `China mainland`, no `Britain`, `Prussia` or
/// `Soviet Union`), and they change with the ICU version, which would change the decks built.
enum NameWords {
    /// Words that, written before a name, make it a person's (`General Yudenich`, `Grand Duke Nicholas`).
    static let titles: Set<String> = [
        "king", "queen", "emperor", "empress", "tsar", "czar", "tsarina", "czarina", "kaiser", "sultan",
        "shah", "pope", "president", "premier", "chancellor", "general", "admiral", "marshal", "colonel",
        "captain", "major", "lieutenant", "commander", "commodore", "sergeant", "lord", "lady", "sir", "dame",
        "duke", "duchess", "prince", "princess", "count", "countess", "baron", "baroness", "emir", "caliph",
        "pharaoh", "chairman", "governor", "senator", "archduke", "archduchess", "grand", "saint", "bishop",
        "cardinal", "archbishop", "consul", "minister", "secretary", "ambassador", "mayor", "generalissimo",
        "field", "rear", "vice", "brigadier", "hetman", "ataman", "ayatollah", "reverend", "mr", "mrs", "ms",
        "dr", "messrs", "prime", "foreign", "justice", "judge", "dictator", "viceroy", "regent", "marquis",
        "earl", "viscount", "khedive", "maharaja", "raja", "shogun", "mikado", "doge", "chief",
    ]

    /// Head nouns of an organisation's name (`the Red Army`, `the National Assembly`).
    static let organisationHeads: Set<String> = [
        "party", "army", "armies", "navy", "corps", "force", "forces", "fleet", "division", "brigade",
        "regiment", "battalion", "legion", "guard", "congress", "parliament", "assembly", "council",
        "committee", "league", "senate", "court", "company", "bank", "church", "movement", "organisation",
        "organization", "association", "alliance", "coalition", "cabinet", "government", "directory", "duma",
        "commune", "entente", "powers", "convention", "union", "federation", "society", "club",
        "institute", "university", "academy", "tribunal", "ministry", "department", "agency", "office",
        "junta", "bloc", "axis", "allies", "command", "diet", "sejm", "soviet", "politburo",
    ]

    /// Head nouns of a document's name (`the Treaty of Versailles`, `the Truman Doctrine`).
    static let documentHeads: Set<String> = [
        "treaty", "pact", "agreement", "accord", "accords", "declaration", "act", "charter", "protocol",
        "armistice", "constitution", "edict", "manifesto", "resolution", "doctrine", "proclamation", "decree",
        "ultimatum", "memorandum", "covenant", "peace", "compromise", "bill", "law", "statute", "code",
        "ordinance", "plan", "programme", "program", "note", "letter", "telegram", "bull", "capitulation",
        "concordat", "settlement",
    ]

    /// Head nouns of a state's name (`the Ottoman Empire`, `the Dutch Republic`).
    static let stateHeads: Set<String> = [
        "empire", "kingdom", "republic", "confederacy", "confederation", "caliphate", "sultanate", "khanate",
        "principality", "duchy", "commonwealth", "dominion", "reich", "shogunate", "emirate", "protectorate",
    ]

    /// Heads that make a name a place or an event, never a person's (`South Africa`, `Western Front`).
    static let placeWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new",
        "upper", "lower", "great", "greater", "little", "sea", "river", "ocean", "mountains", "mount",
        "island", "islands", "lake", "bay", "strait", "straits", "peninsula", "gulf", "valley", "province",
        "region", "city", "canal", "line", "ridge", "hill", "hills", "fort", "port", "cape", "coast", "war",
        "battle", "siege", "campaign", "offensive", "revolution", "rebellion", "uprising", "revolt", "crisis",
        "massacre", "affair", "incident", "expedition", "operation", "day", "street", "square", "palace",
        "castle", "bridge", "station", "st", "san", "santa", "los", "las", "el",
    ]

    /// Small words a name may hold between its capitalized words (`Theobald von Bethmann Hollweg`).
    static let particles: Set<String> = [
        "of", "the", "de", "von", "van", "der", "den", "da", "di", "du", "del", "della", "la", "le", "al",
        "bin", "ibn", "y",
    ]

    /// States named without a head noun (today's countries as English writes them, and states of history).
    static let countries: Set<String> = [
        "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia",
        "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
        "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil", "britain", "great britain",
        "brunei", "bulgaria", "burkina faso", "burma", "burundi", "cambodia", "cameroon", "canada", "chad",
        "chile", "china", "colombia", "comoros", "congo", "costa rica", "croatia", "cuba", "cyprus",
        "czechia",
        "czech republic", "denmark", "djibouti", "dominica", "dominican republic", "ecuador", "egypt",
        "el salvador", "england", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france",
        "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea",
        "guyana",
        "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel",
        "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati", "korea", "north korea",
        "south korea", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia",
        "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives",
        "mali", "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia",
        "montenegro", "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands",
        "the netherlands", "new zealand", "nicaragua", "niger", "nigeria", "north macedonia", "macedonia",
        "norway", "oman", "pakistan", "palau", "panama", "papua new guinea", "paraguay", "peru",
        "philippines",
        "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "san marino", "saudi arabia",
        "scotland", "senegal", "serbia", "seychelles", "sierra leone", "singapore", "slovakia", "slovenia",
        "somalia", "south africa", "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden",
        "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia",
        "turkey", "turkmenistan", "tuvalu", "uganda", "ukraine", "united arab emirates", "united kingdom",
        "united states", "united states of america", "uruguay", "uzbekistan", "vanuatu", "venezuela",
        "vietnam", "wales", "yemen", "zambia", "zimbabwe", "soviet union", "austria-hungary", "prussia",
        "bavaria", "saxony", "piedmont", "sardinia", "venice", "genoa", "castile", "aragon", "navarre",
        "burgundy", "bohemia", "muscovy", "persia", "siam", "ceylon", "yugoslavia", "czechoslovakia",
        "east germany", "west germany", "rhodesia", "zaire", "manchukuo", "carthage", "sparta", "macedon",
        "assyria", "babylon", "babylonia", "byzantium", "numidia", "hanover", "savoy",
        "soviet russia", "weimar germany", "nazi germany", "imperial germany", "imperial russia",
    ]

    /// States of `countries` that no longer exist, asked "Which state …?" rather than "Which country …?".
    static let pastStates: Set<String> = [
        "soviet union", "austria-hungary", "prussia", "bavaria", "saxony", "piedmont", "sardinia", "venice",
        "genoa", "castile", "aragon", "navarre", "burgundy", "bohemia", "muscovy", "carthage", "sparta",
        "macedon", "assyria", "babylon", "babylonia", "byzantium", "numidia", "hanover",
        "savoy", "manchukuo",
    ]

    /// Past tenses that are not `-ed`, and the auxiliaries a verb phrase opens with.
    static let verbs: Set<String> = [
        "was", "were", "had", "has", "have", "is", "are", "did", "does", "would", "could", "will", "should",
        "might", "must", "can", "may", "became", "began", "won", "lost", "fought", "led", "made", "took",
        "gave", "sent", "saw", "met", "held", "left", "kept", "fell", "ran", "rose", "struck", "told",
        "wrote",
        "drove", "broke", "chose", "came", "went", "got", "brought", "bought", "built", "caught", "drew",
        "felt",
        "found", "forbade", "forgave", "froze", "grew", "hid", "hit", "knew", "laid", "lay", "meant",
        "overcame", "overthrew", "paid", "put", "quit", "rode", "rang", "said", "sank", "sat", "set", "shook",
        "shot", "shut", "slew", "sold", "sought", "spent", "split", "spoke", "spread", "stood", "stole",
        "stuck", "swore", "swept", "taught", "threw", "thought", "understood", "undertook", "upheld",
        "withdrew", "withheld", "withstood", "wore", "bore", "bound", "beat", "bid", "blew", "cast", "cost",
        "cut", "dealt", "fed", "fled", "flew", "forgot", "foresaw", "hung", "let", "lent", "mistook",
        "overran", "overtook", "rebuilt", "retook", "rewrote", "sang", "slid", "sped", "sprang", "strove",
        "swung", "tore", "thrust", "underwent", "upset", "wed", "wound", "proclaimed", "remains", "becomes",
    ]

    /// Lower-case words after a name that are adverbs before its verb (`Turkey officially remained …`).
    static let adverbs: Set<String> = [
        "also", "then", "soon", "later", "again", "still", "never", "not", "already", "once", "first", "now",
        "thus", "too", "jointly", "briefly", "finally", "eventually", "subsequently", "formally", "quickly",
    ]

    /// `-ed` words that are no verb.
    static let notVerbs: Set<String> = [
        "red", "bed", "hundred", "seed", "speed", "need", "creed", "breed", "steed",
    ]

    /// Words a sentence may open with before its date and subject (`However, in 1917, …`).
    static let connectives: Set<String> = [
        "however", "finally", "eventually", "then", "later", "meanwhile", "subsequently", "thereafter",
        "afterwards", "initially", "ultimately", "soon", "thus", "also", "next", "first", "officially",
    ]

    /// Prepositions that open a phrase before the subject (`In March 1947,`, `After the war,`).
    static let prepositions: Set<String> = [
        "in", "on", "by", "during", "since", "until", "from", "throughout", "after", "before", "at",
        "following", "upon", "under", "with", "despite", "amid", "between", "around", "about", "circa",
        "early", "late", "towards", "toward", "within", "as",
    ]

    /// Words that open a clause the question leaves out (`, which …`, `, while …`).
    static let clauseOpeners: Set<String> = [
        "which", "who", "whose", "where", "when", "while", "whereas", "but", "and", "although", "though",
        "thus", "so", "yet", "until", "after", "before", "as", "since", "because", "despite", "with",
        "whom", "or", "however",
    ]

    /// Words that open a clause of their own inside a verb phrase (`when the latter …`).
    static let subordinators: Set<String> = [
        "when", "while", "which", "who", "whom", "whose", "where", "because", "although", "though", "if",
        "that", "whereas",
    ]

    /// Words that point back to the sentence before (`this decision`, `the latter`): a question with
    /// one cannot be read alone.
    static let pointers: Set<String> = ["this", "these", "those", "latter", "former"]

    /// Adverbs that tie a verb phrase to the sentence before (`then captured`): left out of a question.
    static let linking: Set<String> = [
        "then", "also", "later", "thereafter", "subsequently", "eventually", "finally",
    ]

    /// Words that carry no content, for counting what a question says besides its date.
    static let empty: Set<String> = [
        "the", "a", "an", "of", "in", "on", "at", "by", "to", "for", "from", "with", "and", "or", "its",
        "their", "his", "her", "was", "were", "had", "has", "have", "been", "be", "is", "are", "it", "that",
        "this", "as", "into", "during", "since", "until", "off", "up", "out", "down", "away", "back", "set",
    ]
}
