import Foundation
import RecallModel
import RecallStorage

/// The whole deck builder on any bytes: bad input is refused with an error, and every question it
/// makes has one blank, no citation mark, and never shows its own answer; a choice card's options
/// share the answer's form (shape, era, modifier), a timeline's dates never overlap and lie a whole
/// unit apart with one gap per label, and a reverse cue opens with a name, never a function word or
/// a weekday.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeckBuilder(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    guard let source = try? SourceText(name: "fuzz.txt", bytes: bytes),
        let (deck, _) = try? DeckBuilder().build(
            source, name: "fuzz", builtAt: Date(timeIntervalSince1970: 1_780_000_000))
    else { return 0 }
    for card in deck.cards {
        switch card.question {
        case .cloze(let question):
            check(question.text, answer: question.answer)
        case .choice(let question):
            check(question.text, answer: question.answer)
            guard Set(question.options).count == question.options.count else {
                fatalError("duplicate options")
            }
            guard Set(question.options.map(shape)).count == 1 else {
                fatalError("options of two forms: \(question.options)")
            }
            guard Set(question.options.map(formWords)).count == 1 else {
                fatalError("options with other eras or modifiers: \(question.options)")
            }
        case .reverse(let question):
            guard !question.cue.contains(question.date) else { fatalError("cue shows the date") }
            for name in question.cue.components(separatedBy: " · ") {
                let first = name.split(separator: " ").first.map { $0.lowercased() } ?? ""
                guard !CueWords.notNames.contains(first), !weekdays.contains(first) else {
                    fatalError("cue opens with '\(first)'")
                }
            }
        case .timeline(let question):
            guard (3...5).contains(question.items.count) else {
                fatalError("timeline of \(question.items.count)")
            }
            let spans = question.items.compactMap(\.value.span)
            guard spans.count == question.items.count else { fatalError("a timeline item without a span") }
            for (index, span) in spans.enumerated() where spans[(index + 1)...].contains(where: span.overlaps)
            {
                fatalError("timeline items overlap: \(question.items.map(\.date))")
            }
            // A whole unit of the coarser date lies between any two items, so the order can be known.
            for (index, a) in spans.enumerated() {
                for b in spans[(index + 1)...] {
                    let gap = max(b.lowerBound - a.upperBound, a.lowerBound - b.upperBound)
                    let unit = max(a.upperBound - a.lowerBound, b.upperBound - b.lowerBound)
                    guard gap >= unit - 1e-9 else {
                        fatalError("timeline items too close: \(question.items.map(\.date))")
                    }
                }
            }
            for item in question.items where item.label.components(separatedBy: "____").count > 2 {
                fatalError("timeline label with several gaps: \(item.label)")
            }
        case .order, .duration, .period, .landmark, .contrast, .who:
            if let problem = FamilyCheck(facts: deck.facts).problem(with: card) {
                fatalError("\(card.kind) card: \(problem)")
            }
        case .basic:
            fatalError("the builder made a front-and-back card")
        }
    }
    guard (try? DeckFile.decode(DeckFile.encode(deck), file: "fuzz")) == deck else {
        fatalError("deck round trip")
    }
    return 0
}

let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

/// The words of a date that a distractor keeps as the answer writes them: its era (`BC`, `AD`), and
/// whether it has a modifier (`early`, `late`, `mid`), counted as one kind.
func formWords(_ text: String) -> [String] {
    let modifiers: Set<String> = ["early", "mid", "late", "beginning", "end", "middle", "start"]
    let eras: Set<String> = ["bc", "bce", "ad", "ce", "b.c", "a.d"]
    return text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }).compactMap {
        word in
        let bare = String(word.filter { $0.isLetter || $0 == "." }).trimmingCharacters(
            in: CharacterSet(charactersIn: "."))
        if eras.contains(bare) { return bare }
        if modifiers.contains(bare) { return "modifier" }
        return nil
    }
}

/// A date's form as a test-wise student compares it: digits as 9, letters as a.
func shape(_ text: String) -> String {
    var result = ""
    for character in text.trimmingCharacters(in: .whitespaces) {
        let mapped: Character = character.isNumber ? "9" : character.isLetter ? "a" : character
        if !(result.last == mapped && (mapped == "9" || mapped == "a")) { result.append(mapped) }
    }
    return result
}

func check(_ text: String, answer: String) {
    guard text.components(separatedBy: "____").count == 2 else { fatalError("not one blank: \(text)") }
    guard !text.contains(answer) else { fatalError("question shows its answer \(answer): \(text)") }
    guard CitationMarks.ranges(in: text).isEmpty else { fatalError("citation mark in \(text)") }
}
