import GRDB

extension RecordType {
    /// Creates the record type's STRICT table, its link tables and indexes.
    ///
    /// Call it from the module's first migration; later changes to a type
    /// need a migration of their own.
    public func createTables(_ db: Database) throws {
        var columns = [
            "id INTEGER PRIMARY KEY",
            "area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT",
        ]
        for field in fields where !field.kind.isMany {
            var column = "\(field.name) \(field.kind.columnType)"
            if field.isRequired { column += " NOT NULL" }
            if field.isUnique { column += " UNIQUE" }
            switch field.kind {
            case .boolean: column += " CHECK (\(field.name) IN (0, 1))"
            case .date: column += " CHECK (\(field.name) IS NULL OR date(\(field.name)) IS \(field.name))"
            case .choice(let choices):
                let values = choices.map { "'\($0.value)'" }.joined(separator: ", ")
                column += " CHECK (\(field.name) IS NULL OR \(field.name) IN (\(values)))"
            case .reference(let target):
                column += " REFERENCES \(Self.table(of: target))(id) ON DELETE RESTRICT"
            default: break
            }
            columns.append(column)
        }
        try db.execute(sql: "CREATE TABLE \(table) (\n  \(columns.joined(separator: ",\n  "))\n) STRICT")
        try db.execute(sql: "CREATE INDEX \(table)__area_idx ON \(table)(area_id)")
        for field in fields {
            switch field.kind {
            case .reference:
                try db.execute(sql: "CREATE INDEX \(table)__\(field.name)_idx ON \(table)(\(field.name))")
            case .references(let target):
                try db.execute(sql: """
                    CREATE TABLE \(linkTable(field)) (
                      owner_id INTEGER NOT NULL REFERENCES \(table)(id) ON DELETE CASCADE,
                      target_id INTEGER NOT NULL REFERENCES \(Self.table(of: target))(id) ON DELETE RESTRICT,
                      PRIMARY KEY (owner_id, target_id)
                    ) STRICT, WITHOUT ROWID
                    """)
                try db.execute(sql: "CREATE INDEX \(linkTable(field))__target_idx ON \(linkTable(field))(target_id)")
            default: break
            }
        }
    }

    /// The table of the record type named `name`.
    static func table(of name: String) -> String { name.replacingOccurrences(of: ".", with: "_") }
}

extension FieldKind {
    /// Whether the field links to several records (stored in a link table).
    var isMany: Bool {
        if case .references = self { return true }
        return false
    }
}
