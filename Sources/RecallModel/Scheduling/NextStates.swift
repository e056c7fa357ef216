/// What each of the four answers would make of a card, as the answer buttons show them before the
/// student picks one (Anki's `SchedulingStates`, from `next_states`).
package struct NextStates<State> {
    package var again: State
    package var hard: State
    package var good: State
    package var easy: State

    /// The four, each made by `make` from its rating, in the order of the buttons.
    package init(_ make: (Rating) throws -> State) rethrows {
        again = try make(.again)
        hard = try make(.hard)
        good = try make(.good)
        easy = try make(.easy)
    }

    package subscript(rating: Rating) -> State {
        switch rating {
        case .again: again
        case .hard: hard
        case .good: good
        case .easy: easy
        }
    }
}

extension NextStates: Sendable where State: Sendable {}
extension NextStates: Equatable where State: Equatable {}
