import struct GRDB.DatabaseValue
import class GRDB.Row
import struct GRDB.StatementArguments
import Kernel
import LuaHost

/// The organization-leadership indicators, computed from the stored records within the actor's
/// scope and an ``AreaFilter``.
///
/// The Lua functions (`org.coverage{…}`), the rules and the `org.overview` report all call these,
/// so a figure is computed one way everywhere.
///
/// ```swift
/// let indicators = OrganizationIndicators(session: session, filter: AreaFilter(area: street))
/// let coverage = try indicators.companyCoverage()   // 26 of 28, the 2 uncovered listed
/// let zero = try indicators.zeroClearance()         // companies with 20+ staff and no party member
/// ```
public struct OrganizationIndicators {
    /// The session the indicators read in.
    public let session: Session
    /// The part of the scope they cover.
    public let filter: AreaFilter

    /// Staff from which a company must have a party member ("zero clearance", 清零).
    public static let zeroClearanceStaff = 20

    /// Indicators over `filter` (the whole scope by default).
    public init(session: Session, filter: AreaFilter = AreaFilter()) {
        self.session = session
        self.filter = filter
    }

    // MARK: - Coverage

    /// Company party-organization coverage: companies covered by any party organization / all
    /// companies. A company covered by two organizations counts once.
    public func companyCoverage() throws -> Coverage {
        let rows = try companyRows(extra: "EXISTS (SELECT 1 FROM org_party_organization__companies l WHERE l.target_id = c.id)")
        return try coverage(rows, type: Organization.company)
    }

    /// Owners'-committee party coverage: committees with a party organization / all committees.
    public func committeeCoverage() throws -> Coverage {
        let rows = try session.sql.rows("""
            SELECT o.id, o.party_organization IS NOT NULL AS met FROM org_owners_committee o
            WHERE {scope o} ORDER BY o.id
            """, within: filter)
        return try coverage(rows.map { ($0["id"], $0["met"]) }, type: Organization.ownersCommittee)
    }

    /// Charter inclusion: companies whose charter includes party building / all companies.
    public func charterInclusion() throws -> Coverage {
        try coverage(try companyRows(extra: "c.has_party_charter = 1"), type: Organization.company)
    }

    // MARK: - Companies to act on

    /// "Zero clearance" (清零): companies with 20 or more employees and no party member (an empty
    /// party-member count counts as none). The target is an empty list.
    public func zeroClearance() throws -> [Record] {
        try session.sql.records(Organization.company, where: "t.employees >= ? AND coalesce(t.party_members, 0) = 0",
                                [Self.zeroClearanceStaff], within: filter)
    }

    /// Uncovered companies and their active instructors (assigned on or before today, not ended).
    public func instructorCoverage() throws -> InstructorCoverage {
        let uncovered = try companyCoverage().missing
        let today = session.clock.today.description
        let entries = try uncovered.map { company -> (company: Record, instructors: [String]) in
            let names = try session.sql.values(String.self, """
                SELECT DISTINCT i.name FROM org_instructor_assignment a JOIN org_instructor i ON i.id = a.instructor
                WHERE {scope a} AND a.company = ? AND \(Organization.activeAssignmentCondition(alias: "a")) ORDER BY i.name
                """, [company.id, today, today])
            return (company, names)
        }
        return InstructorCoverage(uncovered: entries)
    }

    // MARK: - Branches and development

    /// Company and joint branches placed in the filter, and the companies in the filter they cover.
    public func branches() throws -> BranchSummary {
        let kinds = Organization.PartyOrganizationKind.companyBranches.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let row = try session.sql.row("""
            SELECT count(*) AS branches, coalesce(sum(p.kind = 'joint_branch'), 0) AS joint
            FROM org_party_organization p WHERE {scope p} AND p.kind IN (\(kinds))
            """, within: filter)
        return BranchSummary(branches: row?["branches"] ?? 0, jointBranches: row?["joint"] ?? 0,
                             companiesCovered: try companyCoverage().part)
    }

    /// Development plans of `year` (the latest year with a plan when `nil`): planned and achieved.
    public func development(year: Int? = nil) throws -> DevelopmentProgress {
        let from = "FROM org_development_plan p JOIN org_company c ON c.id = p.company WHERE {scope c}"
        guard let chosen = try year ?? session.sql.value(Int.self, "SELECT max(p.year) \(from)", within: filter) else {
            return DevelopmentProgress(year: nil, companies: 0, planned: 0, achieved: 0)
        }
        let row = try session.sql.row("""
            SELECT count(DISTINCT p.company) AS companies, coalesce(sum(p.planned), 0) AS planned,
                   coalesce(sum(p.achieved), 0) AS achieved \(from) AND p.year = ?
            """, [chosen], within: filter)
        return DevelopmentProgress(year: chosen, companies: row?["companies"] ?? 0, planned: row?["planned"] ?? 0,
                                   achieved: row?["achieved"] ?? 0)
    }

    // MARK: - Helpers

    /// `(id, met)` for every company in the filter, `met` being `condition`.
    private func companyRows(extra condition: String) throws -> [(Int64, Bool)] {
        try session.sql.rows("""
            SELECT c.id, (\(condition)) AS met FROM org_company c WHERE {scope c} ORDER BY c.id
            """, within: filter).map { ($0["id"], $0["met"]) }
    }

    /// The share of `rows` that met their condition; the others fetched whole, in one query.
    private func coverage(_ rows: [(Int64, Bool)], type: RecordType) throws -> Coverage {
        let missing = rows.filter { !$0.1 }.map(\.0)
        return Coverage(part: rows.count - missing.count, whole: rows.count,
                        missing: try session.sql.records(type, ids: missing))
    }
}

// Not Sendable: it works inside one session, which never leaves the database access that made it.
@available(*, unavailable)
extension OrganizationIndicators: Sendable {}
