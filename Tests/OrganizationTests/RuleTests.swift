import Kernel
import LuaHost
import Organization
import RedPropTesting
import Testing

/// The organization rules, each with the case it finds and the cases it must leave alone.
struct RuleTests {
    private func findings(_ kernel: Kernel, _ rule: String, as actor: String? = nil) throws -> [Finding] {
        try kernel.read(as: actor) { try RuleRunner.run($0, matching: rule) }
    }

    @Test("a company with 3 or more party members and no organization is a finding")
    func membersWithoutOrganization() throws {
        let kernel = try Fixtures.kernel()
        try kernel.write(as: nil) { session in
            try Fixtures.company(session, 1, employees: 30, members: 3)
            try Fixtures.company(session, 2, employees: 30, members: 2)
            try Fixtures.company(session, 3, employees: 30, members: 5)
            try Fixtures.organization(session, "丙支部", kind: .companyBranch, companies: [3])
        }
        let found = try findings(kernel, "org.members-without-organization")
        #expect(found.count == 1)
        #expect(found.first?.subject == "物业企业 '测试物业1' (\(Fixtures.code(1)))")
        #expect(found.first?.area == "370302001001 颐泽社区")
        #expect(found.first?.message.hasPrefix("有党员3名，尚未建立党组织") == true)
    }

    @Test("a joint branch covering one company (or none) is a finding")
    func jointBranchOfOneCompany() throws {
        let kernel = try Fixtures.kernel()
        try kernel.write(as: nil) { session in
            for number in 1...3 { try Fixtures.company(session, number) }
            try Fixtures.organization(session, "单企联合支部", kind: .jointBranch, companies: [1])
            try Fixtures.organization(session, "空联合支部", kind: .jointBranch, companies: [])
            try Fixtures.organization(session, "真联合支部", kind: .jointBranch, companies: [2, 3])
            try Fixtures.organization(session, "企业支部", kind: .companyBranch, companies: [2])
        }
        let found = try findings(kernel, "org.joint-branch-single-company")
        #expect(found.map(\.subject) == ["党组织 '单企联合支部'", "党组织 '空联合支部'"])
        #expect(found.first?.message.contains("只覆盖1家企业") == true)
        #expect(found.last?.message.contains("未覆盖任何企业") == true)
    }

    @Test("an active instructor on a covered company is a finding; an ended one is not")
    func instructorOnCoveredCompany() throws {
        let kernel = try Fixtures.kernel()
        try kernel.write(as: nil) { session in
            for number in 1...3 { try Fixtures.company(session, number) }
            try Fixtures.organization(session, "联合支部", kind: .jointBranch, area: "将军路街道", companies: [1, 2])
            try Fixtures.assign(session, "李建国", to: 1)
            try Fixtures.assign(session, "王秀英", to: 2, start: "2021-01-01", end: "2021-10-31")
            try Fixtures.assign(session, "赵志刚", to: 3)
        }
        let found = try findings(kernel, "org.instructor-on-covered-company")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("党建指导员李建国仍派驻企业\(Fixtures.code(1))") == true)
    }

    @Test("zero clearance and uncovered companies without an instructor are findings too")
    func zeroClearanceAndInstructorGaps() throws {
        let kernel = try Fixtures.kernel()
        try kernel.write(as: nil) { session in
            try Fixtures.company(session, 1, employees: 25, members: 0)
            try Fixtures.company(session, 2, employees: 5, members: 0)
            try Fixtures.assign(session, "李建国", to: 2)
        }
        #expect(try findings(kernel, "org.zero-clearance").map(\.subject) == ["物业企业 '测试物业1' (\(Fixtures.code(1)))"])
        #expect(try findings(kernel, "org.uncovered-without-instructor").map(\.subject)
            == ["物业企业 '测试物业1' (\(Fixtures.code(1)))"])
    }

    @Test("rules see only the actor's scope")
    func rulesRespectScope() throws {
        let kernel = try Fixtures.kernel()
        _ = try kernel.write(as: nil) { session in
            try Fixtures.company(session, 1, area: "般阳社区", employees: 30, members: 4)
        }
        #expect(try findings(kernel, "org.members-without-organization").count == 1)
        #expect(try findings(kernel, "org.members-without-organization", as: SampleDistrict.streetActor).isEmpty)
    }

    @Test("check.run lists the module's findings from Lua")
    func checkFromLua() throws {
        let kernel = try Fixtures.kernel()
        _ = try kernel.write(as: nil) { try Fixtures.company($0, 1, employees: 30, members: 0) }
        let results = try kernel.runLua("""
            local rules = {}
            for _, finding in ipairs(check.run("org")) do rules[#rules + 1] = finding.rule end
            return table.concat(rules, " ")
            """)
        #expect(results == ["org.zero-clearance org.uncovered-without-instructor"])
    }
}
