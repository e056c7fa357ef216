/// The words the date finder knows: months, seasons, ordinals and the cues around dates.
enum DateVocabulary {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let seasons: [String: DateValue.Season] = [
        "spring": .spring, "summer": .summer, "autumn": .autumn, "fall": .autumn, "winter": .winter,
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    static let parts: Set<String> = ["early", "mid", "late"]
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    static let ordinalWords: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
        "nineteenth": 19, "twentieth": 20,
    ]
    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    ]
    static let dashes: Set<String> = ["-", "–", "—", "‒", "−", "‐", "‑"]
    static let rangeWords: Set<String> = ["to", "until", "till", "through", "thru"]
    /// Words after which a bare month name is a date ("in April"), not a verb or a name.
    static let monthCues: Set<String> = [
        "in", "since", "by", "until", "till", "from", "during", "of", "early", "late", "mid", "last",
        "next", "this", "before", "after", "through", "throughout", "between", "and", "or", "that",
    ]
    /// Nouns that make a preceding number a quantity ("1500 troops"), not a year.
    static let countingNouns: Set<String> = [
        "troops", "soldiers", "men", "women", "people", "persons", "children", "students", "cards",
        "members", "votes", "voters", "words", "pages", "copies", "units", "items", "km", "kilometres",
        "kilometers", "miles", "metres", "meters", "m", "feet", "ft", "kg", "tons", "tonnes", "pounds",
        "dollars", "euros", "rubles", "roubles", "lira", "liras", "casualties", "deaths", "dead", "killed",
        "wounded", "prisoners", "refugees", "vehicles", "tanks", "aircraft", "planes", "ships", "guns",
        "series", "rifles", "horses", "acres", "hectares", "sq", "square", "years", "months", "weeks", "days",
        "hours", "minutes", "seconds", "times", "points", "percent", "per", "cases", "households",
        "families", "inhabitants", "residents", "employees", "workers", "jobs", "barrels", "cubic",
        "mw", "kw", "gw", "visitors", "tourists", "delegates", "seats", "signatures", "houses", "homes",
        "buildings", "villages", "towns", "sheep", "cattle", "head", "tracks", "songs", "titles",
        "species", "entries", "lines", "bytes", "mb", "gb", "kb", "cc", "hp", "rpm", "calories", "km²",
        "metres²", "followers", "subscribers", "views", "downloads", "copies", "runs", "goals",
        "matches", "games", "wins", "yards", "inches", "litres", "liters", "gallons", "degrees",
        "pieces", "cannon", "muskets", "shells", "rounds", "men-of-war", "vessels", "boats", "sailors",
        "officers", "troopers", "marines", "horsemen", "infantry", "cavalry", "warriors", "slaves",
        "bales", "sacks", "coins", "books", "volumes", "letters", "paintings", "works", "camels", "carts",
        "wagons", "mules", "oxen", "drivers", "riders", "porters", "sick", "graves", "sheets",
    ]
    /// Words that multiply the number before them (`about 200 thousand`): a count, never a year.
    static let multipliers: Set<String> = ["hundred", "thousand", "million", "billion"]
    /// Measure words a number is hyphenated to in a compound (`1000-person`, `1500-metre`, `1200-strong`).
    static let compoundUnits: Set<String> = [
        "person", "man", "men", "strong", "seat", "seater", "bed", "room", "page", "member", "gun", "ton",
        "tonne", "metre", "meter", "mile", "foot", "feet", "yard", "acre", "hectare", "kilometre",
        "kilometer", "km", "storey", "story", "pound", "horsepower", "kilowatt", "megawatt", "car", "unit",
        "series",
    ]
    /// Words before a number that make it a label ("Resolution 1973", "page 1200"), not a year.
    static let numberLabels: Set<String> = [
        "no", "number", "page", "pages", "p", "pp", "resolution", "flight", "route", "room", "model",
        "models",
        "vol", "volume", "chapter", "section", "article", "paragraph", "rule", "code", "highway",
        "interstate", "op", "opus", "bwv", "hwv", "catalogue", "ref", "id", "iso", "item", "exhibit",
        "platform", "bus", "gate", "row", "seat", "apartment", "suite", "unit", "box", "channel",
        "lot", "plot", "form", "rfc", "psalm", "verse", "line", "figure", "fig", "table", "score",
    ]
    static let currencySigns: Set<String> = ["$", "£", "€", "¥", "#", "№", "₽", "₺"]
    /// Nouns of time that open a time phrase after `the` (`The next day`, `The spring`, `The day
    /// before`), not a subject.
    static let timeNouns: Set<String> = [
        "day", "days", "year", "years", "month", "months", "week", "weeks", "spring", "summer", "autumn",
        "fall", "winter", "morning", "evening", "night", "afternoon", "next", "following", "previous",
        "same", "latter", "former", "decade", "century",
    ]
    /// Words after a four-digit number that make it a time of day on a 24-hour clock (`at 1200 UTC`,
    /// `0600 hours`, `1430 local time`), never a year.
    static let clockWords: Set<String> = [
        "utc", "gmt", "hours", "hrs", "hr", "local", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
        "pdt", "akst", "akdt", "hst", "ast", "adt", "bst", "cet", "cest", "eet", "eest", "wet", "west",
        "ist", "jst", "kst", "aest", "aedt", "acst", "awst", "nzst", "nzdt", "msk", "zulu",
    ]
}
