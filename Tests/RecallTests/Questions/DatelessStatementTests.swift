import Testing

@testable import RecallModel

/// An order or timeline card shows each event without its date, or not at all.
@Suite struct DatelessStatementTests {
    func statement(_ label: String, date: String = "1778") -> String? {
        DatelessStatement.make(label, dateText: date)
    }

    @Test func theDateGoesWithTheWordsThatBringItIn() {
        #expect(
            statement("Halden died at Port Tarn, Staten Island, on the ____.")
                == "Halden died at Port Tarn, Staten Island.")
        #expect(
            statement("In the engagement at Monmouth, on the ____, he led a brigade.")
                == "In the engagement at Monmouth, he led a brigade.")
        #expect(
            statement("Soon after the outbreak of the war, in ____, he joined the army.")
                == "Soon after the outbreak of the war, he joined the army.")
        #expect(
            statement("Fires erupted at 02:00, ____ next to Beit Tarn.")
                == "Fires erupted at 02:00, next to Beit Tarn.")
    }

    @Test func aDateThatBringsItselfInGoesAlone() {
        #expect(
            statement("____ Halden conquered the north.", date: "From 1389 to 1395")
                == "Halden conquered the north.")
        #expect(
            statement("The cathedral of the city was built ____.", date: "between 1656 and 1665")
                == "The cathedral of the city was built.")
    }

    @Test(arguments: [
        "The mission was an ____ human spaceflight.",
        "The ____ award went to Tarn Meehan.",
        "Plans were disrupted by the ____ cabin fire.",
        "In the war of ____ it was occupied.",
        "He was held captive in Samarkand until ____.",
        "A wheel was shown at the ____ Alaska–Yukon–Pacific Exposition.",
        "The pharaoh (reigned ____526 BCE) ruled Egypt.",
        "____ NCAA Championship Game was held at Cole Field House.",
    ])
    func aDateThatDescribesANounOrEndsAStateKeepsTheFactOffTheCard(_ label: String) {
        #expect(statement(label) == nil)
    }

    @Test func aWordThatOnlyQualifiesTheDateGoesWithIt() {
        #expect(
            statement("Lulach was crowned at Scone, probably on ____.") == "Lulach was crowned at Scone.")
        #expect(
            statement("The number of schools was inadequate even in the ____.")
                == "The number of schools was inadequate.")
        #expect(
            statement("His early phase can be placed approximately in the ____.", date: "early 1640s")
                == "His early phase can be placed.")
    }

    @Test(arguments: [
        "Only in ____ was funding arranged for the new dock.",
        "Unlike in ____, Malcolm made peace with the king.",
        "The first mention of the abbey was in the ____, about the village on the plateau.",
        "It was in ____ that the harbour was finished.",
        "He married Cornelia Bosman in ____, a date coinciding with the end of his painting.",
        "Trade was larger than in ____ across the whole port.",
    ])
    func aStatementThatTurnsOnItsDateIsShownOnNoOrderCard(_ label: String) {
        #expect(statement(label) == nil)
    }
}
