import GRDB
import Kernel

/// Coordination's tables as each migration wrote them: frozen, never derived from today's record
/// declarations (a test checks that the declarations and the migrated schema agree).
enum CoordinationSchema {
    /// `coord.v1` (0.1.0): a table per record type, a link table per list of references,
    /// an index per reference, and the checks that span fields.
    static let v1 = """
        CREATE TABLE coord_body (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          name TEXT NOT NULL UNIQUE,
          convener TEXT,
          established TEXT CHECK (established IS NULL OR date(established) IS established),
          duties TEXT
        ) STRICT;

        CREATE INDEX coord_body__area_idx ON coord_body(area_id);

        CREATE TABLE coord_member_unit (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          body INTEGER NOT NULL REFERENCES coord_body(id) ON DELETE RESTRICT,
          name TEXT NOT NULL,
          duties TEXT NOT NULL,
          contact TEXT
        ) STRICT;

        CREATE INDEX coord_member_unit__area_idx ON coord_member_unit(area_id);

        CREATE INDEX coord_member_unit__body_idx ON coord_member_unit(body);

        CREATE TABLE coord_category (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          code TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL,
          body INTEGER NOT NULL REFERENCES coord_body(id) ON DELETE RESTRICT,
          reserved_for_district INTEGER CHECK (reserved_for_district IN (0, 1)),
          time_limit_days INTEGER,
          description TEXT
        ) STRICT;

        CREATE INDEX coord_category__area_idx ON coord_category(area_id);

        CREATE INDEX coord_category__body_idx ON coord_category(body);

        CREATE TABLE coord_procedure (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          body INTEGER NOT NULL REFERENCES coord_body(id) ON DELETE RESTRICT,
          number INTEGER NOT NULL,
          name TEXT NOT NULL,
          steps TEXT
        ) STRICT;

        CREATE INDEX coord_procedure__area_idx ON coord_procedure(area_id);

        CREATE INDEX coord_procedure__body_idx ON coord_procedure(body);

        CREATE TABLE coord_cadence (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          name TEXT NOT NULL UNIQUE,
          level TEXT NOT NULL CHECK (level IS NULL OR level IN ('community', 'street', 'district')),
          meeting_kind TEXT NOT NULL CHECK (meeting_kind IS NULL OR meeting_kind IN ('joint', 'heart_to_heart', 'coordination')),
          period TEXT NOT NULL CHECK (period IS NULL OR period IN ('month', 'quarter', 'year')),
          count INTEGER NOT NULL,
          basis TEXT
        ) STRICT;

        CREATE INDEX coord_cadence__area_idx ON coord_cadence(area_id);

        CREATE TABLE coord_issue (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          number TEXT NOT NULL UNIQUE,
          title TEXT NOT NULL,
          category INTEGER REFERENCES coord_category(id) ON DELETE RESTRICT,
          raised_level TEXT NOT NULL CHECK (raised_level IS NULL OR raised_level IN ('community', 'street', 'district')),
          level TEXT NOT NULL CHECK (level IS NULL OR level IN ('community', 'street', 'district')),
          status TEXT NOT NULL CHECK (status IS NULL OR status IN ('open', 'resolved', 'closed')),
          raised_on TEXT NOT NULL CHECK (raised_on IS NULL OR date(raised_on) IS raised_on),
          due_on TEXT CHECK (due_on IS NULL OR date(due_on) IS due_on),
          raised_by TEXT,
          resolution TEXT,
          resolved_on TEXT CHECK (resolved_on IS NULL OR date(resolved_on) IS resolved_on)
        ) STRICT;

        CREATE INDEX coord_issue__area_idx ON coord_issue(area_id);

        CREATE INDEX coord_issue__category_idx ON coord_issue(category);

        CREATE TABLE coord_escalation (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          issue INTEGER NOT NULL REFERENCES coord_issue(id) ON DELETE RESTRICT,
          from_level TEXT NOT NULL CHECK (from_level IS NULL OR from_level IN ('community', 'street', 'district')),
          to_level TEXT NOT NULL CHECK (to_level IS NULL OR to_level IN ('community', 'street', 'district')),
          date TEXT NOT NULL CHECK (date IS NULL OR date(date) IS date),
          reason TEXT NOT NULL
        ) STRICT;

        CREATE INDEX coord_escalation__area_idx ON coord_escalation(area_id);

        CREATE INDEX coord_escalation__issue_idx ON coord_escalation(issue);

        CREATE TABLE coord_meeting (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          body INTEGER NOT NULL REFERENCES coord_body(id) ON DELETE RESTRICT,
          kind TEXT NOT NULL CHECK (kind IS NULL OR kind IN ('joint', 'heart_to_heart', 'coordination')),
          date TEXT NOT NULL CHECK (date IS NULL OR date(date) IS date),
          topic TEXT,
          attendees TEXT,
          attendee_count INTEGER,
          agenda TEXT,
          decisions TEXT
        ) STRICT;

        CREATE INDEX coord_meeting__area_idx ON coord_meeting(area_id);

        CREATE INDEX coord_meeting__body_idx ON coord_meeting(body);

        CREATE TABLE coord_meeting__issues (
          owner_id INTEGER NOT NULL REFERENCES coord_meeting(id) ON DELETE CASCADE,
          target_id INTEGER NOT NULL REFERENCES coord_issue(id) ON DELETE RESTRICT,
          PRIMARY KEY (owner_id, target_id)
        ) STRICT, WITHOUT ROWID;

        CREATE INDEX coord_meeting__issues__target_idx ON coord_meeting__issues(target_id);

        CREATE TABLE coord_cross_appointment (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          person TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IS NULL OR kind IN ('company_to_community', 'community_to_company', 'grid_supervisor')),
          company INTEGER REFERENCES org_company(id) ON DELETE RESTRICT,
          position TEXT,
          since TEXT CHECK (since IS NULL OR date(since) IS since),
          until TEXT CHECK (until IS NULL OR date(until) IS until)
        ) STRICT;

        CREATE INDEX coord_cross_appointment__area_idx ON coord_cross_appointment(area_id);

        CREATE INDEX coord_cross_appointment__company_idx ON coord_cross_appointment(company);

        CREATE TABLE coord_agreement (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          title TEXT NOT NULL,
          company INTEGER REFERENCES org_company(id) ON DELETE RESTRICT,
          party_organization INTEGER REFERENCES org_party_organization(id) ON DELETE RESTRICT,
          signed_on TEXT NOT NULL CHECK (signed_on IS NULL OR date(signed_on) IS signed_on),
          expires_on TEXT CHECK (expires_on IS NULL OR date(expires_on) IS expires_on),
          content TEXT
        ) STRICT;

        CREATE INDEX coord_agreement__area_idx ON coord_agreement(area_id);

        CREATE INDEX coord_agreement__company_idx ON coord_agreement(company);

        CREATE INDEX coord_agreement__party_organization_idx ON coord_agreement(party_organization);

        CREATE TABLE coord_joint_event (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          title TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IS NULL OR kind IN ('volunteer', 'party_lesson', 'themed_party_day', 'member_points', 'member_review')),
          date TEXT NOT NULL CHECK (date IS NULL OR date(date) IS date),
          participants INTEGER,
          summary TEXT
        ) STRICT;

        CREATE INDEX coord_joint_event__area_idx ON coord_joint_event(area_id);

        CREATE TABLE coord_joint_event__companies (
          owner_id INTEGER NOT NULL REFERENCES coord_joint_event(id) ON DELETE CASCADE,
          target_id INTEGER NOT NULL REFERENCES org_company(id) ON DELETE RESTRICT,
          PRIMARY KEY (owner_id, target_id)
        ) STRICT, WITHOUT ROWID;

        CREATE INDEX coord_joint_event__companies__target_idx ON coord_joint_event__companies(target_id);

        CREATE TABLE coord_service_project (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          name TEXT NOT NULL,
          category TEXT,
          claimed_by TEXT NOT NULL,
          company INTEGER REFERENCES org_company(id) ON DELETE RESTRICT,
          claimed_on TEXT CHECK (claimed_on IS NULL OR date(claimed_on) IS claimed_on),
          delivered_on TEXT CHECK (delivered_on IS NULL OR date(delivered_on) IS delivered_on),
          beneficiaries INTEGER
        ) STRICT;

        CREATE INDEX coord_service_project__area_idx ON coord_service_project(area_id);

        CREATE INDEX coord_service_project__company_idx ON coord_service_project(company);

        CREATE TRIGGER coord_cadence_seed AFTER INSERT ON area WHEN NEW.parent_id IS NULL
        BEGIN
        INSERT OR IGNORE INTO coord_cadence (area_id, name, level, meeting_kind, period, count, basis) VALUES
          (NEW.id, '街道每月联席会议', 'street', 'joint', 'month', 1, '街道“红色物业”党建联盟每月至少召开1次联席会议'),
          (NEW.id, '社区每季度联席会', 'community', 'joint', 'quarter', 1, '三会制度：每季度1次联席会'),
          (NEW.id, '社区每月恳谈会', 'community', 'heart_to_heart', 'month', 1, '三会制度：每月1次恳谈会');
        INSERT INTO audit_log (at, actor, operation, record_type, record_id, record_key, before, after)
          SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'system', 'create', 'coord.cadence', c.id, c.name, NULL,
                 json_object('name', c.name, 'level', c.level, 'meeting_kind', c.meeting_kind,
                             'period', c.period, 'count', c.count, 'basis', c.basis)
          FROM coord_cadence c WHERE c.area_id = NEW.id;
        END;
        """

    /// `coord.v1`'s seeding of the standard cadences into a district that existed before the module
    /// (the trigger above does it for a district created later).
    static func v1Seed(districtID: Int64) -> String {
        """
        INSERT OR IGNORE INTO coord_cadence (area_id, name, level, meeting_kind, period, count, basis) VALUES
          (\(districtID), '街道每月联席会议', 'street', 'joint', 'month', 1, '街道“红色物业”党建联盟每月至少召开1次联席会议'),
          (\(districtID), '社区每季度联席会', 'community', 'joint', 'quarter', 1, '三会制度：每季度1次联席会'),
          (\(districtID), '社区每月恳谈会', 'community', 'heart_to_heart', 'month', 1, '三会制度：每月1次恳谈会');
        INSERT INTO audit_log (at, actor, operation, record_type, record_id, record_key, before, after)
          SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'system', 'create', 'coord.cadence', c.id, c.name, NULL,
                 json_object('name', c.name, 'level', c.level, 'meeting_kind', c.meeting_kind,
                             'period', c.period, 'count', c.count, 'basis', c.basis)
          FROM coord_cadence c WHERE c.area_id = \(districtID);
        """
    }

    /// `coord.v2`: the cadences of a new district are seeded by an event handler, not a trigger.
    static let dropSeedTrigger = "DROP TRIGGER coord_cadence_seed"

    /// `coord.v2`: the history of issues raised before the workflow mechanism, from the issues and
    /// their escalations (the actor of each step from the audit log where it has one).
    static let backfillIssueHistory = """
        INSERT INTO workflow_transition (workflow, record_type, record_id, area_id, transition, from_state, to_state,
                                         at, actor, note)
        SELECT w.workflow, 'coord.issue', i.id, i.area_id, 'raise', NULL,
               CASE w.workflow WHEN 'coord.issue.level' THEN i.raised_level ELSE 'open' END, i.raised_on,
               coalesce((SELECT actor FROM audit_log WHERE record_type = 'coord.issue' AND record_id = i.id
                         AND operation = 'create' ORDER BY id LIMIT 1), 'system'), NULL
        FROM coord_issue i, (SELECT 'coord.issue.level' AS workflow UNION ALL SELECT 'coord.issue.status') w;

        INSERT INTO workflow_transition (workflow, record_type, record_id, area_id, transition, from_state, to_state,
                                         at, actor, note)
        SELECT 'coord.issue.level', 'coord.issue', e.issue, e.area_id,
               CASE WHEN e.from_level = 'community' AND e.to_level = 'district' THEN 'escalate_to_district'
                    ELSE 'escalate' END,
               e.from_level, e.to_level, e.date,
               coalesce((SELECT actor FROM audit_log WHERE record_type = 'coord.escalation' AND record_id = e.id
                         AND operation = 'create' ORDER BY id LIMIT 1), 'system'), e.reason
        FROM coord_escalation e ORDER BY e.date, e.id;

        INSERT INTO workflow_transition (workflow, record_type, record_id, area_id, transition, from_state, to_state,
                                         at, actor, note)
        SELECT 'coord.issue.status', 'coord.issue', i.id, i.area_id,
               CASE i.status WHEN 'resolved' THEN 'resolve' ELSE 'close' END, 'open', i.status,
               coalesce(i.resolved_on, i.raised_on), 'system', i.resolution
        FROM coord_issue i WHERE i.status <> 'open';
        """

    /// `coord.v2` (0.2.0): choice fields lose their `CHECK (… IN (…))` constraints; the module
    /// validates them, so a new choice value needs no table rebuild.
    static func dropChoiceChecks(_ db: Database) throws {
        try SchemaChange.rebuildTable(db, "coord_cadence", as: """
            CREATE TABLE coord_cadence (
              id INTEGER PRIMARY KEY,
              area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
              name TEXT NOT NULL UNIQUE,
              level TEXT NOT NULL,
              meeting_kind TEXT NOT NULL,
              period TEXT NOT NULL,
              count INTEGER NOT NULL,
              basis TEXT
            ) STRICT
            """)
        try SchemaChange.rebuildTable(db, "coord_issue", as: """
            CREATE TABLE coord_issue (
              id INTEGER PRIMARY KEY,
              area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
              number TEXT NOT NULL UNIQUE,
              title TEXT NOT NULL,
              category INTEGER REFERENCES coord_category(id) ON DELETE RESTRICT,
              raised_level TEXT NOT NULL,
              level TEXT NOT NULL,
              status TEXT NOT NULL,
              raised_on TEXT NOT NULL CHECK (raised_on IS NULL OR date(raised_on) IS raised_on),
              due_on TEXT CHECK (due_on IS NULL OR date(due_on) IS due_on),
              raised_by TEXT,
              resolution TEXT,
              resolved_on TEXT CHECK (resolved_on IS NULL OR date(resolved_on) IS resolved_on)
            ) STRICT
            """)
        try SchemaChange.rebuildTable(db, "coord_escalation", as: """
            CREATE TABLE coord_escalation (
              id INTEGER PRIMARY KEY,
              area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
              issue INTEGER NOT NULL REFERENCES coord_issue(id) ON DELETE RESTRICT,
              from_level TEXT NOT NULL,
              to_level TEXT NOT NULL,
              date TEXT NOT NULL CHECK (date IS NULL OR date(date) IS date),
              reason TEXT NOT NULL
            ) STRICT
            """)
        try SchemaChange.rebuildTable(db, "coord_meeting", as: """
            CREATE TABLE coord_meeting (
              id INTEGER PRIMARY KEY,
              area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
              body INTEGER NOT NULL REFERENCES coord_body(id) ON DELETE RESTRICT,
              kind TEXT NOT NULL,
              date TEXT NOT NULL CHECK (date IS NULL OR date(date) IS date),
              topic TEXT,
              attendees TEXT,
              attendee_count INTEGER,
              agenda TEXT,
              decisions TEXT
            ) STRICT
            """)
        try SchemaChange.rebuildTable(db, "coord_cross_appointment", as: """
            CREATE TABLE coord_cross_appointment (
              id INTEGER PRIMARY KEY,
              area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
              person TEXT NOT NULL,
              kind TEXT NOT NULL,
              company INTEGER REFERENCES org_company(id) ON DELETE RESTRICT,
              position TEXT,
              since TEXT CHECK (since IS NULL OR date(since) IS since),
              until TEXT CHECK (until IS NULL OR date(until) IS until)
            ) STRICT
            """)
        try SchemaChange.rebuildTable(db, "coord_joint_event", as: """
            CREATE TABLE coord_joint_event (
              id INTEGER PRIMARY KEY,
              area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
              title TEXT NOT NULL,
              kind TEXT NOT NULL,
              date TEXT NOT NULL CHECK (date IS NULL OR date(date) IS date),
              participants INTEGER,
              summary TEXT
            ) STRICT
            """)
    }
}
