import GRDB
import LuaHost

/// What a write checks before it touches a table: the writer's right to it, the fields, the
/// placement, each value, and the references.
extension RecordStore {
    /// Refuses a generated writer the policy closes, and a change to a field only the module's
    /// services set; `settings` are the fields the writer would set to something new.
    func enforce(_ access: WritePolicy.Access, on type: RecordType, by writer: RecordWriter, key: LuaValue?,
                 settings: [String: LuaValue]) throws {
        guard case .generated(let function) = writer else { return }
        if case .closed(let instead) = access {
            throw KernelError(.readOnly, "\(function) is not available for \(type.title) records; use \(instead)",
                              record: type, key: key)
        }
        for name in settings.keys.sorted() {
            guard let instead = type.policy.serviceFields[name] else { continue }
            throw KernelError(.readOnly, "\(function) cannot set this field; use \(instead)", record: type, key: key,
                              field: type.field(name))
        }
    }

    /// Runs a write, turning a constraint or trigger refusal into an error that names the record
    /// and says why (`reason`, else SQLite's message).
    func translatingConstraints(_ type: RecordType, key: LuaValue?, reason: String? = nil,
                                _ write: () throws -> Void) throws {
        do {
            try write()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw KernelError(.invalid, reason ?? error.message ?? "refused by a constraint", record: type, key: key)
        }
    }

    func rejectUnknownFields(_ type: RecordType, _ input: [String: LuaValue], key: LuaValue?) throws {
        for name in input.keys.sorted() where name != "area" && name != "id" && name != "area_name"
            && !type.fields.contains(where: { $0.name == name })
        {
            throw KernelError(.invalid, "unknown field '\(name)'", record: type, key: key)
        }
    }

    /// The area a record is placed in: in scope, of an allowed kind.
    func placement(_ type: RecordType, _ value: LuaValue, key: LuaValue?) throws -> Area {
        guard let code = value.stringValue ?? value.integerValue.map(String.init), !code.isEmpty else {
            throw KernelError(.invalid, "field 'area' (\(RecordType.areaLabel)) is required", record: type, key: key)
        }
        guard let area = try session.geography.find(code) else {
            throw KernelError(.notFound, "field 'area': no area '\(code)' in the scope of \(session.actor.name)",
                              record: type, key: key)
        }
        guard type.placement.contains(area.kind) else {
            let kinds = type.placement.map(\.chineseName).joined(separator: "/")
            throw KernelError(.invalid, "field 'area': a \(type.title) belongs in a \(kinds), "
                + "not in \(area.name) (\(area.kind.chineseName))", record: type, key: key)
        }
        try session.scope.requireWrite(into: area, by: session.actor)
        return area
    }

    enum StoredValue {
        case column(DatabaseValue)
        case links([Int64])
    }

    /// `given` for `field` normalised (an empty value takes `defaultValue`), and its stored form.
    func validated(_ field: Field, _ given: LuaValue, default defaultValue: LuaValue, of type: RecordType,
                   id: Int64?, key: LuaValue?) throws -> (value: LuaValue, stored: StoredValue)
    {
        func problem(_ reason: String, _ kind: KernelError.Kind = .invalid) -> KernelError {
            KernelError(kind, reason, record: type, key: key, field: field)
        }
        var value: LuaValue
        switch FieldValue.normalize(given, for: field) {
        case .success(let normalized): value = normalized
        case .failure(let failure): throw problem(failure.reason)
        }
        if value == .nil { value = defaultValue }
        if value == .nil {
            if field.isRequired { throw problem("a value is required") }
            return (value, field.kind.isMany ? .links([]) : .column(.null))
        }
        if let check = field.check, let reason = check(value) { throw problem(reason) }
        switch field.kind {
        case .reference(let target):
            return (value, .column(try resolve(value, in: target, problem: problem).databaseValue))
        case .references(let target):
            let ids = try (value.tableValue?.sequence ?? []).map { try resolve($0, in: target, problem: problem) }
            return (value, .links(Array(Set(ids)).sorted()))
        default:
            let stored = FieldValue.databaseValue(value)
            if field.isUnique,
               let other = try Int64.fetchOne(session.db, sql: "SELECT id FROM \(type.table) WHERE \(field.name) = ?",
                                              arguments: [stored]), other != id
            {
                throw problem("\(value.describedForError) is already used by another \(type.title)")
            }
            return (value, .column(stored))
        }
    }

    /// The id of the record of type `target` with key (or id) `value`, in scope.
    private func resolve(_ value: LuaValue, in target: String, problem: (String, KernelError.Kind) -> KernelError)
        throws -> Int64
    {
        guard let targetType = session.registry.recordType(named: target) else {
            throw problem("unknown record type \(target)", .invalid)
        }
        guard let record = try findReferable(targetType, value) else {
            throw problem("no \(targetType.title) \(value.describedForError) in scope", .notFound)
        }
        return record.id
    }

    func writeLinks(_ type: RecordType, id: Int64, _ links: [(Field, [Int64])]) throws {
        for (field, targets) in links {
            for target in targets {
                try session.db.execute(sql: "INSERT INTO \(type.linkTable(field)) (owner_id, target_id) VALUES (?, ?)",
                                       arguments: [id, target])
            }
        }
    }

    func areaOf(_ record: Record) throws -> Area {
        guard let code = record["area"].stringValue, let area = try session.geography.find(code) else {
            throw KernelError(.outOfScope, "the record's area is out of scope")
        }
        return area
    }
}
