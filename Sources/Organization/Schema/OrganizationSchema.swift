import GRDB
import Kernel

/// Organization's tables as each migration wrote them: frozen, never derived from today's record
/// declarations (a test checks that the declarations and the migrated schema agree).
enum OrganizationSchema {
    /// `org.v1` (0.1.0): a table per record type, a link table per list of references,
    /// an index per reference, and the checks that span fields.
    static let v1 = """
        CREATE TABLE org_company (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          credit_code TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL UNIQUE,
          legal_representative TEXT,
          contact_phone TEXT,
          employees INTEGER,
          party_members INTEGER,
          has_party_charter INTEGER CHECK (has_party_charter IN (0, 1)),
          star_rating INTEGER
        ) STRICT;

        CREATE INDEX org_company__area_idx ON org_company(area_id);

        CREATE TABLE org_managed_compound (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          company INTEGER NOT NULL REFERENCES org_company(id) ON DELETE RESTRICT,
          since TEXT CHECK (since IS NULL OR date(since) IS since),
          until TEXT CHECK (until IS NULL OR date(until) IS until),
          contract_no TEXT
        ) STRICT;

        CREATE INDEX org_managed_compound__area_idx ON org_managed_compound(area_id);

        CREATE INDEX org_managed_compound__company_idx ON org_managed_compound(company);

        CREATE TABLE org_party_organization (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          name TEXT NOT NULL UNIQUE,
          kind TEXT NOT NULL CHECK (kind IS NULL OR kind IN ('industry_committee', 'company_branch', 'joint_branch', 'owners_committee_branch')),
          secretary TEXT,
          members INTEGER,
          founded TEXT CHECK (founded IS NULL OR date(founded) IS founded),
          parent INTEGER REFERENCES org_party_organization(id) ON DELETE RESTRICT
        ) STRICT;

        CREATE INDEX org_party_organization__area_idx ON org_party_organization(area_id);

        CREATE TABLE org_party_organization__companies (
          owner_id INTEGER NOT NULL REFERENCES org_party_organization(id) ON DELETE CASCADE,
          target_id INTEGER NOT NULL REFERENCES org_company(id) ON DELETE RESTRICT,
          PRIMARY KEY (owner_id, target_id)
        ) STRICT, WITHOUT ROWID;

        CREATE INDEX org_party_organization__companies__target_idx ON org_party_organization__companies(target_id);

        CREATE INDEX org_party_organization__parent_idx ON org_party_organization(parent);

        CREATE TABLE org_owners_committee (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          name TEXT NOT NULL UNIQUE,
          term_start TEXT CHECK (term_start IS NULL OR date(term_start) IS term_start),
          term_end TEXT CHECK (term_end IS NULL OR date(term_end) IS term_end),
          director TEXT,
          members INTEGER,
          party_members INTEGER,
          party_organization INTEGER REFERENCES org_party_organization(id) ON DELETE RESTRICT
        ) STRICT;

        CREATE INDEX org_owners_committee__area_idx ON org_owners_committee(area_id);

        CREATE INDEX org_owners_committee__party_organization_idx ON org_owners_committee(party_organization);

        CREATE TABLE org_instructor (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          name TEXT NOT NULL UNIQUE,
          unit TEXT,
          position TEXT,
          phone TEXT,
          is_party_member INTEGER CHECK (is_party_member IN (0, 1))
        ) STRICT;

        CREATE INDEX org_instructor__area_idx ON org_instructor(area_id);

        CREATE TABLE org_instructor_assignment (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          instructor INTEGER NOT NULL REFERENCES org_instructor(id) ON DELETE RESTRICT,
          company INTEGER REFERENCES org_company(id) ON DELETE RESTRICT,
          start_on TEXT CHECK (start_on IS NULL OR date(start_on) IS start_on),
          end_on TEXT CHECK (end_on IS NULL OR date(end_on) IS end_on),
          tasks TEXT
        ) STRICT;

        CREATE INDEX org_instructor_assignment__area_idx ON org_instructor_assignment(area_id);

        CREATE INDEX org_instructor_assignment__instructor_idx ON org_instructor_assignment(instructor);

        CREATE INDEX org_instructor_assignment__company_idx ON org_instructor_assignment(company);

        CREATE TABLE org_development_plan (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          company INTEGER NOT NULL REFERENCES org_company(id) ON DELETE RESTRICT,
          year INTEGER NOT NULL,
          planned INTEGER NOT NULL,
          achieved INTEGER
        ) STRICT;

        CREATE INDEX org_development_plan__area_idx ON org_development_plan(area_id);

        CREATE INDEX org_development_plan__company_idx ON org_development_plan(company);

        CREATE TABLE org_support_package (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          organization INTEGER NOT NULL REFERENCES org_party_organization(id) ON DELETE RESTRICT,
          given_on TEXT NOT NULL CHECK (given_on IS NULL OR date(given_on) IS given_on),
          items TEXT,
          funds REAL,
          given_by TEXT
        ) STRICT;

        CREATE INDEX org_support_package__area_idx ON org_support_package(area_id);

        CREATE INDEX org_support_package__organization_idx ON org_support_package(organization);

        CREATE TABLE org_work_standard (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          code TEXT NOT NULL UNIQUE,
          title TEXT NOT NULL,
          category TEXT,
          weight INTEGER
        ) STRICT;

        CREATE INDEX org_work_standard__area_idx ON org_work_standard(area_id);

        CREATE TABLE org_standard_compliance (
          id INTEGER PRIMARY KEY,
          area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
          company INTEGER NOT NULL REFERENCES org_company(id) ON DELETE RESTRICT,
          standard INTEGER NOT NULL REFERENCES org_work_standard(id) ON DELETE RESTRICT,
          compliant INTEGER NOT NULL CHECK (compliant IN (0, 1)),
          assessed_on TEXT CHECK (assessed_on IS NULL OR date(assessed_on) IS assessed_on),
          note TEXT
        ) STRICT;

        CREATE INDEX org_standard_compliance__area_idx ON org_standard_compliance(area_id);

        CREATE INDEX org_standard_compliance__company_idx ON org_standard_compliance(company);

        CREATE INDEX org_standard_compliance__standard_idx ON org_standard_compliance(standard);

        CREATE TRIGGER org_company_members_within_staff_insert BEFORE INSERT ON org_company
          WHEN NEW.party_members IS NOT NULL AND NEW.employees IS NOT NULL AND NEW.party_members > NEW.employees
          BEGIN SELECT RAISE(ABORT, '物业企业 (org.company), field ''party_members'' (党员人数): party members are counted among the employees and cannot outnumber them'); END;

        CREATE TRIGGER org_company_members_within_staff_update BEFORE UPDATE ON org_company
          WHEN NEW.party_members IS NOT NULL AND NEW.employees IS NOT NULL AND NEW.party_members > NEW.employees
          BEGIN SELECT RAISE(ABORT, '物业企业 (org.company), field ''party_members'' (党员人数): party members are counted among the employees and cannot outnumber them'); END;

        CREATE UNIQUE INDEX org_development_plan_company_year ON org_development_plan(company, year);

        CREATE TRIGGER org_development_plan_one_per_year BEFORE INSERT ON org_development_plan
          WHEN EXISTS (SELECT 1 FROM org_development_plan WHERE company = NEW.company AND year = NEW.year)
          BEGIN SELECT RAISE(ABORT, '发展党员计划 (org.development_plan), field ''year'' (年度): this company already has a plan for that year; update it instead'); END;

        CREATE UNIQUE INDEX org_standard_compliance_company_standard ON org_standard_compliance(company, standard);

        CREATE TRIGGER org_standard_compliance_once BEFORE INSERT ON org_standard_compliance
          WHEN EXISTS (SELECT 1 FROM org_standard_compliance WHERE company = NEW.company AND standard = NEW.standard)
          BEGIN SELECT RAISE(ABORT, '工作标准达标情况 (org.standard_compliance), field ''standard'' (标准条目): this company is already assessed on that item; update it instead'); END;
        """

    /// `org.v2` (0.2.0): choice fields lose their `CHECK (… IN (…))` constraints; the module
    /// validates them, so a new choice value needs no table rebuild.
    static func dropChoiceChecks(_ db: Database) throws {
        try SchemaChange.rebuildTable(db, "org_party_organization", as: """
            CREATE TABLE org_party_organization (
              id INTEGER PRIMARY KEY,
              area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE RESTRICT,
              name TEXT NOT NULL UNIQUE,
              kind TEXT NOT NULL,
              secretary TEXT,
              members INTEGER,
              founded TEXT CHECK (founded IS NULL OR date(founded) IS founded),
              parent INTEGER REFERENCES org_party_organization(id) ON DELETE RESTRICT
            ) STRICT
            """)
    }
}
