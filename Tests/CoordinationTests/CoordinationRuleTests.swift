import Coordination
import Foundation
import Kernel
import LuaHost
import RedPropTesting
import Testing

/// Overdue issues, reserved issues below the district, missed cadences; and CSV import of
/// coordination records.
struct CoordinationRuleTests {
    private func findings(_ kernel: Kernel, _ rule: String) throws -> [Finding] {
        try kernel.read(as: nil) { try RuleRunner.run($0, matching: rule) }
    }

    @Test("an open issue past its due date, or past its category's time limit at its level, is overdue")
    func overdue() throws {
        let kernel = try Fixtures.kernel()
        try kernel.write(as: nil) { session in
            try Fixtures.raise(session, "XT-DUE", raisedOn: "2023-01-02", due: "2023-02-20")
            try Fixtures.raise(session, "XT-LIMIT", raisedOn: "2023-01-02")
            try Fixtures.raise(session, "XT-FRESH", raisedOn: "2023-02-10")
            try Fixtures.raise(session, "XT-DONE", raisedOn: "2022-10-01")
            try IssueWorkflow(session: session).resolve("XT-DONE", resolution: "已协调", on: "2022-10-20")
            try Fixtures.raise(session, "XT-MOVED", raisedOn: "2022-12-01")
            try IssueWorkflow(session: session).escalate("XT-MOVED", reason: "社区协调未果", on: "2023-02-20")
        }
        let found = try findings(kernel, "coord.issue-overdue")
        // XT-LIMIT: 30 days from 2023-01-02 ran out on 2023-02-01 (26 days ago); XT-DUE: 7 days late.
        #expect(found.map(\.subject) == ["协调事项 '测试事项' (XT-LIMIT)", "协调事项 '测试事项' (XT-DUE)"])
        #expect(found.last?.message.hasPrefix("尚未办结，已超过办结时限2023-02-20 7天") == true)
        #expect(found.first?.area == "370302001001C01 颐泽花园")
        let lua = try kernel.runLua("local o = coord.overdue{}; return #o, o[1].number, o[1].days_overdue")
        #expect(lua == [2, "XT-LIMIT", 26])
    }

    @Test("an open issue of a reserved category below the district is a finding until escalated")
    func reservedBelowDistrict() throws {
        let kernel = try Fixtures.kernel()
        _ = try kernel.write(as: nil) { try Fixtures.raise($0, "XT-FUND", category: "C04", raisedOn: "2023-02-20") }
        #expect(try findings(kernel, "coord.reserved-issue-below-district").count == 1)
        _ = try kernel.write(as: nil) { try IssueWorkflow(session: $0).escalate("XT-FUND", reason: "区级审批") }
        #expect(try findings(kernel, "coord.reserved-issue-below-district").isEmpty)
    }

    @Test("a body that missed last month's or last quarter's meeting is a finding")
    func cadenceMissed() throws {
        let kernel = try Fixtures.kernel()
        try kernel.write(as: nil) { session in
            try Fixtures.meeting(session, "将军路街道党建联盟", .joint, "2023-01-10")
            for body in ["颐泽社区三会", "雁阳社区三会", "般阳社区三会"] {
                try Fixtures.meeting(session, body, .heartToHeart, "2023-01-12")
                try Fixtures.meeting(session, body, .joint, "2022-12-12")
            }
        }
        #expect(try findings(kernel, "coord.cadence-missed").isEmpty)
        try kernel.write(as: nil) { session in
            let meeting = try #require(try session.records.list(Coordination.meeting).first)
            try session.records.delete(Coordination.meeting, .integer(meeting.id))
        }
        let found = try findings(kernel, "coord.cadence-missed")
        #expect(found.map(\.subject) == ["联席会议 '将军路街道党建联盟'"])
        #expect(found.first?.message == "2023年1月召开联席会议0次，应召开1次（街道每月联席会议）")
    }

    @Test("issues import from CSV with Chinese headers; a bad row imports nothing")
    func issuesFromCSV() throws {
        let kernel = try Fixtures.kernel()
        let good = """
            编号,事项,问题类别,所属区域,提出日期,提出层级,当前层级,状态
            XT-101,电梯维修,C04,颐泽花园,2023/1/3,社区,区,协调中
            XT-102,绿地被占,C01,雁阳御城,2023-01-05,community,community,open
            """
        let created = try kernel.write(as: nil) { session in
            try session.importer.importCSV(Data(good.utf8), as: Coordination.issue, fileName: "issues.csv")
        }
        #expect(created == 2)
        let issue = try kernel.read(as: nil) { try $0.records.require(Coordination.issue, "XT-101") }
        #expect(issue["level"] == "district")
        #expect(issue["raised_on"] == "2023-01-03")
        let bad = """
            编号,事项,问题类别,所属区域,提出日期
            XT-103,车库漏水,C01,颐泽花园,2023-01-03
            XT-104,噪音扰民,C99,颐泽花园,2023-01-04
            """
        var thrown: ImportError?
        do {
            _ = try kernel.write(as: nil) { session in
                try session.importer.importCSV(Data(bad.utf8), as: Coordination.issue, fileName: "issues.csv")
            }
        } catch let error as ImportError {
            thrown = error
        }
        #expect(thrown?.problems.map(\.line) == [3])
        #expect(thrown?.problems.first?.column == 3)
        #expect(thrown?.problems.first?.reason.contains("field 'category' (问题类别): no 问题类别 'C99'") == true)
        #expect(try kernel.read(as: nil) { try $0.records.count(Coordination.issue) } == 2)
    }

    @Test("every coordination record type exports a header the importer accepts")
    func everyTypeHasAnImportableHeader() throws {
        let kernel = try Fixtures.emptyKernel()
        for type in Coordination().recordTypes where type.name != Coordination.cadence.name {
            let header = try kernel.read(as: nil) { try $0.exporter.csv(type) }
            let imported = try kernel.write(as: nil) { session in
                try session.importer.importCSV(Data(header.utf8), as: type, fileName: "\(type.plural).csv")
            }
            #expect(imported == 0, "\(type.name)")
        }
        let cadences = try kernel.read(as: nil) { try $0.exporter.csv(Coordination.cadence) }
        #expect(cadences.contains("社区每月恳谈会,community,heart_to_heart,month,1"))
    }
}
