extension DateValue {
    /// The stretch of time the value covers, in years from year 0 (a day is a 365th of its year);
    /// nil for a value without a year. Two values whose spans overlap cannot be put in order.
    public var span: Range<Double>? {
        switch self {
        case .year(let year): return Double(year)..<Double(year + 1)
        case .month(let year?, let month):
            return Double(year) + Double(month - 1) / 12..<Double(year) + Double(month) / 12
        case .day(let year?, let month, let day):
            let start = Double(year) + (Double(month - 1) * 30.44 + Double(day - 1)) / 365.25
            return start..<start + 1 / 365.25
        case .season(let year?, let season):
            let index = Double(DateValue.Season.allCases.firstIndex(of: season) ?? 0)
            return Double(year) + (index * 3 + 2) / 12..<Double(year) + (index * 3 + 5) / 12
        case .decade(let first): return Double(first)..<Double(first + 10)
        case .century(let first): return Double(first)..<Double(first + 100)
        case .range(let start, let end):
            guard let low = start.span, let high = end.span, low.lowerBound < high.upperBound else {
                return nil
            }
            return low.lowerBound..<high.upperBound
        default: return nil
        }
    }
}
