import Foundation

extension MemoryState: SavedRecord {
    /// A memory state before its two numbers are read (a file must give both).
    @usableFromInline package static var blank: MemoryState { MemoryState(stability: 0, difficulty: 0) }

    /// The fields of a saved memory state, inside a schedule's `memory`.
    @inlinable package mutating func visitFields<Visitor: FieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.required("stability", &stability)
        try visitor.required("difficulty", &difficulty)
    }
}
