import Testing

@testable import RecallModel

@Suite struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        SentenceSplitter().sentences(of: SourceText(name: "t.txt", text: text)).map(\.text)
    }

    @Test func splitsRunningParagraphs() {
        #expect(
            split("Turkey joined NATO in 1952. It stayed. Was it wise? Yes!") == [
                "Turkey joined NATO in 1952.", "It stayed.", "Was it wise?", "Yes!",
            ])
    }

    @Test(arguments: [
        (".... All the way up to 1939, Ankara kept faith.", "All the way up to 1939, Ankara kept faith."),
        ("… and in 1940 it ended.", "and in 1940 it ended."),
        ("...[3] In 1941 it resumed.", "In 1941 it resumed."),
        ("..1942 was dry.", "..1942 was dry."),
        ("... 1943 was wet.", "... 1943 was wet."),
    ])
    func questionsDropTheEllipsisAQuotedExtractOpensWith(source: String, clean: String) {
        #expect(Sentence(text: source, line: 1, paragraph: 0).cleanText == clean)
    }

    @Test func keepsAbbreviationsAndInitials() {
        let text =
            "The U.S. Senate met Dr. Smith in St. Louis. J. F. Kennedy spoke e.g. on trade. Messrs Lavrov and Kuleba met."
        #expect(
            split(text) == [
                "The U.S. Senate met Dr. Smith in St. Louis.", "J. F. Kennedy spoke e.g. on trade.",
                "Messrs Lavrov and Kuleba met.",
            ])
    }

    @Test func aCitationMarkBeforeASentenceOpenerEndsTheSentenceWhoseStopWasLost() {
        #expect(
            split(
                "Work began on the forts[27] A Chamber of Commerce was founded in 1802. The treaty[3] was signed."
            )
                == [
                    "Work began on the forts[27]", "A Chamber of Commerce was founded in 1802.",
                    "The treaty[3] was signed.",
                ])
    }

    @Test func anAbbreviationOpeningABracketEndsNoSentence() {
        #expect(
            split(
                "On 12 May 1948, the Minhelet HaAm (lit. People's Administration) voted. (Heb. Text) stays. It met."
            )
                == [
                    "On 12 May 1948, the Minhelet HaAm (lit. People's Administration) voted.",
                    "(Heb. Text) stays.", "It met.",
                ])
        #expect(
            split("The mill stood on the river (Moselle). It burned.") == [
                "The mill stood on the river (Moselle).", "It burned.",
            ])
    }

    @Test func aPartNumberedInRomanEndsNoSentence() {
        #expect(
            split(
                "Of his works, The Book of the Sword, vol. i. (1884), unfinished, may be mentioned. He died.")
                == [
                    "Of his works, The Book of the Sword, vol. i. (1884), unfinished, may be mentioned.",
                    "He died.",
                ])
    }

    @Test func endsAtUSWhenASentenceStarts() {
        #expect(
            split("He moved to the U.S. The next year he returned.") == [
                "He moved to the U.S.", "The next year he returned.",
            ])
    }

    @Test func aNameEndingEndsASentenceOnlyBeforeASentenceOpener() {
        #expect(
            split("The firms merged as Dominion Paper Inc. By 1980 it employed 600 people.") == [
                "The firms merged as Dominion Paper Inc.", "By 1980 it employed 600 people.",
            ])
        #expect(
            split("Acme Inc. Chairman John Hale resigned in 1931. Hale Bros. Ltd. was sold.") == [
                "Acme Inc. Chairman John Hale resigned in 1931.", "Hale Bros. Ltd. was sold.",
            ])
    }

    @Test func quotesAndCitationsBelongToTheSentenceBefore() {
        #expect(
            split("He said \"we will win.\" Then he left.[4] Later, peace.") == [
                "He said \"we will win.\"", "Then he left.[4]", "Later, peace.",
            ])
        #expect(
            split("We agreed.”[citation needed] In May 2010, visas went.") == [
                "We agreed.”[citation needed]", "In May 2010, visas went.",
            ])
    }

    @Test func ellipsesOpenOrContinueSentences() {
        #expect(split(".... All the way up to 1939, it held.") == [".... All the way up to 1939, it held."])
        #expect(split("He paused... and went on. Done.") == ["He paused... and went on.", "Done."])
    }

    @Test func numberedListsAndHeadings() {
        let text = """
            Key dates

            1. Turkey joined NATO in 1952.
            2) The Truman Doctrine came in 1947.
            - The Montreux Convention dates from 1936.
            """
        #expect(
            split(text) == [
                "Key dates", "Turkey joined NATO in 1952.", "The Truman Doctrine came in 1947.",
                "The Montreux Convention dates from 1936.",
            ])
    }

    @Test func joinsWrappedLinesButNotLinesEndingSentences() {
        let text = """
            The Soviet supply of gold and armaments to the Kemalists in 1920 to
            1922 was a key factor.
            Another sentence stands on its own line
            Short heading
            Next line starts a sentence.
            """
        #expect(
            split(text) == [
                "The Soviet supply of gold and armaments to the Kemalists in 1920 to 1922 was a key factor.",
                "Another sentence stands on its own line", "Short heading", "Next line starts a sentence.",
            ])
    }

    @Test func recordsLinesAndParagraphs() {
        let sentences = SentenceSplitter().sentences(
            of: SourceText(name: "t", text: "# note\nA b c. D e f.\n\nG h i."))
        #expect(sentences.map(\.line) == [2, 2, 4])
        #expect(sentences.map(\.paragraph) == [0, 0, 1])
    }
}
