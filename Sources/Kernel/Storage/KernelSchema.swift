import GRDB

/// The kernel's own tables: the area tree, actors, the audit log and settings.
enum KernelSchema {
    /// The migration identifier of the kernel's first schema.
    static let migrationName = "kernel.v1"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE area (
              id INTEGER PRIMARY KEY,
              code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
              name TEXT NOT NULL CHECK (length(name) > 0),
              kind TEXT NOT NULL CHECK (kind IN (\(AreaKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")))),
              parent_id INTEGER REFERENCES area(id) ON DELETE RESTRICT,
              path TEXT NOT NULL UNIQUE
            ) STRICT;
            CREATE INDEX area_parent ON area(parent_id);

            CREATE TABLE actor (
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
              role TEXT NOT NULL,
              scope_area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
              can_write INTEGER NOT NULL DEFAULT 1 CHECK (can_write IN (0, 1))
            ) STRICT;

            CREATE TABLE audit_log (
              id INTEGER PRIMARY KEY,
              at TEXT NOT NULL,
              actor TEXT NOT NULL,
              operation TEXT NOT NULL,
              record_type TEXT NOT NULL,
              record_id INTEGER,
              record_key TEXT,
              before TEXT,
              after TEXT
            ) STRICT;
            CREATE INDEX audit_log_record ON audit_log(record_type, record_id);
            CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
              BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
              BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

            CREATE TABLE setting (
              key TEXT PRIMARY KEY,
              value TEXT NOT NULL
            ) STRICT;
            """)
    }
}
