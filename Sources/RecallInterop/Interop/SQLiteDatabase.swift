import CSQLite
import Foundation

/// A small wrapper over the system SQLite3, enough to write and read an Anki collection.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    let path: String

    /// Opens (creating) a database to write, or with `readOnly` one to read, which is never changed.
    init(path: String, readOnly: Bool = false) throws(InteropError) {
        self.path = path
        let flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            throw .sqlite(path: path, message: message)
        }
    }

    /// Opens a database from an untrusted file to read it with bounded cost: read-only and
    /// immutable (no journal, no locks, no hidden files beside it), defensive, with triggers and
    /// views off, limits on every statement (`recall_sqlite_harden`), temporary tables in memory,
    /// and every statement stopped once `deadline` has passed.
    init(untrustedPath path: String, maximumLength: Int, deadline: Date) throws(InteropError) {
        self.path = path
        var components = URLComponents()
        components.scheme = "file"
        components.path = path
        components.queryItems = [
            URLQueryItem(name: "mode", value: "ro"), URLQueryItem(name: "immutable", value: "1"),
        ]
        let uri = components.string ?? "file:\(path)?mode=ro&immutable=1"
        guard sqlite3_open_v2(uri, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nil) == SQLITE_OK,
            recall_sqlite_harden(handle, Int32(clamping: maximumLength)) == SQLITE_OK
        else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            handle = nil
            throw .sqlite(path: path, message: message)
        }
        let box = Unmanaged.passRetained(DeadlineBox(deadline))
        deadlineBox = box
        sqlite3_progress_handler(
            handle, 10_000,
            { context in
                guard let context else { return 0 }
                return Unmanaged<DeadlineBox>.fromOpaque(context).takeUnretainedValue().passed ? 1 : 0
            }, box.toOpaque())
        try execute("pragma temp_store = memory")
    }

    /// The deadline the progress handler reads; released with the database.
    private var deadlineBox: Unmanaged<DeadlineBox>?

    final class DeadlineBox {
        let deadline: Date
        init(_ deadline: Date) { self.deadline = deadline }
        var passed: Bool { Date() > deadline }
    }

    /// Changes the longest string, blob or row a statement may read; a longer one fails the
    /// statement (`SQLITE_TOOBIG`) before it is read into memory.
    func limitLength(to bytes: Int) {
        sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, Int32(clamping: bytes))
    }

    /// The result code of the last statement that failed (`SQLITE_TOOBIG`, `SQLITE_INTERRUPT`, …).
    private(set) var lastFailure: Int32 = SQLITE_OK

    deinit {
        sqlite3_close(handle)
        deadlineBox?.release()
    }

    func execute(_ sql: String) throws(InteropError) {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? "error"
            sqlite3_free(error)
            throw .sqlite(path: path, message: message)
        }
    }

    /// A value to bind to a statement's parameter.
    enum Value {
        case integer(Int64)
        case text(String)
    }

    /// Runs an insert (or any statement without results) once per row of values.
    func run(_ sql: String, rows: [[Value]]) throws(InteropError) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw .sqlite(path: path, message: String(cString: sqlite3_errmsg(handle)))
        }
        defer { sqlite3_finalize(statement) }
        for row in rows {
            sqlite3_reset(statement)
            for (index, value) in row.enumerated() {
                switch value {
                case .integer(let number): sqlite3_bind_int64(statement, Int32(index + 1), number)
                case .text(let text): recall_sqlite_bind_text(statement, Int32(index + 1), text)
                }
            }
            guard sqlite3_step(statement) == SQLITE_DONE else {
                throw .sqlite(path: path, message: String(cString: sqlite3_errmsg(handle)))
            }
        }
    }

    /// Every row of a query, each column as text (nil for NULL).
    func query(_ sql: String) throws(InteropError) -> [[String?]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            lastFailure = sqlite3_errcode(handle)
            throw .sqlite(path: path, message: String(cString: sqlite3_errmsg(handle)))
        }
        defer { sqlite3_finalize(statement) }
        var rows: [[String?]] = []
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else {
                lastFailure = sqlite3_errcode(handle)
                throw .sqlite(path: path, message: String(cString: sqlite3_errmsg(handle)))
            }
            let columns = sqlite3_column_count(statement)
            rows.append(
                (0..<columns).map { column in
                    sqlite3_column_text(statement, column).map { String(cString: $0) }
                })
        }
        return rows
    }
}
