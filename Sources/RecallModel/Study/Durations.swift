import Foundation

/// Short spans of time as Anki's buttons write them: `45s`, `10m`, `3h`, `4d`, `2.5mo`, `1.2y`.
public enum Durations {
    public static func short(_ seconds: TimeInterval) -> String {
        let seconds = max(0, seconds)
        if seconds < 60 { return "\(Int(seconds.rounded()))s" }
        if seconds < 3600 { return "\(Int((seconds / 60).rounded()))m" }
        if seconds < 86_400 { return "\(Int((seconds / 3600).rounded()))h" }
        let days = seconds / 86_400
        if days < 30 { return "\(Int(days.rounded()))d" }
        if days < 365 { return one(days / 30) + "mo" }
        return one(days / 365) + "y"
    }

    /// `3m12s`, `1h05m`: how long a session took.
    public static func elapsed(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m\(String(format: "%02d", total % 60))s" }
        return "\(total / 3600)h\(String(format: "%02d", (total % 3600) / 60))m"
    }

    /// `in 10 minutes`, `in 3 days`: when something next happens.
    public static func until(_ seconds: TimeInterval) -> String {
        if seconds <= 60 { return "now" }
        let (value, unit): (Int, String) =
            seconds < 3600
            ? (Int((seconds / 60).rounded()), "minute")
            : seconds < 86_400
                ? (Int((seconds / 3600).rounded()), "hour") : (Int((seconds / 86_400).rounded()), "day")
        return "in \(value) \(unit)\(value == 1 ? "" : "s")"
    }

    static func one(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded))" : String(format: "%.1f", rounded)
    }
}
