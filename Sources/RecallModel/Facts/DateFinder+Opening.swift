/// A text that opens on a month before it names a year (`In November, a wave of fires began … On 28
/// November the emergency was declared over … On 13 January 2017 the inquiry found …`): a reader
/// gives the opening its year once the text names one, counting back from that first full date, as
/// the story moves forward. November before 13 January 2017 is November 2016; a day before it in
/// the same month, the same year.
extension DateValue {
    /// A month, day or season the text gave without a year: what an opening counts back.
    var isYearlessCalendarDate: Bool {
        switch self {
        case .month(nil, _), .day(nil, _, _), .season(nil, _): true
        default: false
        }
    }
}

extension DateFinder {
    /// `value`, a month, day or season without a year, placed at or before `point` (a value with a
    /// year): in `point`'s year when it falls before it in the year, else in the year before. Nil for
    /// values that have a year or are no calendar date.
    static func lookingBack(to value: DateValue, from point: DateValue) -> DateValue? {
        guard let year = point.firstYear else { return nil }
        let (month, day) = Self.monthAndDay(of: point)
        func yearBefore(_ otherMonth: Int, _ otherDay: Int) -> Int {
            guard let month else { return year }
            return (otherMonth, otherDay) > (month, day ?? 31) ? year - 1 : year
        }
        switch value {
        case .month(nil, let otherMonth): return .month(year: yearBefore(otherMonth, 1), month: otherMonth)
        case .day(nil, let otherMonth, let otherDay):
            return .day(year: yearBefore(otherMonth, otherDay), month: otherMonth, day: otherDay)
        case .season(nil, let season):
            return .season(year: yearBefore(StoryTime.months(of: season).lowerBound, 1), season)
        default: return nil
        }
    }

    /// The month and day a value names, as far as it names them.
    static func monthAndDay(of value: DateValue) -> (month: Int?, day: Int?) {
        switch value {
        case .month(_, let month): (month, nil)
        case .day(_, let month, let day): (month, day)
        case .season(_, let season): (StoryTime.months(of: season).lowerBound, nil)
        case .range(let start, _): monthAndDay(of: start)
        default: (nil, nil)
        }
    }

    /// `found` (every sentence's dates this finder read, in order) with the months, days and seasons
    /// said before the date that gave the text its start given their years, each counted back from the
    /// date after it.
    func fillingTheOpening(_ found: [[DateExpression]]) -> [[DateExpression]] {
        guard let (sentence, index) = startPosition, sentence < found.count, index < found[sentence].count
        else { return found }
        var filled = found
        var point = found[sentence][index].value
        let anchor = found[sentence][index].text + ", looking back"
        var position = (sentence, index)
        while true {
            if position.1 > 0 {
                position.1 -= 1
            } else {
                guard let previous = (0..<position.0).last(where: { !found[$0].isEmpty }) else { break }
                position = (previous, found[previous].count - 1)
            }
            guard let value = Self.lookingBack(to: filled[position.0][position.1].value, from: point) else {
                continue
            }
            filled[position.0][position.1].value = value
            filled[position.0][position.1].anchor = anchor
            point = value
        }
        return filled
    }
}
