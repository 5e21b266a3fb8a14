import Foundation
import GRDB
import LuaHost

/// The append-only record of every write: who, when, what, where, before and after.
///
/// Only this type appends, through the ``AuditGate``; the schema refuses any other insert, any
/// update or delete, and an insert that would not take the next id (`INSERT OR REPLACE`
/// included). Entries carry the area of the record they concern and are read like every other
/// record: an actor sees the entries of its scope.
public struct AuditLog {
    let session: Session

    /// What a write did.
    public enum Operation: String, Sendable {
        case create, update, delete, transition
    }

    /// One entry of the log.
    public struct Entry: Sendable, Equatable {
        /// Its number: entries are numbered in the order they were written.
        public var id: Int64
        /// When, in the district's time zone with its offset (`2023-02-27T09:30:00.000+08:00`).
        public var at: String
        /// Who.
        public var actor: String
        /// `create`, `update`, `delete` or `transition`.
        public var operation: String
        /// The record type (`org.company`, `area`, `actor`, `setting`).
        public var recordType: String
        /// The record's row id, when it has one.
        public var recordID: Int64?
        /// The record's key.
        public var recordKey: String?
        /// The record's area, by code.
        public var area: String?
        /// The record before the write.
        public var before: LuaValue
        /// The record after the write.
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
            if let area { table["area"] = .string(area) }
            return .table(table)
        }
    }

    /// Appends an entry for a write by the session's actor to the record placed at area `area`.
    public func record(_ operation: Operation, type: String, id: Int64?, key: String?, area: Int64?,
                       before: LuaValue?, after: LuaValue?) throws {
        try session.auditGate.open {
            try session.db.execute(sql: """
                INSERT INTO audit_log (at, actor, operation, record_type, record_id, record_key, area_id, before, after)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [session.clock.timestamp(), session.actor.name, operation.rawValue, type, id, key,
                                 area, before?.jsonText, after?.jsonText])
        }
    }

    /// Entries in the actor's scope, newest first, optionally for one record type, key or actor.
    ///
    /// Entries placed nowhere (a setting) are the district's: only an actor whose scope is the
    /// whole district sees them.
    public func entries(type: String? = nil, key: String? = nil, actor: String? = nil, limit: Int = 100) throws
        -> [Entry]
    {
        var conditions = ["(l.area_id IS NULL AND ?) OR a.path GLOB ?"]
        var arguments: StatementArguments = [session.scope.isWholeDatabase, session.scope.pathPattern]
        if let type { conditions.append("l.record_type = ?"); arguments += [type] }
        if let key { conditions.append("l.record_key = ?"); arguments += [key] }
        if let actor { conditions.append("l.actor = ?"); arguments += [actor] }
        let rows = try Row.fetchAll(session.db, sql: """
            SELECT l.*, a.code AS area_code FROM audit_log l LEFT JOIN area a ON a.id = l.area_id
            WHERE \(conditions.map { "(\($0))" }.joined(separator: " AND ")) ORDER BY l.id DESC LIMIT ?
            """, arguments: arguments + [limit])
        let zone = try session.settings.value("kernel.time_zone").stringValue.flatMap(TimeZone.init(identifier:))
            ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current
        return rows.map { row in
            Entry(id: row["id"], at: Self.local(row["at"], in: zone), actor: row["actor"], operation: row["operation"],
                  recordType: row["record_type"], recordID: row["record_id"], recordKey: row["record_key"],
                  area: row["area_code"], before: LuaValue(jsonText: row["before"]), after: LuaValue(jsonText: row["after"]))
        }
    }

    /// A stored UTC time stamp (`…Z`) shown in `zone` with its offset; other text unchanged.
    static func local(_ stamp: String, in zone: TimeZone) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = formatter.date(from: stamp) else { return stamp }
        formatter.timeZone = zone
        return formatter.string(from: date)
    }
}
