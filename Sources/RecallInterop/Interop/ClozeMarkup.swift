import Foundation

/// Anki's cloze markup as Anki renders it: `{{c1::1952}}`, a hint (`{{c2::Ankara::a city}}`),
/// several cards from one deletion (`{{c1,2::Berlin}}`), a number used twice (both blanked on its
/// card), and deletions inside deletions (`{{c1::Napoleon {{c2::Bonaparte}}}}`: card 1 blanks the
/// whole name, card 2 only `Bonaparte`).
struct ClozeMarkup {
    /// A piece of a cloze text: plain text, or a deletion with its numbers, its content and its hint.
    indirect enum Piece: Equatable {
        case text(String)
        case deletion(numbers: [Int], content: [Piece], hint: String?)
    }

    var pieces: [Piece]

    init(_ text: String) {
        // The open deletions, innermost last; the first is the text outside any deletion.
        var open: [(numbers: [Int], opener: String, content: [Piece])] = [([], "", [])]
        var rest = Substring(text)
        var plain = ""
        func flush() {
            if !plain.isEmpty { open[open.count - 1].content.append(.text(plain)) }
            plain = ""
        }
        while let first = rest.first {
            if rest.hasPrefix("{{c"), let (numbers, opener) = Self.opener(rest) {
                flush()
                open.append((numbers, String(rest.prefix(opener)), []))
                rest = rest.dropFirst(opener)
            } else if rest.hasPrefix("}}"), open.count > 1 {
                flush()
                var deletion = open.removeLast()
                // As Anki: the hint is what follows the first `::` of the deletion's last text.
                var hint: String?
                if case .text(let last) = deletion.content.last, let separator = last.range(of: "::") {
                    hint = String(last[separator.upperBound...])
                    let kept = String(last[..<separator.lowerBound])
                    deletion.content.removeLast()
                    if !kept.isEmpty { deletion.content.append(.text(kept)) }
                }
                open[open.count - 1].content.append(
                    .deletion(numbers: deletion.numbers, content: deletion.content, hint: hint))
                rest = rest.dropFirst(2)
            } else {
                plain.append(first)
                rest = rest.dropFirst()
            }
        }
        flush()
        // A deletion never closed is text, its opener included.
        while open.count > 1 {
            let unclosed = open.removeLast()
            open[open.count - 1].content.append(.text(unclosed.opener))
            open[open.count - 1].content += unclosed.content
        }
        pieces = open[0].content
    }

    /// The numbers of a deletion's opener (`{{c1,2::`) and the opener's length in characters.
    static func opener(_ text: Substring) -> ([Int], Int)? {
        let afterC = text.dropFirst(3)
        let list = afterC.prefix { ($0.isASCII && $0.isNumber) || $0 == "," }
        guard afterC.dropFirst(list.count).hasPrefix("::") else { return nil }
        let numbers = list.split(separator: ",").compactMap { Int($0) }
        guard !numbers.isEmpty, numbers.allSatisfy({ (1...999).contains($0) }) else { return nil }
        return (numbers, 3 + list.count + 2)
    }

    /// The cloze numbers the text uses, in order; each makes one card.
    var numbers: [Int] {
        var found = Set<Int>()
        func visit(_ pieces: [Piece]) {
            for case .deletion(let numbers, let content, _) in pieces {
                found.formUnion(numbers)
                visit(content)
            }
        }
        visit(pieces)
        return found.sorted()
    }

    /// The card for one number: its text with that number's deletions as `blank`, their answers
    /// (each with the deletions inside it shown), and their hints.
    func card(_ number: Int, blank: String) -> (text: String, answers: [String], hints: [String]) {
        var text = ""
        var answers: [String] = []
        var hints: [String] = []
        func render(_ pieces: [Piece]) {
            for piece in pieces {
                switch piece {
                case .text(let plain): text += plain
                case .deletion(let numbers, let content, let hint) where numbers.contains(number):
                    text += blank
                    answers.append(Self.shown(content))
                    if let hint { hints.append(hint) }
                case .deletion(_, let content, _): render(content)
                }
            }
        }
        render(pieces)
        return (text, answers, hints)
    }

    /// A deletion's content with every deletion inside it shown.
    static func shown(_ pieces: [Piece]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let plain): plain
            case .deletion(_, let content, _): shown(content)
            }
        }.joined()
    }
}

extension ClozeMarkup {
    init(pieces: [Piece]) {
        self.pieces = pieces
    }

    /// The markup written out again (`{{c1,2::content::hint}}`), for a text whose deletion changed.
    var source: String { Self.source(pieces) }

    static func source(_ pieces: [Piece]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .deletion(let numbers, let content, let hint):
                "{{c" + numbers.map(String.init).joined(separator: ",") + "::" + source(content)
                    + (hint.map { "::" + $0 } ?? "") + "}}"
            }
        }.joined()
    }

    /// How many deletions the text has, those inside others included.
    var deletionCount: Int {
        func count(_ pieces: [Piece]) -> Int {
            pieces.reduce(0) { total, piece in
                guard case .deletion(_, let content, _) = piece else { return total }
                return total + 1 + count(content)
            }
        }
        return count(pieces)
    }
}
