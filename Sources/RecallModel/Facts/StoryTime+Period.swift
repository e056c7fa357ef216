/// The story's century and decade, which `the century`, `the end of the decade`, `the previous
/// century` and `the turn of the century` count from: the decade or century the text named last when
/// no year has come since (`During the 18th century … the previous century`), else the story's year's.
extension StoryTime {
    /// A decade or century the text named, and its phrase.
    struct NamedPeriod: Sendable, Hashable {
        var value: DateValue
        var text: String
    }

    /// The century (`century`) or decade `offset` steps from the story's, with what it was counted from.
    func period(_ granularity: DateValue.Granularity, offset: Int) -> (value: DateValue, anchor: String)? {
        guard let (base, from) = periodBase(for: granularity) else { return nil }
        let size = granularity == .century ? 100 : 10
        let first = base / size * size + offset * size
        let value: DateValue = granularity == .century ? .century(first) : .decade(first)
        return (value, offset == 0 ? from : "\(from) \(offset < 0 ? "-" : "+") \(abs(offset)) \(granularity)")
    }

    /// `the new century`: the next one when the story stands in the last two decades of its century
    /// (`the new century` in a story of the 1890s is the 1900s), else the story's own.
    func newCentury() -> (value: DateValue, anchor: String)? {
        guard let (base, _) = periodBase(for: .century) else { return nil }
        return period(.century, offset: base % 100 >= 80 ? 1 : 0)
    }

    /// `the turn of the century`: the hundred nearest the story's year (`1900` in the 1890s or 1900s).
    func turnOfTheCentury() -> (value: DateValue, anchor: String)? {
        guard let year, year > 0 else { return nil }
        return (.year((year + 50) / 100 * 100), anchor ?? String(year))
    }

    /// The year a century or decade is counted from, and its phrase; nil before any year, or in a story
    /// told before Christ, where centuries count down.
    private func periodBase(for granularity: DateValue.Granularity) -> (Int, String)? {
        if let namedPeriod, let first = namedPeriod.value.firstYear, first > 0,
            granularity == .century || namedPeriod.value.granularity == .decade
        {
            return (first, namedPeriod.text)
        }
        guard let year, year > 0 else { return nil }
        return (year, anchor ?? String(year))
    }
}
