import Foundation

/// Renders an Anki card template with a note's fields, as Anki does for the parts Recall shows:
/// `{{Field}}`, `{{FrontSide}}`, sections `{{#Field}}…{{/Field}}` (shown when the field has text)
/// and `{{^Field}}…{{/Field}}` (when it has none), filters such as `{{text:Field}}` (the field
/// without HTML), and `{{type:Field}}`, which makes the card one where the answer is typed.
///
/// ```swift
/// let front = AnkiTemplate("{{Word}}{{#Note}} ({{Note}}){{/Note}}").render(["Word": "Haus", "Note": ""])
/// // front.html == "Haus", front.usedText == true
/// ```
struct AnkiTemplate {
    var source: String

    init(_ source: String) {
        self.source = source
    }

    struct Rendering: Equatable {
        var html = ""
        /// Whether a field with text was put in: Anki makes a card only from a front that has one.
        var usedText = false
        /// The field whose answer is typed, from `{{type:Field}}`.
        var typedField: String?
    }

    /// The template with the fields put in; `frontSide` is what `{{FrontSide}}` stands for.
    func render(_ fields: [String: String], frontSide: String = "") -> Rendering {
        var rendering = Rendering()
        var rest = Substring(source)
        // Sections that are open, and whether each one's text is shown.
        var sections: [(name: String, shown: Bool)] = []
        var shown: Bool { sections.allSatisfy(\.shown) }
        let hasText = { (name: String) in
            !HTMLText.plain(fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        while let open = rest.range(of: "{{") {
            if shown { rendering.html += rest[..<open.lowerBound] }
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let tag = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            if let first = tag.first, first == "#" || first == "^" {
                let name = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces)
                sections.append((name, hasText(name) == (first == "#")))
            } else if tag.hasPrefix("/") {
                let name = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces)
                if let index = sections.lastIndex(where: { $0.name == name }) {
                    sections.removeSubrange(index...)
                }
            } else if shown {
                rendering.html += replacement(for: tag, fields, frontSide: frontSide, into: &rendering)
            }
        }
        if shown { rendering.html += rest }
        return rendering
    }

    /// What one `{{…}}` stands for: a field, through its filters (`text:`, `type:`, `hint:`).
    func replacement(
        for tag: String, _ fields: [String: String], frontSide: String, into rendering: inout Rendering
    ) -> String {
        if tag == "FrontSide" { return frontSide }
        let parts = tag.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let name = parts.last ?? tag
        let filters = Set(parts.dropLast().map { $0.trimmingCharacters(in: .whitespaces) })
        if filters.contains("type") {
            rendering.typedField = name
            return ""
        }
        // A hint is a link to click in Anki, hidden until then; a card's text does not give it away.
        if filters.contains("hint") || filters.contains(where: { $0.hasPrefix("tts") }) { return "" }
        guard let value = fields[name] else { return "" }
        if !HTMLText.plain(value).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            rendering.usedText = true
        }
        return filters.contains("text") ? AnkiNote.html(HTMLText.plain(value)) : value
    }
}

extension AnkiNoteType {
    /// A note's cards by its templates, front and back as text: the back without the front it
    /// repeats (`{{FrontSide}}<hr id=answer>`), and for a typed answer the field to type.
    func renderedCards(_ htmlFields: [String]) -> [ImportedNote.RenderedCard] {
        var values: [String: String] = [:]
        for (index, name) in fields.enumerated() where index < htmlFields.count {
            values[name] = htmlFields[index]
        }
        var cards: [ImportedNote.RenderedCard] = []
        for (ordinal, template) in templates.enumerated() {
            let front = AnkiTemplate(template.front).render(values)
            guard front.usedText else { continue }
            let back = AnkiTemplate(template.back).render(values, frontSide: "")
            let typed = front.typedField ?? back.typedField
            let answer = typed.map { HTMLText.plain(values[$0] ?? "") } ?? HTMLText.plain(back.html)
            cards.append(
                ImportedNote.RenderedCard(
                    ordinal: ordinal, front: HTMLText.plain(front.html), back: answer,
                    typeAnswer: typed != nil))
        }
        return cards
    }
}
