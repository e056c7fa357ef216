import Foundation

/// A type Recall saves in its files, whose fields are listed once, in `visitFields`: each field's
/// name, in the order files write them, and what kind of value it is.
///
/// Every encoding of the type goes through that list: the progress snapshot's writer and reader
/// (`ProgressSnapshotFormat`, the fast path for 150 MB files) and `Codable` (the journal, older
/// snapshots, `--json` output). A field is named and spelled in one place, and a new field is added
/// to every format at once. Each format keeps its own conventions (a snapshot writes a flag only
/// when it is on; `Codable` always writes it), which the visitors hold.
///
/// ```swift
/// mutating func visitFields<Visitor: FieldVisitor>(_ visitor: inout Visitor) throws {
///     try visitor.required("due", &due)
///     try visitor.optional("step", &step)
/// }
/// ```
@usableFromInline package protocol SavedRecord {
    /// What reading starts from: a field a file leaves out keeps its value here.
    static var blank: Self { get }
    /// Calls `visitor` once for each field, in the order the files write them. A writer takes each
    /// value; a reader sets the fields it finds.
    mutating func visitFields<Visitor: FieldVisitor>(_ visitor: inout Visitor) throws
}

/// A value a file spells as the name of one of its cases (a card's phase, a review's kind). The
/// snapshot reader finds the case by comparing the file's bytes with each name (`allCases`) rather
/// than by making a string and switching on it, which cost a tenth of loading a snapshot.
@usableFromInline package typealias SavedEnum = RawRepresentable<String> & CaseIterable & Codable

/// Goes through a `SavedRecord`'s fields: one method per kind of field, each given the field's
/// name and its value to write or to set. The kind says what a file may do: leave a `required`
/// field out (never), a `count` (for zero), an `optional` one (for none), a `flag` (for off), an
/// `identity` (when it was written before reviews had identities: a reader then sets nil).
@usableFromInline package protocol FieldVisitor {
    mutating func required(_ name: String, _ value: inout Date) throws
    mutating func required(_ name: String, _ value: inout Double) throws
    mutating func required(_ name: String, _ value: inout Bool) throws
    mutating func required(_ name: String, _ value: inout String) throws
    mutating func required(_ name: String, _ value: inout Rating) throws
    mutating func required(_ name: String, _ value: inout MachineID) throws
    mutating func required<Value: SavedEnum>(_ name: String, _ value: inout Value)
        throws
    mutating func required<Record: SavedRecord>(_ name: String, _ value: inout Record) throws
    mutating func count(_ name: String, _ value: inout Int) throws
    mutating func optional(_ name: String, _ value: inout Int?) throws
    mutating func optional(_ name: String, _ value: inout Double?) throws
    mutating func optional(_ name: String, _ value: inout Date?) throws
    mutating func optional(_ name: String, _ value: inout String?) throws
    mutating func optional<Value: SavedEnum>(_ name: String, _ value: inout Value?)
        throws
    mutating func optional<Record: SavedRecord>(_ name: String, _ value: inout Record?) throws
    mutating func flag(_ name: String, _ value: inout Bool) throws
    mutating func identity(_ name: String, _ value: inout ReviewID?) throws
    mutating func identity(_ name: String, _ value: inout MachineID?) throws
}
