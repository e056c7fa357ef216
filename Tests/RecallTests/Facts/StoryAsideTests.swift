import Testing

@testable import RecallModel

/// A date mentioned in passing, looking back, leaves the story where it was (`StoryAside`).
@Suite struct StoryAsideTests {
    /// The values of every date of `text`, read as the deck builder reads it.
    func values(_ text: String) -> [String] {
        FactSelector().read(SourceText(name: "t", text: text)).flatMap(\.dates).map(\.value.timex)
    }

    @Test func aLookBackInsideAParagraphDoesNotMoveTheStory() {
        let text = """
            The canal company met its creditors on 3 March 1871. The company had been founded in May 1852 \
            by three merchants. An agreement was signed on 9 April.
            """
        #expect(values(text) == ["1871-03-03", "1852-05", "1871-04-09"])
    }

    @Test func aRelativeClauseLooksBackWithoutGoingBack() {
        let text = """
            The assembly opened on 12 October 1903. Its chairman, who had fought at the river in 1866, spoke \
            first. A vote was taken on 2 November.
            """
        #expect(values(text) == ["1903-10-12", "1866", "1903-11-02"])
    }

    @Test func aNewParagraphMayGoBack() {
        let text = """
            The treaty was signed on 5 June 1920.

            The war had begun quietly. Fighting started in August 1914 near the border. On 3 September the \
            first town fell.
            """
        #expect(values(text) == ["1920-06-05", "1914-08", "1914-09-03"])
    }

    @Test func aParagraphWhoseFirstDatesStayedAsidesMayStillGoBack() {
        let text = """
            Tarn was born on 20 October 1620 and died on 15 November 1691.

            Little is known of him. His work is placed between 1639 and 1660, within the period             1640–1665. He married Cornelia Bosman in 1658. The year after his marriage Tarn became a deacon.
            """
        #expect(values(text) == ["1620-10-20", "1691-11-15", "1639/1660", "1640/1665", "1658", "1659"])
    }

    @Test func aSentenceThatOpensWithADateMayGoBack() {
        let text = """
            The siege ended on 1 July 1690. In March 1689, the garrison had been reinforced. On 4 April the \
            walls were repaired.
            """
        #expect(values(text) == ["1690-07-01", "1689-03", "1689-04-04"])
    }

    @Test func aWholeDayIsANewPointToTellFrom() {
        let text = """
            By the summer of 1921 the reforms were complete. The minister wrote on 10 November 1920 that he \
            doubted them. He resigned on 2 December.
            """
        #expect(values(text) == ["1921-SU", "1920-11-10", "1920-12-02"])
    }

    @Test func aStoryThatStandsOnlyAtAYearStillFollowsEveryDate() {
        // No month or day yet: the story has no point to keep, so an earlier year moves it as before.
        let text = "The railway reached the town in 1880. It had been planned in 1871, and work began in May."
        #expect(values(text) == ["1880", "1871", "1871-05"])
    }

    @Test func aSpanOfYearsTellsAStateNotATimeToTellFrom() {
        let text = """
            The by-election was called on 25 October 2016.

            The party had held the seat from 1997 until 2010. Its leader visited the town on 26 October.
            """
        #expect(values(text) == ["2016-10-25", "1997/2010", "2016-10-26"])
    }

    @Test func aLaterSentenceOfTheParagraphOnlyLooksBack() {
        let text = """
            The council confirmed the candidate on 30 October 2016. She had joined the party in May 2015 \
            after a long career. The vote was held on 1 December.
            """
        #expect(values(text) == ["2016-10-30", "2015-05", "2016-12-01"])
    }

    @Test func aYearWrittenInANameLeavesTheStoryAlone() {
        let text =
            "The law came into force on 3 March 2001. It replaced the Public Order Act 1986, and a review began on 4 June."
        #expect(values(text) == ["2001-03-03", "1986", "2001-06-04"])
    }

    @Test func anAppositiveOpeningAParagraphIsSaidInPassing() {
        let text = """
            The mill closed on 14 March 1931.

            The Ferrand works, the only other mill to survive the flood of 1927, bought its looms. The sale \
            was agreed on 2 April.
            """
        #expect(values(text) == ["1931-03-14", "1927", "1931-04-02"])
    }

    @Test func aRelativeClauseOpeningAParagraphIsSaidInPassing() {
        let text = """
            The strike began on 6 May 1926.

            Its leader, who had organised the dockers in 1911, addressed the crowd. The talks failed on 12 May.
            """
        #expect(values(text) == ["1926-05-06", "1911", "1926-05-12"])
    }

    @Test func anIntroductoryPhraseIsNotAnAppositive() {
        // The comma after `After the war` opens the main clause: its date is the sentence's time.
        let text = """
            The regiment was raised on 4 August 1914.

            After the war, the regiment was disbanded in 1919 at Aldershot. Its colours were laid up in June.
            """
        #expect(values(text) == ["1914-08-04", "1919", "1919-06"])
    }

    @Test func aDateAfterSinceNamesWhereAStateBegan() {
        let text = """
            The council voted on 3 November 2009.

            It was the first vote the council had lost since the reform of 1974. The mayor resigned on \
            20 November.
            """
        #expect(values(text) == ["2009-11-03", "1974", "2009-11-20"])
    }

    @Test func aSectionMayStillGoBackAfterASinceDate() {
        // `since 1882` starts a state; the section's first time told (`in April 1915`) takes it back.
        let text = """
            The offensive stalled in October 1917.

            The kingdom had been neutral since 1882. Encouraged by the landings in April 1915, it joined \
            the war on May 23.
            """
        #expect(values(text) == ["1917-10", "1882", "1915-04", "1915-05-23"])
    }

    @Test func aYearInANameDatesAStoryThatHasNoYearYet() {
        let text = """
            The Siege of Orford was a 1642 English Civil War siege, fought on 3–5 May. The town fell on 9 May.
            """
        #expect(values(text) == ["1642", "1642-05-03/1642-05-05", "1642-05-09"])
    }
}
