import Testing

@testable import RecallModel

/// Over thousands of seeded values: every accepted form of a value is right, and changing any one
/// digit of any form makes it wrong.
@Suite struct GradingPropertyTests {
    static let months = DateVocabulary.monthNames

    /// A value and the forms a student may type it in; the first is how the card shows it.
    static func sample(_ generator: inout SeededGenerator) -> (DateValue, [String]) {
        let year = Int.random(in: 1000...2099, using: &generator)
        let month = Int.random(in: 1...12, using: &generator)
        let day = Int.random(in: 1...28, using: &generator)
        let name = months[month - 1]
        let short = String(name.prefix(3))
        switch Int.random(in: 0..<8, using: &generator) {
        case 0:
            return (.year(year), ["\(year)", "in \(year)", "AD \(year)", "\(year) CE"])
        case 1:
            let bc = Int.random(in: 1...999, using: &generator)
            return (.year(-bc), ["\(bc) BC", "\(bc) B.C.", "\(bc) BCE"])
        case 2:
            let iso = "\(year)-\(DateValue.two(month))-\(DateValue.two(day))"
            return (
                .day(year: year, month: month, day: day),
                [
                    "\(day) \(name) \(year)", "\(name) \(day), \(year)", "\(day) \(short) \(year)", iso,
                    "\(DateStyle.ordinal(day)) \(name) \(year)",
                    "the \(DateStyle.ordinal(day)) of \(name) \(year)",
                ]
            )
        case 3:
            return (
                .month(year: year, month: month), ["\(name) \(year)", "\(short) \(year)", "\(name), \(year)"]
            )
        case 4:
            let first = year / 10 * 10 == year / 100 * 100 ? year / 10 * 10 + 10 : year / 10 * 10
            return (.decade(first), ["\(first)s", "the \(first)s", "\(first)'s"])
        case 5:
            let number = Int.random(in: 11...21, using: &generator)
            let ordinals = [
                "\(DateStyle.ordinal(number)) century", "the \(DateStyle.ordinal(number)) century",
            ]
            // `2000s` is the decade (`DateGrammar.namesACentury`); earlier hundreds name a century.
            return (.century((number - 1) * 100), number < 21 ? ordinals + ["\(number - 1)00s"] : ordinals)
        case 6:
            let number = Int.random(in: 1...10, using: &generator)
            return (
                .century(-number * 100),
                ["\(DateStyle.ordinal(number)) century BC", "\(DateStyle.ordinal(number)) century BCE"]
            )
        default:
            let end = year + Int.random(in: 1...60, using: &generator)
            return (
                .range(.year(year), .year(end)),
                [
                    "\(year)–\(end)", "\(year) to \(end)", "from \(year) to \(end)",
                    "between \(year) and \(end)",
                ]
            )
        }
    }

    /// Every text that differs from `text` in one digit.
    static func oneDigitChanged(_ text: String) -> [String] {
        let characters = Array(text)
        var changed: [String] = []
        for index in characters.indices where characters[index].isNumber {
            for digit in "0123456789" where digit != characters[index] {
                var copy = characters
                copy[index] = digit
                changed.append(String(copy))
            }
        }
        return changed
    }

    @Test func everyFormIsRightAndEveryChangedDigitIsWrong() {
        var generator = SeededGenerator(seed: 20_261_130)
        var checkedForms = 0
        var checkedChanges = 0
        for _ in 0..<2_000 {
            let (value, forms) = Self.sample(&generator)
            let shown = forms[0]
            for form in forms {
                let verdict = AnswerChecker.checkDate(form, expectedText: shown, expected: value)
                #expect(verdict == .right, "\(shown): \(form) → \(verdict)")
                checkedForms += 1
                for changed in Self.oneDigitChanged(form) {
                    let verdict = AnswerChecker.checkDate(changed, expectedText: shown, expected: value)
                    #expect(verdict == .wrong, "\(shown): \(changed) → \(verdict)")
                    checkedChanges += 1
                }
            }
        }
        #expect(checkedForms > 6_000 && checkedChanges > 200_000)
    }
}
