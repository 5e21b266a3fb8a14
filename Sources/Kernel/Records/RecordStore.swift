import GRDB
import LuaHost

/// Creates, changes, deletes and finds records of any declared type, as the
/// session's actor: scope-checked, validated, audited, and announced as
/// events (`org.company.created`, `….updated`, `….deleted`).
///
/// Each write runs in a savepoint with its in-transaction event handlers: a veto, a failing
/// handler or any other error undoes the write and everything its handlers did, whether or not
/// the caller catches the error.
///
/// ```swift
/// let company = try session.records.create(Organization.company, [
///     "credit_code": "91370302MA3C01037M", "name": "淄川颐泽物业", "area": "370302001001",
/// ])
/// ```
public struct RecordStore {
    let session: Session

    // MARK: - Writing

    /// Stores a new record; every field is validated first and nothing is written on error.
    ///
    /// - Parameter writer: `.service` for a module's own code; a generated writer (Lua, CSV
    ///   import) is bound by the type's ``WritePolicy``.
    @discardableResult
    public func create(_ type: RecordType, _ input: [String: LuaValue], by writer: RecordWriter = .service) throws
        -> Record
    {
        try session.requireWrite()
        try enforce(type.policy.create, on: type, by: writer, key: input[type.key], settings: [:])
        if case .generated = writer, let creator = type.policy.creator { return try creator(session, input) }
        try enforce(.open, on: type, by: writer, key: input[type.key],
                    settings: input.filter { $0.value != .nil && $0.value != type.field($0.key)?.defaultValue })
        try rejectUnknownFields(type, input, key: input[type.key])
        return try session.atomically {
            let area = try placement(type, input["area"] ?? .nil, key: input[type.key])
            var columns: [String] = ["area_id"]
            var values: [DatabaseValue] = [area.id.databaseValue]
            var links: [(Field, [Int64])] = []
            var checked = input   // what a record-level check sees: the given fields, normalised
            for field in type.fields {
                let (value, stored) = try validated(field, input[field.name] ?? .nil, default: field.defaultValue,
                                                    of: type, id: nil, key: input[type.key])
                if input[field.name] != nil { checked[field.name] = value }
                switch stored {
                case .column(let stored):
                    columns.append(field.name)
                    values.append(stored)
                case .links(let ids): links.append((field, ids))
                }
            }
            if let validate = type.validate { try validate(checked, nil, session) }
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            try translatingConstraints(type, key: input[type.key]) {
                try session.db.execute(sql: "INSERT INTO \(type.table) (\(columns.joined(separator: ", "))) VALUES (\(marks))",
                                       arguments: StatementArguments(values))
            }
            let id = session.db.lastInsertedRowID
            try writeLinks(type, id: id, links)
            let record = try requireRecord(type, id: id)
            try session.audit.record(.create, type: type.name, id: id, key: record.keyText(type), area: area.id,
                                     before: nil, after: record.luaValue)
            try session.emit("\(type.name).created", payload: ["record": record.luaValue])
            return record
        }
    }

    /// Changes the given fields of the record with `key` (its key value or id).
    @discardableResult
    public func update(_ type: RecordType, _ key: LuaValue, _ changes: [String: LuaValue],
                       by writer: RecordWriter = .service) throws -> Record
    {
        try session.requireWrite()
        let before = try require(type, key)
        try enforce(type.policy.update, on: type, by: writer, key: before[type.key],
                    settings: changes.filter { $0.value != before[$0.key] })
        try rejectUnknownFields(type, changes, key: before[type.key])
        let beforeArea = try areaOf(before)
        try session.scope.requireWrite(into: beforeArea, by: session.actor)
        return try session.atomically {
            var assignments: [String] = []
            var values: [DatabaseValue] = []
            var links: [(Field, [Int64])] = []
            var areaID = beforeArea.id
            if let newArea = changes["area"] {
                areaID = try placement(type, newArea, key: before[type.key]).id
                assignments.append("area_id = ?")
                values.append(areaID.databaseValue)
            }
            // What a record-level check sees: the record with the changes, normalised, over it.
            var checked = before.values.merging(changes) { _, changed in changed }
            for field in type.fields {
                guard let given = changes[field.name] else { continue }
                let (value, stored) = try validated(field, given, default: .nil, of: type, id: before.id,
                                                    key: before[type.key])
                checked[field.name] = value
                switch stored {
                case .column(let stored):
                    assignments.append("\(field.name) = ?")
                    values.append(stored)
                case .links(let ids): links.append((field, ids))
                }
            }
            if let validate = type.validate { try validate(checked, before, session) }
            if !assignments.isEmpty {
                try translatingConstraints(type, key: before[type.key]) {
                    try session.db.execute(
                        sql: "UPDATE \(type.table) SET \(assignments.joined(separator: ", ")) WHERE id = ?",
                        arguments: StatementArguments(values + [before.id.databaseValue]))
                }
            }
            for (field, _) in links {
                try session.db.execute(sql: "DELETE FROM \(type.linkTable(field)) WHERE owner_id = ?",
                                       arguments: [before.id])
            }
            try writeLinks(type, id: before.id, links)
            let after = try requireRecord(type, id: before.id)
            try session.audit.record(.update, type: type.name, id: before.id, key: after.keyText(type), area: areaID,
                                     before: before.luaValue, after: after.luaValue)
            try session.emit("\(type.name).updated", payload: ["record": after.luaValue, "before": before.luaValue])
            return after
        }
    }

    /// Deletes the record with `key`; refused while other records refer to it.
    public func delete(_ type: RecordType, _ key: LuaValue, by writer: RecordWriter = .service) throws {
        try session.requireWrite()
        let record = try require(type, key)
        try enforce(type.policy.delete, on: type, by: writer, key: record[type.key], settings: [:])
        let area = try areaOf(record)
        try session.scope.requireWrite(into: area, by: session.actor)
        try session.atomically {
            try translatingConstraints(type, key: record[type.key], reason: "other records still refer to it") {
                try session.db.execute(sql: "DELETE FROM \(type.table) WHERE id = ?", arguments: [record.id])
            }
            try session.audit.record(.delete, type: type.name, id: record.id, key: record.keyText(type), area: area.id,
                                     before: record.luaValue, after: nil)
            try session.emit("\(type.name).deleted", payload: ["record": record.luaValue])
        }
    }
}
