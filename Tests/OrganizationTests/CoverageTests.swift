import Kernel
import LuaHost
import Organization
import RedPropTesting
import Testing

/// The coverage, zero-clearance, instructor, charter, branch and development indicators.
struct CoverageTests {
    @Test("a company covered by two branches counts once")
    func coveredTwiceCountsOnce() throws {
        let kernel = try Fixtures.kernel()
        let coverage = try kernel.write(as: nil) { session in
            for number in 1...3 { try Fixtures.company(session, number) }
            try Fixtures.organization(session, "甲支部", kind: .companyBranch, companies: [1])
            try Fixtures.organization(session, "联合支部", kind: .jointBranch, area: "将军路街道", companies: [1, 2])
            return try OrganizationIndicators(session: session).companyCoverage()
        }
        #expect(coverage.part == 2)
        #expect(coverage.whole == 3)
        #expect(coverage.missing.map { $0["name"] } == ["测试物业3"])
        #expect(coverage.percent == 66)
    }

    @Test("26 of 28 is shown as 92%, rounded down, with the exact rate beside it")
    func percentRoundsDown() {
        let coverage = Coverage(part: 26, whole: 28, missing: [])
        #expect(coverage.percent == 92)
        #expect(abs((coverage.rate ?? 0) - 0.928_571) < 0.000_001)
        #expect(Coverage(part: 0, whole: 0, missing: []).rate == nil)
        #expect(Coverage(part: 0, whole: 0, missing: []).percent == nil)
    }

    @Test("a company with no staff counts for coverage but never for zero clearance")
    func companyWithNoStaff() throws {
        let kernel = try Fixtures.kernel()
        let (coverage, zero) = try kernel.write(as: nil) { session in
            try Fixtures.company(session, 1, employees: nil, members: nil)
            try Fixtures.company(session, 2, employees: 0, members: 0)
            let indicators = OrganizationIndicators(session: session)
            return (try indicators.companyCoverage(), try indicators.zeroClearance())
        }
        #expect(coverage.whole == 2)
        #expect(coverage.part == 0)
        #expect(zero.isEmpty)
    }

    @Test("zero clearance lists companies with 20 or more staff and no party member")
    func zeroClearance() throws {
        let kernel = try Fixtures.kernel()
        let names = try kernel.write(as: nil) { session in
            try Fixtures.company(session, 1, employees: 20, members: 0)
            try Fixtures.company(session, 2, employees: 19, members: 0)
            try Fixtures.company(session, 3, employees: 45, members: nil)
            try Fixtures.company(session, 4, employees: 45, members: 1)
            return try OrganizationIndicators(session: session).zeroClearance().map { $0["name"] }
        }
        #expect(names == ["测试物业1", "测试物业3"])
    }

    @Test("indicators follow the street and community filters and the actor's scope")
    func filtersAndScope() throws {
        let kernel = try Fixtures.kernel()
        try kernel.write(as: nil) { session in
            try Fixtures.company(session, 1, area: "颐泽社区")
            try Fixtures.company(session, 2, area: "雁阳社区")
            try Fixtures.company(session, 3, area: "般阳社区")
            try Fixtures.organization(session, "甲支部", kind: .companyBranch, companies: [1])
            try Fixtures.organization(session, "丙支部", kind: .companyBranch, area: "般阳社区", companies: [3])
        }
        let (street, community) = try kernel.read(as: nil) { session in
            let street = try session.geography.require("将军路街道")
            let community = try session.geography.require("般阳社区")
            return (try OrganizationIndicators(session: session, filter: AreaFilter(area: street)).companyCoverage(),
                    try OrganizationIndicators(session: session, filter: AreaFilter(area: community)).companyCoverage())
        }
        #expect((street.part, street.whole) == (1, 2))
        #expect((community.part, community.whole) == (1, 1))
        let scoped = try kernel.read(as: SampleDistrict.streetActor) { session in
            try OrganizationIndicators(session: session).companyCoverage()
        }
        #expect((scoped.part, scoped.whole) == (1, 2))
    }

    @Test("owners'-committee coverage counts committees with a party organization")
    func committeeCoverage() throws {
        let kernel = try Fixtures.kernel()
        let coverage = try kernel.write(as: nil) { session in
            try session.records.create(Organization.partyOrganization, [
                "name": "颐泽花园业委会党支部", "kind": "owners_committee_branch", "area": "颐泽花园",
            ])
            try session.records.create(Organization.ownersCommittee, [
                "name": "颐泽花园业主委员会", "area": "颐泽花园", "party_organization": "颐泽花园业委会党支部",
            ])
            try session.records.create(Organization.ownersCommittee, ["name": "雁阳御城业主委员会", "area": "雁阳御城"])
            return try OrganizationIndicators(session: session).committeeCoverage()
        }
        #expect((coverage.part, coverage.whole, coverage.percent) == (1, 2, 50))
        #expect(coverage.missing.map { $0["name"] } == ["雁阳御城业主委员会"])
    }

    @Test("only active assignments count as instructors of uncovered companies")
    func instructorCoverage() throws {
        let kernel = try Fixtures.kernel()
        let coverage = try kernel.write(as: nil) { session in
            for number in 1...4 { try Fixtures.company(session, number) }
            try Fixtures.organization(session, "甲支部", kind: .companyBranch, companies: [1])
            try Fixtures.assign(session, "李建国", to: 2)
            try Fixtures.assign(session, "王秀英", to: 3, start: "2021-01-01", end: "2021-12-31")
            try Fixtures.assign(session, "赵志刚", to: 4, start: "2023-03-01")
            return try OrganizationIndicators(session: session).instructorCoverage()
        }
        #expect(coverage.uncovered.map(\.instructors) == [["李建国"], [], []])
        #expect(coverage.withInstructor == 1)
        #expect(coverage.withoutInstructor.map { $0["name"] } == ["测试物业3", "测试物业4"])
    }

    @Test("branches count company and joint branches; charter and development rates follow the records")
    func branchesCharterDevelopment() throws {
        let kernel = try Fixtures.kernel()
        let (branches, charter, development, latest) = try kernel.write(as: nil) { session in
            try Fixtures.company(session, 1, charter: true)
            try Fixtures.company(session, 2, charter: true)
            try Fixtures.company(session, 3)
            try Fixtures.organization(session, "甲支部", kind: .companyBranch, companies: [1])
            try Fixtures.organization(session, "联合支部", kind: .jointBranch, area: "将军路街道", companies: [2, 3])
            try Fixtures.organization(session, "行业党委", kind: .industryCommittee, area: "370302", companies: [])
            for (number, year, planned, achieved) in [(1, 2022, 2, 2), (2, 2022, 1, 0), (1, 2023, 3, 1)] {
                try session.records.create(Organization.developmentPlan, [
                    "company": .string(Fixtures.code(number)), "area": "颐泽社区", "year": .integer(Int64(year)),
                    "planned": .integer(Int64(planned)), "achieved": .integer(Int64(achieved)),
                ])
            }
            let indicators = OrganizationIndicators(session: session)
            return (try indicators.branches(), try indicators.charterInclusion(), try indicators.development(year: 2022),
                    try indicators.development())
        }
        #expect(branches == BranchSummary(branches: 2, jointBranches: 1, companiesCovered: 3))
        #expect((charter.part, charter.whole) == (2, 3))
        #expect((development.planned, development.achieved, development.companies) == (3, 2, 2))
        #expect((latest.year, latest.planned, latest.achieved) == (2023, 3, 1))
    }

    @Test("with no records every rate is undefined rather than zero")
    func emptyDistrict() throws {
        let kernel = try Fixtures.kernel()
        let overview = try kernel.read(as: nil) { session in
            try OrganizationOverview(OrganizationIndicators(session: session))
        }
        #expect(overview.companyCoverage.rate == nil)
        #expect(overview.committeeCoverage.rate == nil)
        #expect(overview.development.year == nil)
    }
}
