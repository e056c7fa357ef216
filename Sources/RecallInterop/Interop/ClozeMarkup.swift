import Foundation

/// Anki's cloze markup, `{{c1::1952}}` or `{{c2::Ankara::a city}}`: which numbers a note has, and
/// the text of the card for one number, with its deletions blanked and the others shown.
struct ClozeMarkup {
    /// A piece of a cloze text: plain text, or a deletion with its number and answer.
    enum Piece: Equatable {
        case text(String)
        case deletion(number: Int, answer: String)
    }

    var pieces: [Piece]

    init(_ text: String) {
        pieces = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{c") {
            let afterOpen = rest[open.upperBound...]
            let digits = afterOpen.prefix { $0.isASCII && $0.isNumber }
            guard let number = Int(digits), number > 0, number < 1000,
                afterOpen.dropFirst(digits.count).hasPrefix("::"),
                let close = afterOpen.range(of: "}}")
            else {
                pieces.append(.text(String(rest[..<open.upperBound])))
                rest = afterOpen
                continue
            }
            pieces.append(.text(String(rest[..<open.lowerBound])))
            let body = afterOpen[
                afterOpen.index(afterOpen.startIndex, offsetBy: digits.count + 2)..<close.lowerBound]
            let answer = body.range(of: "::").map { body[..<$0.lowerBound] } ?? body
            pieces.append(.deletion(number: number, answer: String(answer)))
            rest = afterOpen[close.upperBound...]
        }
        pieces.append(.text(String(rest)))
    }

    /// The cloze numbers the text uses, in order; each makes one card.
    var numbers: [Int] {
        Array(
            Set(
                pieces.compactMap {
                    if case .deletion(let number, _) = $0 { number } else { nil }
                })
        ).sorted()
    }

    /// The card for one number: its text with that number's deletions as `blank`, and their answers.
    func card(_ number: Int, blank: String) -> (text: String, answers: [String]) {
        var text = ""
        var answers: [String] = []
        for piece in pieces {
            switch piece {
            case .text(let plain): text += plain
            case .deletion(number, let answer):
                text += blank
                answers.append(answer)
            case .deletion(_, let answer): text += answer
            }
        }
        return (text, answers)
    }
}
