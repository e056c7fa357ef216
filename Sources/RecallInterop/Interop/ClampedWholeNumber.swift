extension Int64 {
    /// A number read from a file, rounded down to a whole number held within ±2^52 (0 for a value
    /// that is not a number), so that an absurd time or memory state in a progress file gives an
    /// absurd column in a package, never a trap in the conversion.
    init(clampingWhole value: Double) {
        let limit = Double(1 << 52)
        self = value.isNaN ? 0 : Int64(Swift.min(Swift.max(value.rounded(.down), -limit), limit))
    }
}
