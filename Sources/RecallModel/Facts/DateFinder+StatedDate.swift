extension DateFinder {
    /// Words that may stand between a relative phrase and the date it means: `Two days later, on
    /// December 1, …`, `A year later (in 1790) …`.
    static let statedDateJoiners: Set<String> = ["on", "in", "at"]

    /// `found` with each relative phrase that its sentence follows straight away with the date it
    /// means given that date: `Two days later, on December 1, Tasman anchored` is 1 December, whatever
    /// point the story counted from. A reader takes the written date over the count.
    static func takingTheDateStatedAfter(
        _ found: [DateExpression], relative: [Bool], in bytes: [UInt8]
    ) -> [DateExpression] {
        guard found.count > 1, relative.contains(true) else { return found }
        var taken = found
        for index in found.indices.dropLast() where relative[index] && !relative[index + 1] {
            let (phrase, stated) = (found[index], found[index + 1])
            guard stated.value.isAnchored else { continue }
            let between = bytes[phrase.utf8Range.upperBound..<stated.utf8Range.lowerBound]
            guard between.contains(UInt8(ascii: ",")) || between.contains(UInt8(ascii: "(")) else { continue }
            let words = String(decoding: between, as: UTF8.self).lowercased()
                .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" })
            guard words.count <= 1, words.allSatisfy({ statedDateJoiners.contains(String($0)) }) else {
                continue
            }
            taken[index].value = stated.value
            taken[index].anchor = "\(stated.text), said after it"
        }
        // `In November 2016, 80 years later, the rally flew the route`: a count set off by a comma
        // straight after a written date restates that date, at the count's precision.
        for index in found.indices.dropFirst() where relative[index] && !relative[index - 1] {
            let (stated, phrase) = (found[index - 1], found[index])
            let between = bytes[stated.utf8Range.upperBound..<phrase.utf8Range.lowerBound]
            guard between.contains(UInt8(ascii: ",")),
                between.allSatisfy({ $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: " ") }),
                let value = stated.value.restated(at: phrase.value.granularity)
            else { continue }
            taken[index].value = value
            taken[index].anchor = "\(stated.text), said before it"
        }
        return taken
    }
}

extension DateValue {
    /// This written date at a count's precision: the year of `November 2016` for `80 years later`;
    /// nil when the count is finer than the date or the date is no single point.
    func restated(at granularity: Granularity) -> DateValue? {
        switch (self, granularity) {
        case (.day(.some, _, _), .day), (.month(.some, _), .month), (.year, .year): return self
        case (.day(let year?, let month, _), .month): return .month(year: year, month: month)
        case (.day(let year?, _, _), .year), (.month(let year?, _), .year): return .year(year)
        default: return nil
        }
    }
}
