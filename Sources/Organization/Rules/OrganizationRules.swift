import Kernel

/// The organization-leadership rules: checks `redprop check` and `check.run("org")` list findings of.
///
/// Each rule reads within the actor's scope and names the record and its area.
enum OrganizationRules {
    static let declarations = [
        RuleDeclaration(
            "org.members-without-organization", title: "有党员未建党组织",
            summary: "A company with 3 or more party members but no party organization (3 members must form a branch)."
        ) { session in
            let indicators = OrganizationIndicators(session: session)
            return try indicators.companyCoverage().missing.compactMap { company in
                guard let members = company["party_members"].integerValue, members >= minimumBranchMembers else {
                    return nil
                }
                return Finding(rule: "org.members-without-organization", severity: .error, record: company,
                               of: Organization.company,
                               message: "有党员\(members)名，尚未建立党组织：应单独组建党支部或加入联合党支部")
            }
        },
        RuleDeclaration(
            "org.joint-branch-single-company", title: "联合党支部覆盖企业不足两家",
            summary: "A joint branch (联合党支部) that covers fewer than two companies."
        ) { session in
            try session.sql.records(Organization.partyOrganization, where: """
                t.kind = 'joint_branch'
                AND (SELECT count(*) FROM org_party_organization__companies l WHERE l.owner_id = t.id) < 2
                """).map { branch in
                let covered = branch["companies"].tableValue?.sequence.count ?? 0
                let what = covered == 0 ? "未覆盖任何企业" : "只覆盖1家企业"
                return Finding(rule: "org.joint-branch-single-company", record: branch, of: Organization.partyOrganization,
                               message: "联合党支部\(what)：应改为单独党支部，或纳入其服务的其他企业")
            }
        },
        RuleDeclaration(
            "org.instructor-on-covered-company", title: "指导员仍派驻已建党组织企业",
            summary: "An active instructor assignment to a company that already has a party organization."
        ) { session in
            let today = session.clock.today.description
            return try session.sql.records(Organization.instructorAssignment, where: """
                \(Organization.activeAssignmentCondition(alias: "t"))
                AND EXISTS (SELECT 1 FROM org_party_organization__companies l WHERE l.target_id = t.company)
                """, [today, today]).map { assignment in
                let instructor = assignment["instructor"].stringValue ?? "?"
                let company = assignment["company"].stringValue ?? "?"
                return Finding(rule: "org.instructor-on-covered-company", severity: .info, record: assignment,
                               of: Organization.instructorAssignment,
                               message: "党建指导员\(instructor)仍派驻企业\(company)，该企业已建立党组织："
                                   + "应结束派驻，或改派到未建党组织的企业")
            }
        },
        RuleDeclaration(
            "org.zero-clearance", title: "20人以上企业党员未清零",
            summary: "A company with 20 or more employees and no party member (\"zero clearance\" must leave none)."
        ) { session in
            try OrganizationIndicators(session: session).zeroClearance().map { company in
                let staff = company["employees"].integerValue ?? 0
                return Finding(rule: "org.zero-clearance", severity: .error, record: company, of: Organization.company,
                               message: "职工\(staff)人，没有党员：应发展或转入党员")
            }
        },
        RuleDeclaration(
            "org.uncovered-without-instructor", title: "未建党组织企业无指导员",
            summary: "A company without a party organization that has no active party-building instructor."
        ) { session in
            try OrganizationIndicators(session: session).instructorCoverage().withoutInstructor.map { company in
                Finding(rule: "org.uncovered-without-instructor", record: company, of: Organization.company,
                        message: "未建立党组织，也没有派驻党建指导员：应指派党建指导员")
            }
        },
    ]

    /// Party members needed to found a branch.
    static let minimumBranchMembers: Int64 = 3
}
