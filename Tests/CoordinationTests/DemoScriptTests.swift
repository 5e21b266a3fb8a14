import Coordination
import Foundation
import Kernel
import LuaHost
import Organization
import RedPropTesting
import Testing

/// The demo scripts (`scripts/demo/`) run on a fresh district and reproduce, from the records
/// they create, the figures of pillars 1 and 2 in `domain.md`.
struct DemoScriptTests {
    /// `scripts/demo/NAME.lua` in this checkout.
    private static func script(_ name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("scripts/demo/\(name).lua"), encoding: .utf8)
    }

    /// A fresh 淄川区 with the demo geography and the two pillars' demo records.
    private static func demoKernel() throws -> Kernel {
        let kernel = try TestKernel.make(modules: [Organization(), Coordination()])
        try kernel.initialise(districtCode: "370302", districtName: "淄川区")
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        for name in ["geography", "organization", "coordination"] {
            try host.run(try script(name), chunkName: "@scripts/demo/\(name).lua", writable: true)
        }
        return kernel
    }

    @Test("the demo reproduces every organization and coordination figure of domain.md")
    func reproducesTheFigures() throws {
        let kernel = try Self.demoKernel()
        let figures = try kernel.runLua("""
            local b, c = org.branches{}, org.coverage{}
            local i, oc, z = org.instructor_coverage{}, org.committee_coverage{}, org.zero_clearance{}
            local p, r = coord.profile(), coord.results{}
            return {
              companies = c.total, branches = b.branches, joint = b.joint, covered = b.companies_covered,
              uncovered = i.uncovered, with_instructor = i.with_instructor, coverage = c.percent,
              committee_coverage = oc.percent, zero_clearance = z.count,
              member_units = p.member_units, categories = p.issue_categories, procedures = p.procedures,
              grid_supervisors = r.grid_supervisors, volunteer_events = r.volunteer_events,
              agreements = r.agreements, projects_delivered = r.service_projects_delivered,
            }
            """)
        let values = try #require(figures.first?.tableValue).record
        let expected: [String: LuaValue] = [
            "companies": 28, "branches": 18, "joint": 4, "covered": 26, "uncovered": 2, "with_instructor": 2,
            "coverage": 92, "committee_coverage": 75, "zero_clearance": 0,
            "member_units": 12, "categories": 10, "procedures": 5,
            "grid_supervisors": 229, "volunteer_events": 85, "agreements": 26, "projects_delivered": 52,
        ]
        for (name, value) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(values[name] == value, "\(name)")
        }
    }

    @Test("the demo's reports, cadence gaps and findings are what its comments promise")
    func reportsAndFindings() throws {
        let kernel = try Self.demoKernel()
        let (overview, gaps, findings) = try kernel.read(as: nil) { session in
            let overview = try #require(session.registry.reports.first { $0.name == "org.overview" }).build(session, [:])
            let gaps = try CadenceCompliance(session: session).gaps(in: .lastTwelveMonths(before: session.clock.today))
            return (overview, gaps, try RuleRunner.run(session, matching: nil))
        }
        let coverage = overview.sections.flatMap(\.figures).first { $0.label == "物业企业党组织覆盖率" }
        #expect(coverage?.summaryText == "92.9% (26 / 28)")
        #expect(gaps.map { "\($0.body["name"].stringValue ?? "") \($0.period)" } == [
            "松龄路街道“红色物业”党建联盟 2022-08", "北关社区“三会”联席会议 2022Q3",
            "磁村社区“三会”联席会议 2022-11", "磁村社区“三会”联席会议 2022-12",
        ])
        #expect(findings.map(\.rule) == ["coord.issue-overdue", "coord.issue-overdue"])
        #expect(findings.map(\.subject).sorted() == ["协调事项 '和平里小区公共收益未公示' (XT-2022-006)",
                                                    "协调事项 '松龄佳苑业委会长期不履职' (XT-2022-005)"])
        let chain = try kernel.read(as: nil) { try IssueWorkflow(session: $0).chain("XT-2022-003") }
        #expect(chain.map(\.level) == [.community, .district])
        #expect(chain.map(\.days) == [7, 43])
    }
}
