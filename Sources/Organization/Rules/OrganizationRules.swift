import struct GRDB.DatabaseValue
import class GRDB.Row
import struct GRDB.StatementArguments
import Kernel

/// The organization-leadership rules: checks `redprop check` and `check.run("org")` list findings of.
///
/// Each rule reads within the actor's scope and names the record and its area.
enum OrganizationRules {
    static let declarations = [
        RuleDeclaration(
            "org.members-without-organization",
            summary: "A company with 3 or more party members but no party organization (3 members must form a branch)."
        ) { session in
            let indicators = OrganizationIndicators(session: session)
            return try indicators.companyCoverage().missing.compactMap { company in
                guard let members = company["party_members"].integerValue, members >= minimumBranchMembers else {
                    return nil
                }
                return finding("org.members-without-organization", Organization.company, company,
                               "\(members) party members but no party organization: found a branch (or join a joint branch)")
            }
        },
        RuleDeclaration(
            "org.joint-branch-single-company",
            summary: "A joint branch (联合党支部) that covers fewer than two companies."
        ) { session in
            let (inScope, argument) = session.scopeCondition(areaColumn: "p.area_id")
            let rows = try Row.fetchAll(session.db, sql: """
                SELECT p.id, (SELECT count(*) FROM org_party_organization__companies l WHERE l.owner_id = p.id) AS covered
                FROM org_party_organization p WHERE p.kind = 'joint_branch' AND \(inScope) ORDER BY p.id
                """, arguments: [argument])
            return try rows.compactMap { row in
                let covered: Int = row["covered"]
                guard covered < 2, let branch = try session.records.find(Organization.partyOrganization,
                                                                          .integer(row["id"])) else { return nil }
                let what = covered == 0 ? "covers no company" : "covers only one company"
                return finding("org.joint-branch-single-company", Organization.partyOrganization, branch,
                               "a joint branch \(what): make it a company branch, or add the companies it serves")
            }
        },
        RuleDeclaration(
            "org.instructor-on-covered-company",
            summary: "An active instructor assignment to a company that already has a party organization."
        ) { session in
            let (inScope, argument) = session.scopeCondition(areaColumn: "a.area_id")
            let today = session.clock.today.description
            let ids = try Int64.fetchAll(session.db, sql: """
                SELECT a.id FROM org_instructor_assignment a
                WHERE \(inScope) AND \(Organization.activeAssignmentCondition)
                  AND EXISTS (SELECT 1 FROM org_party_organization__companies l WHERE l.target_id = a.company)
                ORDER BY a.id
                """, arguments: [argument, today.databaseValue, today.databaseValue])
            return try ids.compactMap { id in
                guard let assignment = try session.records.find(Organization.instructorAssignment, .integer(id)) else {
                    return nil
                }
                let instructor = assignment["instructor"].stringValue ?? "?"
                let company = assignment["company"].stringValue ?? "?"
                return finding("org.instructor-on-covered-company", Organization.instructorAssignment, assignment,
                               "instructor \(instructor) is still assigned to company \(company), which has a party organization: end the assignment or move the instructor to an uncovered company")
            }
        },
        RuleDeclaration(
            "org.zero-clearance",
            summary: "A company with 20 or more employees and no party member (\"zero clearance\" must leave none)."
        ) { session in
            try OrganizationIndicators(session: session).zeroClearance().map { company in
                let staff = company["employees"].integerValue ?? 0
                return finding("org.zero-clearance", Organization.company, company,
                               "\(staff) employees and no party member: develop or transfer in a party member")
            }
        },
        RuleDeclaration(
            "org.uncovered-without-instructor",
            summary: "A company without a party organization that has no active party-building instructor."
        ) { session in
            try OrganizationIndicators(session: session).instructorCoverage().withoutInstructor.map { company in
                finding("org.uncovered-without-instructor", Organization.company, company,
                        "no party organization and no instructor assigned: assign a party-building instructor")
            }
        },
    ]

    /// Party members needed to found a branch.
    static let minimumBranchMembers: Int64 = 3

    /// A finding naming `record` as people do (`物业企业 '淄川颐泽物业' (91370302…)`).
    static func finding(_ rule: String, _ type: RecordType, _ record: Record, _ message: String) -> Finding {
        Finding(rule: rule, subject: subject(type, record), area: areaText(record), message: message)
    }

    /// How a finding names a record: its title, its name when it has one, and its key.
    static func subject(_ type: RecordType, _ record: Record) -> String {
        let key = record[type.key]
        let keyText = key.stringValue ?? key.integerValue.map { "#\($0)" } ?? "#\(record.id)"
        if let name = record["name"].stringValue, type.key != "name" {
            return "\(type.title) '\(name)' (\(keyText))"
        }
        return "\(type.title) '\(keyText)'"
    }

    /// `370302001001 颐泽社区`.
    static func areaText(_ record: Record) -> String {
        [record["area"].stringValue, record["area_name"].stringValue].compactMap { $0 }.joined(separator: " ")
    }
}
