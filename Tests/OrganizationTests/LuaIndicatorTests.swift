import Kernel
import LuaHost
import Organization
import RedPropTesting
import Testing

/// The indicator functions as Lua sees them, and the `org.overview` report built from them.
struct LuaIndicatorTests {
    /// Three companies in 将军路街道 (two covered), one uncovered in 般阳路街道 with an instructor.
    private func kernel() throws -> Kernel {
        let kernel = try Fixtures.kernel()
        try kernel.write(as: nil) { session in
            try Fixtures.company(session, 1, area: "颐泽社区", employees: 40, members: 4, charter: true)
            try Fixtures.company(session, 2, area: "雁阳社区", employees: 12, members: 1)
            try Fixtures.company(session, 3, area: "雁阳社区", employees: 22, members: 1)
            try Fixtures.company(session, 4, area: "般阳社区", employees: 8, members: 0)
            try Fixtures.organization(session, "甲支部", kind: .companyBranch, companies: [1])
            try Fixtures.organization(session, "联合支部", kind: .jointBranch, area: "将军路街道", companies: [2, 3])
            try Fixtures.assign(session, "李建国", to: 4, area: "般阳社区")
        }
        return kernel
    }

    @Test("org.coverage returns covered, total, rate, percent and the uncovered companies")
    func coverage() throws {
        let results = try kernel().runLua("""
            local all = org.coverage{}
            local street = org.coverage{ street = "将军路街道" }
            return all.covered, all.total, all.percent, all.uncovered[1].name, street.covered, street.total, #street.uncovered
            """)
        #expect(results == [3, 4, 75, "测试物业4", 3, 3, 0])
    }

    @Test("the other indicators answer from Lua too")
    func otherIndicators() throws {
        let results = try kernel().runLua("""
            local b = org.branches{}
            local i = org.instructor_coverage{}
            local c = org.charter_rate{ community = "颐泽社区" }
            local z = org.zero_clearance{}
            return b.branches, b.joint, b.companies_covered, i.uncovered, i.with_instructor,
                   i.companies[1].instructors[1], c.with_charter, c.total, z.count, z.cleared
            """)
        #expect(results == [2, 1, 3, 1, 1, "李建国", 1, 1, 0, true])
    }

    @Test("an unknown option, or an area of the wrong kind, is an error naming it")
    func badOptions() throws {
        let kernel = try kernel()
        let unknown = errorMessage { try kernel.runLua("return org.coverage{ streat = '将军路街道' }") }
        #expect(unknown?.contains("org.coverage: unknown option 'streat'") == true)
        let kind = errorMessage { try kernel.runLua("return org.coverage{ street = '颐泽社区' }") }
        #expect(kind?.contains("option 'street': 颐泽社区 is a 社区, not a 街道") == true)
        let missing = errorMessage { try kernel.runLua("return org.coverage{ street = '般阳路街道' }",
                                                               as: SampleDistrict.streetActor) }
        #expect(missing?.contains("no area '般阳路街道' in the scope of jiangjunlu-street") == true)
    }

    @Test("org.overview and org.breakdown give every indicator by area")
    func overviewAndBreakdown() throws {
        let results = try kernel().runLua("""
            local o = org.overview{}
            local lines = org.breakdown{ by = "street" }
            local communities = org.breakdown{ by = "community", street = "将军路街道" }
            return o.coverage.percent, o.branches.joint, o.zero_clearance.count, #lines, lines[1].area_name,
                   lines[1].covered, lines[2].companies, #communities
            """)
        #expect(results == [75, 1, 0, 2, "将军路街道", 3, 1, 2])
    }

    @Test("org.check_credit_code explains a wrong code")
    func checkCreditCode() throws {
        let results = try kernel().runLua("""
            local ok = org.check_credit_code("914403001922038216")
            local bad, reason = org.check_credit_code("914403001922038217")
            return ok, bad, reason
            """)
        #expect(results == [true, false, "the check character (the 18th) should be '6', not '7'"])
    }

    @Test("the org.overview report shows the figures and the breakdown")
    func overviewReport() throws {
        let kernel = try kernel()
        let report = try kernel.read(as: nil) { session in
            try #require(session.registry.reports.first { $0.name == "org.overview" }).build(session, [:])
        }
        let figures = report.sections.flatMap(\.figures)
        #expect(figures.first { $0.label == "物业企业党组织覆盖率" }?.summaryText == "75% (3 / 4)")
        #expect(figures.first { $0.label == "企业党支部" }?.summaryText == "2 个 (其中联合党支部 1 个)")
        #expect(report.section(titled: "四、分街道")?.tables.first?.rows.count == 2)
        let text = report.rendered(as: .text)
        #expect(text.contains("测试物业4"))
        let street = try kernel.read(as: nil) { session in
            try #require(session.registry.reports.first { $0.name == "org.overview" })
                .build(session, ["street": "将军路街道", "year": "2022"])
        }
        #expect(street.subtitle?.hasPrefix("将军路街道") == true)
        let typo = errorMessage {
            try kernel.read(as: nil) { session in
                try #require(session.registry.reports.first { $0.name == "org.overview" }).build(session, ["yaer": "2022"])
            }
        }
        #expect(typo?.contains("org.overview: unknown parameter 'yaer'") == true)
    }
}
