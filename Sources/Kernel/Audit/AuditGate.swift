import GRDB

/// The one door into the audit log.
///
/// The schema refuses every insert into `audit_log` unless the SQL function
/// `redprop_audit_writer()` answers true, and only ``AuditLog`` (and the migrator) open the gate,
/// for the one statement that appends an entry. A module's SQL, a script, or the `sqlite3` shell
/// on the file (where the function does not exist) cannot add, change or remove an entry.
// @unchecked Sendable: `isOpen` is read and written only on the connection's queue, inside a
// database access, which GRDB serializes.
final class AuditGate: @unchecked Sendable {
    private var isOpen = false

    /// The SQL function the audit log's triggers call.
    static let functionName = "redprop_audit_writer"

    /// Adds the gate's SQL function to a connection.
    func install(on db: Database) {
        db.add(function: DatabaseFunction(Self.functionName, argumentCount: 0, pure: false) { [self] _ in
            isOpen
        })
    }

    /// Runs `work` with the gate open.
    func open<T>(_ work: () throws -> T) rethrows -> T {
        isOpen = true
        defer { isOpen = false }
        return try work()
    }
}
