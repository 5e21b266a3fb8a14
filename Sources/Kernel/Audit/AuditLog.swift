import Foundation
import GRDB
import LuaHost

/// The append-only record of every write: who, when, what, before and after.
///
/// Triggers in the schema refuse any `UPDATE` or `DELETE` of the log, so
/// nothing in the program (nor a script) can change or erase an entry.
public struct AuditLog {
    let session: Session

    /// What a write did.
    public enum Operation: String, Sendable {
        case create, update, delete
    }

    /// One entry of the log.
    public struct Entry: Sendable, Equatable {
        public var id: Int64
        public var at: String
        public var actor: String
        public var operation: String
        public var recordType: String
        public var recordID: Int64?
        public var recordKey: String?
        public var before: LuaValue
        public var after: LuaValue

        /// The entry as a Lua table.
        public var luaValue: LuaValue {
            var table = LuaTable([
                "id": .integer(id), "at": .string(at), "actor": .string(actor),
                "operation": .string(operation), "type": .string(recordType),
                "before": before, "after": after,
            ])
            if let recordID { table["record_id"] = .integer(recordID) }
            if let recordKey { table["key"] = .string(recordKey) }
            return .table(table)
        }
    }

    /// Appends an entry for a write by the session's actor.
    public func record(_ operation: Operation, type: String, id: Int64?, key: String?,
                       before: LuaValue?, after: LuaValue?) throws {
        try session.db.execute(sql: """
            INSERT INTO audit_log (at, actor, operation, record_type, record_id, record_key, before, after)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [session.clock.timestamp(), session.actor.name, operation.rawValue, type, id, key,
                             before?.jsonText, after?.jsonText])
    }

    /// Entries, newest first, optionally for one record type or record key.
    public func entries(type: String? = nil, key: String? = nil, actor: String? = nil, limit: Int = 100) throws
        -> [Entry]
    {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let type { conditions.append("record_type = ?"); arguments += [type] }
        if let key { conditions.append("record_key = ?"); arguments += [key] }
        if let actor { conditions.append("actor = ?"); arguments += [actor] }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let rows = try Row.fetchAll(session.db, sql: "SELECT * FROM audit_log\(filter) ORDER BY id DESC LIMIT ?",
                                    arguments: arguments + [limit])
        return rows.map { row in
            Entry(id: row["id"], at: row["at"], actor: row["actor"], operation: row["operation"],
                  recordType: row["record_type"], recordID: row["record_id"], recordKey: row["record_key"],
                  before: LuaValue(jsonText: row["before"]), after: LuaValue(jsonText: row["after"]))
        }
    }
}
