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
        return taken
    }
}
