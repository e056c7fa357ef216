import Foundation

/// A number with its derivatives by each of FSRS's 21 weights (forward-mode automatic
/// differentiation): running `FSRSModel`'s formulas on it gives the optimizer the gradient of the
/// loss with the scheduler's own formulas, where the clamps take the branch the value takes.
package struct DualNumber: FSRSNumber {
    /// Room for the 21 weights' derivatives.
    package typealias Gradient = DualGradient

    package var value: Double
    package var gradient: Gradient

    package init(_ value: Double) {
        self.value = value
        gradient = .zero
    }

    package init(_ value: Double, gradient: Gradient) {
        self.value = value
        self.gradient = gradient
    }

    /// Weight `index` as a variable: its derivative by itself is 1.
    package static func variable(_ value: Double, index: Int) -> DualNumber {
        var gradient = Gradient.zero
        gradient[index] = 1
        return DualNumber(value, gradient: gradient)
    }

    package static func + (lhs: Self, rhs: Self) -> Self {
        Self(lhs.value + rhs.value, gradient: lhs.gradient + rhs.gradient)
    }
    package static func - (lhs: Self, rhs: Self) -> Self {
        Self(lhs.value - rhs.value, gradient: lhs.gradient - rhs.gradient)
    }
    package static func * (lhs: Self, rhs: Self) -> Self {
        Self(
            lhs.value * rhs.value,
            gradient: .sum(lhs.gradient, times: rhs.value, rhs.gradient, times: lhs.value))
    }
    package static func / (lhs: Self, rhs: Self) -> Self {
        let value = lhs.value / rhs.value
        return Self(
            value, gradient: .difference(lhs.gradient, minus: rhs.gradient, times: value, over: rhs.value))
    }
    package static prefix func - (operand: Self) -> Self { Self(-operand.value, gradient: -operand.gradient) }

    package static func + (lhs: Self, rhs: Double) -> Self { Self(lhs.value + rhs, gradient: lhs.gradient) }
    package static func + (lhs: Double, rhs: Self) -> Self { Self(lhs + rhs.value, gradient: rhs.gradient) }
    package static func - (lhs: Self, rhs: Double) -> Self { Self(lhs.value - rhs, gradient: lhs.gradient) }
    package static func - (lhs: Double, rhs: Self) -> Self { Self(lhs - rhs.value, gradient: -rhs.gradient) }
    package static func * (lhs: Self, rhs: Double) -> Self {
        Self(lhs.value * rhs, gradient: lhs.gradient * rhs)
    }
    package static func / (lhs: Self, rhs: Double) -> Self {
        Self(lhs.value / rhs, gradient: lhs.gradient / rhs)
    }
    package static func / (lhs: Double, rhs: Self) -> Self {
        let value = lhs / rhs.value
        return Self(value, gradient: rhs.gradient * (-value / rhs.value))
    }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }

    package static func exp(_ x: Self) -> Self {
        let value = naturalExponential(x.value)
        return Self(value, gradient: x.gradient * value)
    }
    package static func log(_ x: Self) -> Self {
        Self(naturalLogarithm(x.value), gradient: x.gradient / x.value)
    }
    /// `base` to a power that may itself depend on the weights.
    package static func pow(_ base: Self, _ exponent: Self) -> Self {
        let value = power(base.value, exponent.value)
        return Self(
            value,
            gradient: .sum(
                base.gradient, times: exponent.value * value / base.value, exponent.gradient,
                times: value * naturalLogarithm(base.value)))
    }
}

extension FSRSModel where Number == DualNumber {
    /// The model at `weights`, each weight a variable, so that every result carries its
    /// derivatives by the weights.
    init(variables weights: [Double]) {
        self.init(weights: weights.enumerated().map { DualNumber.variable($0.element, index: $0.offset) })
    }
}
