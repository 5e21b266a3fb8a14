import GRDB
import GRDBSQLite
import LuaHost

/// The `db` library: read-only SQL over the whole database, for actors
/// whose scope is the district. Parameters are bound, never interpolated.
enum DatabaseLuaFunctions {
    static let declarations = [
        LuaFunctionDeclaration(
            "query", parameters: [LuaParameter("sql", "string"), LuaParameter("...", "any", "values bound to ? in order")],
            returns: "table[]", summary: "Runs a read-only query and returns every row as a table keyed by column."
        ) { call, session in
            let statement = try prepare(&call, session)
            let names = statement.columnNames
            var rows: [LuaValue] = []
            let cursor = try Row.fetchCursor(statement)
            while let row = try cursor.next() {
                var table = LuaTable()
                for (index, name) in names.enumerated() { table[name] = LuaValue(row[index] as DatabaseValue) }
                rows.append(.table(table))
            }
            call.push(.table(LuaTable(sequence: rows)))
        },
        LuaFunctionDeclaration(
            "rows", parameters: [LuaParameter("sql", "string"), LuaParameter("...", "any")],
            returns: "fun(): table?",
            summary: "Iterates the rows of a read-only query one at a time, without loading them all."
        ) { call, session in
            let statement = try prepare(&call, session)
            let keys = statement.columnNames.map { LuaInternedKey($0, in: call.state) }
            // Rows go from SQLite's column accessors straight onto the Lua stack:
            // no Row, no DatabaseValue, no Swift string per value.
            try call.pushIterator(in: session) { call in
                let handle = statement.sqliteStatement
                switch sqlite3_step(handle) {
                case SQLITE_DONE: return false
                case SQLITE_ROW: break
                default:
                    throw KernelError(.invalid, String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))),
                                      at: "db: \(statement.sql)")
                }
                call.pushTable(fieldCount: keys.count) { table in
                    for (index, key) in keys.enumerated() {
                        let column = Int32(index)
                        switch sqlite3_column_type(handle, column) {
                        case SQLITE_INTEGER: table.set(key, integer: sqlite3_column_int64(handle, column))
                        case SQLITE_FLOAT: table.set(key, number: sqlite3_column_double(handle, column))
                        case SQLITE_TEXT, SQLITE_BLOB:
                            let bytes = sqlite3_column_blob(handle, column)
                            let count = Int(sqlite3_column_bytes(handle, column))
                            if let bytes { table.set(key, bytes: bytes, count: count) } else { table.set(key, .string("")) }
                        default: break
                        }
                    }
                }
                return true
            }
        },
    ]

    /// A read-only statement with its arguments bound; refused for narrower scopes.
    private static func prepare(_ call: inout LuaCall, _ session: Session) throws -> Statement {
        guard session.scope.isWholeDatabase else {
            throw KernelError(.outOfScope, "db is only for actors whose scope is the whole district; "
                + "\(session.actor.name) sees part of it (use the modules' functions, which respect scope)")
        }
        let sql = try call.string(at: 1)
        let statement: Statement
        do {
            statement = try session.db.makeStatement(sql: sql)
        } catch let error as DatabaseError {
            throw KernelError(.invalid, error.message ?? "\(error)", at: "db: \(sql)")
        }
        guard statement.isReadonly else {
            throw KernelError(.readOnly, "db runs read-only SQL; change records through the modules' functions",
                              at: "db: \(sql)")
        }
        var arguments: [DatabaseValue] = []
        if call.argumentCount > 1 {
            for position in 2...call.argumentCount {
                let value = try call.value(at: position)
                if case .table = value { throw call.argumentError(position, "tables cannot be bound to SQL") }
                arguments.append(FieldValue.databaseValue(value))
            }
        }
        do {
            try statement.setArguments(StatementArguments(arguments))
        } catch let error as DatabaseError {
            throw KernelError(.invalid, error.message ?? "\(error)", at: "db: \(sql)")
        }
        return statement
    }
}
