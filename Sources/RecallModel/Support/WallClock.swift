import Foundation

/// Where the current time comes from: the system in use, a clock that tests set by hand.
public protocol WallClock: Sendable {
    var now: Date { get }
}

/// The system's clock.
public struct SystemClock: WallClock {
    public init() {}
    public var now: Date { Date() }
}
