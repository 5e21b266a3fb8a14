import GRDB
import LuaHost

/// Creates, changes, deletes and finds records of any declared type, as the
/// session's actor: scope-checked, validated, audited, and announced as
/// events (`org.company.created`, `….updated`, `….deleted`).
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
    @discardableResult
    public func create(_ type: RecordType, _ input: [String: LuaValue]) throws -> Record {
        try session.requireWrite()
        let place = Self.place(type, input[type.key])
        try rejectUnknownFields(type, input, place: place)
        let area = try placement(type, input["area"] ?? .nil, place: place)
        var columns: [String] = ["area_id"]
        var values: [DatabaseValue] = [area.id.databaseValue]
        var links: [(Field, [Int64])] = []
        var checked = input   // what a record-level check sees: the given fields, normalised
        for field in type.fields {
            let (value, stored) = try validated(field, input[field.name] ?? .nil, default: field.defaultValue, of: type,
                                                id: nil, place: place)
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
        try translatingConstraints(place) {
            try session.db.execute(sql: "INSERT INTO \(type.table) (\(columns.joined(separator: ", "))) VALUES (\(marks))",
                                   arguments: StatementArguments(values))
        }
        let id = session.db.lastInsertedRowID
        try writeLinks(type, id: id, links)
        let record = try requireRecord(type, id: id)
        try session.audit.record(.create, type: type.name, id: id, key: record.keyText(type), before: nil,
                                 after: record.luaValue)
        try session.emit("\(type.name).created", payload: ["record": record.luaValue])
        return record
    }

    /// Changes the given fields of the record with `key` (its key value or id).
    @discardableResult
    public func update(_ type: RecordType, _ key: LuaValue, _ changes: [String: LuaValue]) throws -> Record {
        try session.requireWrite()
        let before = try require(type, key)
        let place = Self.place(type, before[type.key])
        try rejectUnknownFields(type, changes, place: place)
        try session.scope.requireWrite(into: try areaOf(before), by: session.actor)
        var assignments: [String] = []
        var values: [DatabaseValue] = []
        var links: [(Field, [Int64])] = []
        if let newArea = changes["area"] {
            assignments.append("area_id = ?")
            values.append(try placement(type, newArea, place: place).id.databaseValue)
        }
        // What a record-level check sees: the record with the changes, normalised, over it.
        var checked = before.values.merging(changes) { _, changed in changed }
        for field in type.fields {
            guard let given = changes[field.name] else { continue }
            let (value, stored) = try validated(field, given, default: .nil, of: type, id: before.id, place: place)
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
            try translatingConstraints(place) {
                try session.db.execute(sql: "UPDATE \(type.table) SET \(assignments.joined(separator: ", ")) WHERE id = ?",
                                       arguments: StatementArguments(values + [before.id.databaseValue]))
            }
        }
        for (field, _) in links {
            try session.db.execute(sql: "DELETE FROM \(type.linkTable(field)) WHERE owner_id = ?", arguments: [before.id])
        }
        try writeLinks(type, id: before.id, links)
        let after = try requireRecord(type, id: before.id)
        try session.audit.record(.update, type: type.name, id: before.id, key: after.keyText(type),
                                 before: before.luaValue, after: after.luaValue)
        try session.emit("\(type.name).updated", payload: ["record": after.luaValue, "before": before.luaValue])
        return after
    }

    /// Deletes the record with `key`; refused while other records refer to it.
    public func delete(_ type: RecordType, _ key: LuaValue) throws {
        try session.requireWrite()
        let record = try require(type, key)
        try session.scope.requireWrite(into: try areaOf(record), by: session.actor)
        try translatingConstraints(Self.place(type, record[type.key]), reason: "other records still refer to it") {
            try session.db.execute(sql: "DELETE FROM \(type.table) WHERE id = ?", arguments: [record.id])
        }
        try session.audit.record(.delete, type: type.name, id: record.id, key: record.keyText(type),
                                 before: record.luaValue, after: nil)
        try session.emit("\(type.name).deleted", payload: ["record": record.luaValue])
    }

    // MARK: - Helpers for writing

    /// `物业企业 '淄川颐泽物业'`: how messages name a record.
    static func place(_ type: RecordType, _ key: LuaValue?) -> String {
        switch key {
        case .string(let text)?: "\(type.title) '\(text)'"
        case .integer(let number)?: "\(type.title) '\(number)'"
        default: "\(type.title) (\(type.name))"
        }
    }

    /// Runs a write, turning a constraint or trigger refusal into an error that names the record
    /// and says why (`reason`, else SQLite's message).
    private func translatingConstraints(_ place: String, reason: String? = nil, _ write: () throws -> Void) throws {
        do {
            try write()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw KernelError(.invalid, reason ?? error.message ?? "refused by a constraint", at: place)
        }
    }

    private func rejectUnknownFields(_ type: RecordType, _ input: [String: LuaValue], place: String) throws {
        for name in input.keys.sorted() where name != "area" && name != "id" && name != "area_name"
            && !type.fields.contains(where: { $0.name == name })
        {
            throw KernelError(.invalid, "unknown field '\(name)'", at: place)
        }
    }

    /// The area a record is placed in: in scope, of an allowed kind.
    private func placement(_ type: RecordType, _ value: LuaValue, place: String) throws -> Area {
        guard let code = value.stringValue ?? value.integerValue.map(String.init), !code.isEmpty else {
            throw KernelError(.invalid, "field 'area' (\(RecordType.areaLabel)) is required", at: place)
        }
        guard let area = try session.geography.find(code) else {
            throw KernelError(.notFound, "field 'area': no area '\(code)' in the scope of \(session.actor.name)",
                              at: place)
        }
        guard type.placement.contains(area.kind) else {
            let kinds = type.placement.map(\.chineseName).joined(separator: "/")
            throw KernelError(.invalid, "field 'area': a \(type.title) belongs in a \(kinds), not in \(area.name) (\(area.kind.chineseName))", at: place)
        }
        try session.scope.requireWrite(into: area, by: session.actor)
        return area
    }

    private enum StoredValue {
        case column(DatabaseValue)
        case links([Int64])
    }

    /// `given` for `field` normalised (an empty value takes `defaultValue`), and its stored form.
    private func validated(_ field: Field, _ given: LuaValue, default defaultValue: LuaValue, of type: RecordType,
                           id: Int64?, place: String) throws -> (value: LuaValue, stored: StoredValue)
    {
        let fieldPlace = "\(place), field '\(field.name)' (\(field.label))"
        var value: LuaValue
        switch FieldValue.normalize(given, for: field) {
        case .success(let normalized): value = normalized
        case .failure(let problem): throw KernelError(.invalid, problem.reason, at: fieldPlace)
        }
        if value == .nil { value = defaultValue }
        if value == .nil {
            if field.isRequired { throw KernelError(.invalid, "a value is required", at: fieldPlace) }
            return (value, field.kind.isMany ? .links([]) : .column(.null))
        }
        if let check = field.check, let reason = check(value) {
            throw KernelError(.invalid, reason, at: fieldPlace)
        }
        return (value, try stored(value, for: field, of: type, id: id, place: fieldPlace))
    }

    /// The stored form of a checked, non-empty `value`: references resolved, uniqueness checked.
    private func stored(_ value: LuaValue, for field: Field, of type: RecordType, id: Int64?, place fieldPlace: String)
        throws -> StoredValue
    {
        switch field.kind {
        case .reference(let target):
            return .column(try resolve(value, in: target, place: fieldPlace).databaseValue)
        case .references(let target):
            let ids = try (value.tableValue?.sequence ?? []).map { try resolve($0, in: target, place: fieldPlace) }
            return .links(Array(Set(ids)).sorted())
        default:
            let stored = FieldValue.databaseValue(value)
            if field.isUnique,
               let other = try Int64.fetchOne(session.db, sql: "SELECT id FROM \(type.table) WHERE \(field.name) = ?",
                                              arguments: [stored]), other != id
            {
                throw KernelError(.invalid, "\(value.describedForError) is already used by another \(type.title)",
                                  at: fieldPlace)
            }
            return .column(stored)
        }
    }

    /// The id of the record of type `target` with key (or id) `value`, in scope.
    private func resolve(_ value: LuaValue, in target: String, place: String) throws -> Int64 {
        guard let targetType = session.registry.recordType(named: target) else {
            throw KernelError(.invalid, "unknown record type \(target)", at: place)
        }
        guard let record = try findReferable(targetType, value) else {
            throw KernelError(.notFound, "no \(targetType.title) \(value.describedForError) in scope", at: place)
        }
        return record.id
    }

    private func writeLinks(_ type: RecordType, id: Int64, _ links: [(Field, [Int64])]) throws {
        for (field, targets) in links {
            for target in targets {
                try session.db.execute(sql: "INSERT INTO \(type.linkTable(field)) (owner_id, target_id) VALUES (?, ?)",
                                       arguments: [id, target])
            }
        }
    }

    private func areaOf(_ record: Record) throws -> Area {
        guard let code = record["area"].stringValue, let area = try session.geography.find(code) else {
            throw KernelError(.outOfScope, "the record's area is out of scope")
        }
        return area
    }
}
