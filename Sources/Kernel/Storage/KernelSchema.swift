import GRDB

/// The kernel's own tables: the area tree, actors, the audit log, settings and workflow history.
///
/// Each migration is frozen as it was released: never derived from today's declarations.
enum KernelSchema {
    /// The kernel's migrations, oldest first.
    static let migrations = [
        Migration("kernel.v1", sql: v1),
        Migration("kernel.v2") { db in try v2(db) },
    ]

    /// `kernel.v1` (0.1.0): areas, actors, the audit log and settings.
    static let v1 = """
        CREATE TABLE area (
          id INTEGER PRIMARY KEY,
          code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
          name TEXT NOT NULL CHECK (length(name) > 0),
          kind TEXT NOT NULL CHECK (kind IN ('district', 'street', 'community', 'grid', 'micro_grid', 'building', 'compound')),
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
        """

    /// `kernel.v2` (0.2.0): audit entries carry their record's area (filled in for earlier
    /// entries from the area code their record had), only the audit writer may append, ids only
    /// grow; the workflow history.
    static func v2(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER audit_log_is_append_only_update;
            ALTER TABLE audit_log ADD COLUMN area_id INTEGER;
            UPDATE audit_log SET area_id = CASE record_type
                WHEN 'area' THEN (SELECT id FROM area WHERE code = audit_log.record_key)
                WHEN 'actor' THEN (SELECT id FROM area
                                   WHERE code = coalesce(json_extract(after, '$.scope'), json_extract(before, '$.scope')))
                ELSE (SELECT id FROM area
                      WHERE code = coalesce(json_extract(after, '$.area'), json_extract(before, '$.area')))
              END;
            CREATE INDEX audit_log_area ON audit_log(area_id);
            CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
              BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER audit_log_only_by_its_writer BEFORE INSERT ON audit_log
              WHEN NOT redprop_audit_writer()
                OR (NEW.id <> -1 AND NEW.id <= coalesce((SELECT max(id) FROM audit_log), 0))
              BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: only redprop adds entries, each with the next number'); END;
            CREATE TRIGGER audit_log_ids_only_grow AFTER INSERT ON audit_log
              WHEN NEW.id < (SELECT max(id) FROM audit_log)
              BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: only redprop adds entries, each with the next number'); END;

            CREATE TABLE workflow_transition (
              id INTEGER PRIMARY KEY,
              workflow TEXT NOT NULL,
              record_type TEXT NOT NULL,
              record_id INTEGER NOT NULL,
              area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
              transition TEXT NOT NULL,
              from_state TEXT,
              to_state TEXT NOT NULL,
              at TEXT NOT NULL,
              actor TEXT NOT NULL,
              note TEXT,
              data TEXT
            ) STRICT;
            CREATE INDEX workflow_transition_record ON workflow_transition(record_type, record_id, at, id);
            CREATE INDEX workflow_transition_state ON workflow_transition(workflow, to_state, at);
            CREATE TRIGGER workflow_transition_is_history_update BEFORE UPDATE ON workflow_transition
              BEGIN SELECT RAISE(ABORT, 'workflow history is append-only'); END;
            CREATE TRIGGER workflow_transition_is_history_delete BEFORE DELETE ON workflow_transition
              BEGIN SELECT RAISE(ABORT, 'workflow history is append-only'); END;
            """)
    }
}
