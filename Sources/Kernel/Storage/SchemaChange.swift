import GRDB

/// Schema changes a module's migration makes with literal SQL, and the kernel's help where
/// SQLite needs several steps.
///
/// ```swift
/// Migration("org.v2") { db in
///     try SchemaChange.addColumn(db, table: "org_company", "exited_on TEXT CHECK (exited_on IS NULL OR date(exited_on) IS exited_on)")
///     try SchemaChange.rebuildTable(db, "org_party_organization", as: """
///         CREATE TABLE org_party_organization ( … ) STRICT
///         """)
/// }
/// ```
public enum SchemaChange {
    /// Adds a column; `definition` as in `CREATE TABLE` (`exited_on TEXT`).
    public static func addColumn(_ db: Database, table: String, _ definition: String) throws {
        try db.execute(sql: "ALTER TABLE \(table) ADD COLUMN \(definition)")
    }

    /// Rebuilds `table` as `createSQL` declares it: SQLite's way to drop a constraint or change a
    /// column. The rows are copied over (the columns both versions have), and the table's own
    /// indexes and triggers are made again.
    ///
    /// Run it inside a migration, whose foreign keys are checked after it ends. `createSQL` must
    /// start with `CREATE TABLE <table>`; a trigger elsewhere that names the table keeps working.
    public static func rebuildTable(_ db: Database, _ table: String, as createSQL: String) throws {
        let prefix = "CREATE TABLE \(table) "
        guard createSQL.hasPrefix(prefix) else {
            throw KernelError(.database, "the new definition must start with '\(prefix)'", at: "rebuild of \(table)")
        }
        let staging = "\(table)__rebuilt"
        let companions = try String.fetchAll(db, sql: """
            SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL
            ORDER BY rowid
            """, arguments: [table])
        try db.execute(sql: "CREATE TABLE \(staging) " + createSQL.dropFirst(prefix.count))
        let old = Set(try db.columns(in: table).map(\.name))
        let shared = try db.columns(in: staging).map(\.name).filter(old.contains).joined(separator: ", ")
        try db.execute(sql: """
            INSERT INTO \(staging) (\(shared)) SELECT \(shared) FROM \(table);
            DROP TABLE \(table);
            ALTER TABLE \(staging) RENAME TO \(table);
            """)
        for companion in companions { try db.execute(sql: companion) }
    }
}
