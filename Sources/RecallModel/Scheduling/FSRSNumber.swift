import Foundation

/// The arithmetic FSRS-6's formulas use, so that they are written once (`FSRSModel`) and run on
/// `Double` for the scheduler and on `TapeNumber` for the optimizer's gradient.
///
/// Mixed operations with a plain `Double` (a constant, a rating, a number of days) keep what the
/// gradient's tape records down; on `Double` they are the same operations, so the scheduler
/// computes the same bits as before. Not `Sendable` itself: a tape's numbers belong to one
/// computation (`FSRSModel` is `Sendable` when its number is).
public protocol FSRSNumber {
    init(_ value: Double)

    static func + (lhs: Self, rhs: Self) -> Self
    static func - (lhs: Self, rhs: Self) -> Self
    static func * (lhs: Self, rhs: Self) -> Self
    static func / (lhs: Self, rhs: Self) -> Self
    static prefix func - (operand: Self) -> Self

    static func + (lhs: Self, rhs: Double) -> Self
    static func + (lhs: Double, rhs: Self) -> Self
    static func - (lhs: Self, rhs: Double) -> Self
    static func - (lhs: Double, rhs: Self) -> Self
    static func * (lhs: Self, rhs: Double) -> Self
    static func / (lhs: Self, rhs: Double) -> Self
    static func / (lhs: Double, rhs: Self) -> Self

    /// Compares values only (a tape's record plays no part).
    static func < (lhs: Self, rhs: Self) -> Bool

    static func exp(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func pow(_ base: Self, _ exponent: Self) -> Self
}

extension FSRSNumber {
    /// `floor` when below it, else the value itself, whose derivatives then pass through (also at
    /// `floor` exactly, as the gradient has always taken them).
    func atLeast(_ floor: Double) -> Self {
        self < Self(floor) ? Self(floor) : self
    }

    /// The value held within `range`, with the same rule at the ends as `atLeast`.
    func clamped(to range: ClosedRange<Double>) -> Self {
        if self < Self(range.lowerBound) { return Self(range.lowerBound) }
        return Self(range.upperBound) < self ? Self(range.upperBound) : self
    }

    /// The smaller of two, the first when they are equal (`Swift.min`'s rule).
    static func smaller(_ lhs: Self, _ rhs: Self) -> Self {
        rhs < lhs ? rhs : lhs
    }
}

extension Double: FSRSNumber {
    public static func exp(_ x: Double) -> Double { naturalExponential(x) }
    public static func log(_ x: Double) -> Double { naturalLogarithm(x) }
    public static func pow(_ base: Double, _ exponent: Double) -> Double { power(base, exponent) }
}

// The C library's functions under names that `Double`'s static members above do not shadow.
func naturalExponential(_ x: Double) -> Double { exp(x) }
func naturalLogarithm(_ x: Double) -> Double { log(x) }
func power(_ base: Double, _ exponent: Double) -> Double { pow(base, exponent) }
