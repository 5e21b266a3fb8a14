import GRDB
import GRDBSQLite
import LuaHost

/// Stops SQL when the run's Lua limits trip: the deadline, the memory cap or Ctrl-C.
///
/// The count hook never fires while SQLite works, so without this a `db.query` over a huge
/// join would outlive its time limit and ignore Ctrl-C. SQLite's progress handler asks every
/// 10,000 steps of its virtual machine (a few hundred microseconds); the statement then fails,
/// and the tripped limit, which is sticky, ends the run with its own message.
enum LongStatementGuard {
    /// Watches the statements of `db` for `state`'s limits until ``remove(from:)``.
    static func install(on db: Database, for state: LuaState) {
        sqlite3_progress_handler(db.sqliteConnection, 10_000, { context in
            guard let context else { return 0 }
            return Unmanaged<LuaState>.fromOpaque(context).takeUnretainedValue().limitTripped() ? 1 : 0
        }, Unmanaged.passUnretained(state).toOpaque())
    }

    static func remove(from db: Database) {
        sqlite3_progress_handler(db.sqliteConnection, 0, nil, nil)
    }
}
