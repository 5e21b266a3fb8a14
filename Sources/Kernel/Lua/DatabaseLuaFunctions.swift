import CRowIterator
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
            let handle = statement.sqliteStatement
            let status = try call.pushNative(results: 1) { row_push_all($0, handle) }
            guard status == SQLITE_DONE else {
                throw KernelError(.invalid, String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))),
                                  at: "db: \(statement.sql)")
            }
        },
        LuaFunctionDeclaration(
            "rows", parameters: [LuaParameter("sql", "string"), LuaParameter("...", "any")],
            returns: "fun(): table?",
            summary: "Iterates the rows of a read-only query one at a time, without loading them all."
        ) { call, session in
            try pushCursor(&call, session, shape: ROW_AS_TABLE)
        },
        LuaFunctionDeclaration(
            "values", parameters: [LuaParameter("sql", "string"), LuaParameter("...", "any")],
            returns: "fun(): integer?, any",
            summary: "Iterates the rows of a read-only query as values: the row number, then each column "
                + "(NULL as nil). No table per row: the quickest way through millions of rows."
        ) { call, session in
            try pushCursor(&call, session, shape: ROW_AS_VALUES)
        },
    ]

    /// Pushes the iterator of `db.rows` or `db.values`; it ends with the run.
    private static func pushCursor(_ call: inout LuaCall, _ session: Session, shape: RowShape) throws {
        let statement = try prepare(&call, session)
        let host = try session.requireScriptHost(for: "an iterator")
        // The iterator is C (row_iterator.c): a million-row loop makes no Swift call per row.
        let cursor = try call.pushNative(results: 1) { row_cursor_push($0, statement.sqliteStatement, shape) }
        // The statement lives until the run ends, or until its rows have ended (a loop over
        // db.rows inside another loop then holds one statement at a time, not one per pass).
        host.hold(RunResource(isDone: { row_cursor_exhausted(cursor) != 0 }) { [state = call.state] in
            state.withNativeState { row_cursor_close($0, cursor) }
            withExtendedLifetime(statement) {}
        })
    }

    private static let queryKeywords: Set<String> = ["SELECT", "WITH", "VALUES", "EXPLAIN"]

    /// The first word of `sql` in capitals, after blanks and comments.
    private static func leadingKeyword(of sql: String) -> String {
        var rest = Substring(sql)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return "" }
                rest = rest[end.upperBound...]
            } else {
                return rest.prefix { $0.isLetter }.uppercased()
            }
        }
    }

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
        // SQLite calls BEGIN, COMMIT, SAVEPOINT, ATTACH and the like read-only too: they would
        // end the run's transaction early or open other files.
        guard statement.isReadonly, queryKeywords.contains(leadingKeyword(of: sql)) else {
            throw KernelError(.readOnly, "db runs read-only queries (SELECT, WITH, VALUES, EXPLAIN); "
                + "change records through the modules' functions", at: "db: \(sql)")
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
