import Testing

@testable import RecallModel

/// A card's answer read once (`AnswerKey`) grades every answer as reading it on each check does.
@Suite struct AnswerKeyTests {
    @Test(arguments: GradingTableTests.rows.indices)
    func clozeVerdictsAreTheCheckersOwn(_ row: Int) {
        let (card, typed, expected) = GradingTableTests.rows[row]
        let question = GradingTableTests.question(card)
        let key = AnswerKey(question)
        let verdict = key.check(typed)
        #expect(verdict == AnswerChecker.check(typed, against: question), "\(card) / \(typed)")
        if let expected = GradingTableTests.verdict(expected) {
            #expect(verdict == expected, "\(card) / \(typed)")
        }
    }

    @Test func oneKeyGradesEveryChoiceAnswer() {
        let key = AnswerKey(GradingTableTests.choice)
        for (typed, expected) in GradingTableTests.choiceRows {
            #expect(key.check(typed) == GradingTableTests.verdict(expected), "\(typed)")
        }
    }

    @Test func aBasicCardWithADateOnItsBackIsGradedAsADate() {
        let key = AnswerKey(
            .basic(BasicQuestion(front: "When did the delegation withdraw?", back: "16 December 1925")))
        #expect(key.check("16 Dec 1925") == .right)
        #expect(key.check("16 Dec 1952") == .wrong)
        #expect(key.check("1925") == .partlyRight("the year is right; the day and month are missing"))
        #expect(key.check("") == .selfGraded)
        let words = AnswerKey(.basic(BasicQuestion(front: "Who signed?", back: "Apollo 11")))
        #expect(words.check("Apollo 11") == .right)
        #expect(words.check("Apollo 13") == .selfGraded)
    }
}
