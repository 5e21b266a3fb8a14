import GRDB
import LuaHost

extension RecordStore {
    // MARK: - Finding

    /// The record whose key (or id, for an integer) is `key`, if it lies in scope.
    public func find(_ type: RecordType, _ key: LuaValue) throws -> Record? {
        guard let (condition, argument) = Self.keyCondition(type, key) else { return nil }
        return try fetch(type, conditions: [condition], arguments: [argument], suffix: " LIMIT 1").first
    }

    /// The record a write may refer to: one in scope, or one placed above the
    /// scope (a district-level category is referable by a community actor).
    func findReferable(_ type: RecordType, _ key: LuaValue) throws -> Record? {
        if let record = try find(type, key) { return record }
        guard let root = session.scope.root, let (condition, argument) = Self.keyCondition(type, key) else { return nil }
        let sql = selectSQL(type, [condition, "? GLOB a.path || '*'"]) + " LIMIT 1"
        return try Row.fetchOne(session.db, sql: sql, arguments: [argument, root.path])
            .map { Self.record(type, from: $0) }
    }

    /// `t.id = ?` for an integer key, `t.KEY = ?` for a text one, with its argument.
    private static func keyCondition(_ type: RecordType, _ key: LuaValue) -> (String, DatabaseValue)? {
        switch key {
        case .integer(let id): ("t.id = ?", id.databaseValue)
        case .string(let text): ("t.\(type.key) = ?", text.databaseValue)
        default: nil
        }
    }

    /// Like ``find(_:_:)`` but throws a clear error when nothing is found.
    public func require(_ type: RecordType, _ key: LuaValue) throws -> Record {
        guard let record = try find(type, key) else {
            throw KernelError(.notFound, "no \(type.title) \(key.describedForError) in the scope of \(session.actor.name)")
        }
        return record
    }

    func requireRecord(_ type: RecordType, id: Int64) throws -> Record {
        guard let record = try fetch(type, conditions: ["t.id = ?"], arguments: [id.databaseValue], suffix: "").first
        else { throw KernelError(.notFound, "no \(type.title) #\(id)") }
        return record
    }

    // MARK: - Listing

    /// The records matching `query`, in scope.
    public func list(_ type: RecordType, _ query: RecordQuery = RecordQuery()) throws -> [Record] {
        try fetchCompiled(type, try compile(type, query))
    }

    /// How many records match `query`, in scope.
    public func count(_ type: RecordType, _ query: RecordQuery = RecordQuery()) throws -> Int {
        let (conditions, arguments, _) = try compile(type, query)
        let sql = "SELECT count(*) FROM \(type.table) t JOIN area a ON a.id = t.area_id WHERE "
            + conditions.joined(separator: " AND ")
        return try Int.fetchOne(session.db, sql: sql, arguments: StatementArguments(arguments)) ?? 0
    }

    /// A cursor over the records matching `query`, read one at a time.
    public func cursor(_ type: RecordType, _ query: RecordQuery = RecordQuery()) throws -> RecordCursor {
        let (conditions, arguments, suffix) = try compile(type, query)
        let rows = try Row.fetchCursor(session.db, sql: selectSQL(type, conditions) + suffix,
                                       arguments: StatementArguments(arguments))
        return RecordCursor(type: type, rows: rows)
    }

    // MARK: - SQL

    private func fetch(_ type: RecordType, conditions: [String], arguments: [DatabaseValue], suffix: String) throws
        -> [Record]
    {
        try Row.fetchAll(session.db, sql: selectSQL(type, conditions + ["a.path GLOB ?"]) + suffix,
                         arguments: StatementArguments(arguments + [session.scope.pathPattern.databaseValue]))
            .map { Self.record(type, from: $0) }
    }

    /// Like ``fetch(_:conditions:arguments:suffix:)`` for conditions that already hold the scope.
    private func fetchCompiled(_ type: RecordType, _ compiled: (conditions: [String], arguments: [DatabaseValue], suffix: String)) throws
        -> [Record]
    {
        try Row.fetchAll(session.db, sql: selectSQL(type, compiled.conditions) + compiled.suffix,
                         arguments: StatementArguments(compiled.arguments))
            .map { Self.record(type, from: $0) }
    }

    func selectSQL(_ type: RecordType, _ conditions: [String]) -> String {
        var columns = ["t.*", "a.code AS area__code", "a.name AS area__name"]
        for field in type.fields {
            switch field.kind {
            case .reference(let target):
                let targetKey = session.registry.recordType(named: target)?.key ?? "id"
                columns.append("(SELECT r.\(targetKey) FROM \(RecordType.table(of: target)) r WHERE r.id = t.\(field.name)) AS \(field.name)__key")
            case .references(let target):
                let targetKey = session.registry.recordType(named: target)?.key ?? "id"
                columns.append("""
                    (SELECT json_group_array(r.\(targetKey)) FROM \(type.linkTable(field)) l \
                    JOIN \(RecordType.table(of: target)) r ON r.id = l.target_id WHERE l.owner_id = t.id) AS \(field.name)__keys
                    """)
            default: break
            }
        }
        return "SELECT \(columns.joined(separator: ", ")) FROM \(type.table) t JOIN area a ON a.id = t.area_id WHERE "
            + conditions.joined(separator: " AND ")
    }

    private func compile(_ type: RecordType, _ query: RecordQuery) throws
        -> (conditions: [String], arguments: [DatabaseValue], suffix: String)
    {
        var conditions = ["a.path GLOB ?"]
        var arguments = [session.scope.pathPattern.databaseValue]
        if let code = query.area {
            conditions.append("a.id = ?")
            arguments.append((try session.geography.find(code)?.id ?? -1).databaseValue)
        }
        for (code, kind) in query.within {
            let area = try session.geography.find(code)
            if let kind, let area, area.kind != kind {
                throw KernelError(.invalid, "'\(code)' is a \(area.kind.chineseName), not a \(kind.chineseName)",
                                  at: type.plural)
            }
            conditions.append("a.path GLOB ?")
            arguments.append(((area?.path ?? "/none/") + "*").databaseValue)
        }
        for (name, given) in query.equals.sorted(by: { $0.key < $1.key }) {
            guard let field = type.field(name) else { continue }
            let value: LuaValue
            switch FieldValue.normalize(given, for: field) {
            case .success(let normalized): value = normalized
            case .failure(let problem): throw KernelError(.invalid, problem.reason, at: "\(type.plural) filter '\(name)'")
            }
            switch field.kind {
            case .reference(let target):
                let targetType = session.registry.recordType(named: target)
                conditions.append("t.\(name) IN (SELECT id FROM \(RecordType.table(of: target)) WHERE \(targetType?.key ?? "id") = ? OR id = ?)")
                arguments += [FieldValue.databaseValue(value), FieldValue.databaseValue(value)]
            case .references(let target):
                let targetType = session.registry.recordType(named: target)
                let key = value.tableValue?.sequence.first ?? value
                conditions.append("""
                    EXISTS (SELECT 1 FROM \(type.linkTable(field)) l JOIN \(RecordType.table(of: target)) r \
                    ON r.id = l.target_id WHERE l.owner_id = t.id AND (r.\(targetType?.key ?? "id") = ? OR r.id = ?))
                    """)
                arguments += [FieldValue.databaseValue(key), FieldValue.databaseValue(key)]
            default:
                if value == .nil {
                    conditions.append("t.\(name) IS NULL")
                } else {
                    conditions.append("t.\(name) = ?")
                    arguments.append(FieldValue.databaseValue(value))
                }
            }
        }
        var suffix = ""
        if let order = query.orderBy {
            let column = order == "area" ? "a.code" : "t.\(order)"
            suffix += " ORDER BY \(column)\(query.descending ? " DESC" : ""), t.id"
        } else {
            suffix += " ORDER BY t.id"
        }
        if let limit = query.limit { suffix += " LIMIT \(limit)" }
        return (conditions, arguments, suffix)
    }

    // MARK: - Rows to records

    static func record(_ type: RecordType, from row: Row) -> Record {
        var values: [String: LuaValue] = [
            "id": .integer(row["id"]),
            "area": .string(row["area__code"]),
            "area_name": .string(row["area__name"]),
        ]
        for field in type.fields {
            let value: LuaValue
            switch field.kind {
            case .boolean:
                let stored: Int64? = row[field.name]
                value = stored.map { .boolean($0 != 0) } ?? .nil
            case .reference:
                value = LuaValue(row[field.name + "__key"] as DatabaseValue)
            case .references:
                value = LuaValue(jsonText: row[field.name + "__keys"])
            default:
                value = LuaValue(row[field.name] as DatabaseValue)
            }
            if value != .nil { values[field.name] = value }
        }
        return Record(type: type.name, id: row["id"], values: values)
    }
}

extension LuaValue {
    /// A database value as Lua sees it (blobs become strings).
    init(_ databaseValue: DatabaseValue) {
        switch databaseValue.storage {
        case .null: self = .nil
        case .int64(let number): self = .integer(number)
        case .double(let number): self = .number(number)
        case .string(let text): self = .string(text)
        case .blob(let data): self = .string(String(decoding: data, as: UTF8.self))
        }
    }
}

/// Records read one at a time from the database.
public final class RecordCursor {
    let type: RecordType
    let rows: RowCursor

    init(type: RecordType, rows: RowCursor) {
        self.type = type
        self.rows = rows
    }

    /// The next record, or `nil` at the end.
    public func next() throws -> Record? {
        try rows.next().map { RecordStore.record(type, from: $0) }
    }
}
