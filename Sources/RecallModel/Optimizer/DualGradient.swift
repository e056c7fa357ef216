/// A dual number's derivatives by FSRS's 21 weights, in 24 lanes: a `SIMD16` and a `SIMD8`.
///
/// Not one `SIMD32<Double>`: Swift 6.3 on x86-64 runs `SIMD32<Double>`'s arithmetic lane by lane
/// through the stack (a 4 KB frame), which took the fit of 5,000 cards from 0.26 s of CPU with the
/// hand-derived gradient to 8.8 s; 16 and 8 lanes compile to vector instructions (0.27–0.38 s).
package struct DualGradient: Sendable, Equatable {
    package var low: SIMD16<Double>
    package var high: SIMD8<Double>

    package static var lanes: Int { 24 }

    package static var zero: DualGradient { DualGradient(low: .zero, high: .zero) }

    package init(low: SIMD16<Double>, high: SIMD8<Double>) {
        self.low = low
        self.high = high
    }

    /// The derivative by weight `index`, 0 ≤ `index` < 24.
    package subscript(index: Int) -> Double {
        get { index < 16 ? low[index] : high[index - 16] }
        set {
            if index < 16 { low[index] = newValue } else { high[index - 16] = newValue }
        }
    }

    package static func + (lhs: Self, rhs: Self) -> Self {
        Self(low: lhs.low + rhs.low, high: lhs.high + rhs.high)
    }

    package static func - (lhs: Self, rhs: Self) -> Self {
        Self(low: lhs.low - rhs.low, high: lhs.high - rhs.high)
    }

    package static prefix func - (operand: Self) -> Self { Self(low: -operand.low, high: -operand.high) }

    package static func * (lhs: Self, rhs: Double) -> Self {
        Self(low: lhs.low * rhs, high: lhs.high * rhs)
    }

    package static func / (lhs: Self, rhs: Double) -> Self {
        Self(low: lhs.low / rhs, high: lhs.high / rhs)
    }

    /// `a·x + b·y` in one pass over the lanes (a dual product's rule), the same operations in the
    /// same order as the separate ones, so the same bits.
    package static func sum(_ a: Self, times x: Double, _ b: Self, times y: Double) -> Self {
        Self(low: a.low * x + b.low * y, high: a.high * x + b.high * y)
    }

    /// `(a − b·x) / y` in one pass over the lanes (a dual quotient's rule).
    package static func difference(_ a: Self, minus b: Self, times x: Double, over y: Double) -> Self {
        Self(low: (a.low - b.low * x) / y, high: (a.high - b.high * x) / y)
    }
}
