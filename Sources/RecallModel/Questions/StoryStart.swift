/// The day or month a topical text's story starts on: the event an article on an accident, a match
/// or an earthquake is about. A reader knows every later fact follows it, so a choice card must not
/// offer a date before it for a fact that is not.
///
/// It is the earliest date of the text's first fact, narrowed to a finer date inside it (`The 2016
/// Kaikōura earthquake … struck on 14 November 2016` starts on 14 November 2016). A story that starts
/// on a year or a wider period (a life, a war, a town's history) has none: its first year is no
/// event a reader would measure the other facts against.
enum StoryStart {
    static func day(of facts: [Fact]) -> DateValue? {
        guard let first = facts.first(where: { fact in fact.dates.contains { $0.value.span != nil } })
        else { return nil }
        let dated = first.dates.map(\.value).filter { $0.span != nil }
        guard var start = dated.min(by: { $0.span!.lowerBound < $1.span!.lowerBound }) else { return nil }
        for value in dated {
            guard let inner = value.span, let outer = start.span, inner != outer,
                inner.lowerBound >= outer.lowerBound, inner.upperBound <= outer.upperBound
            else { continue }
            start = value
        }
        return start.granularity == .day || start.granularity == .month ? start : nil
    }
}
