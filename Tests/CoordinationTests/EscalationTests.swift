import Coordination
import Kernel
import LuaHost
import RedPropTesting
import Testing

/// Issues up the chain community → street → district: the steps, the time at each level, the
/// district's reserved categories, and what cannot be escalated.
struct EscalationTests {
    @Test("an issue goes community → street → district, and the days at each level are kept")
    func fullChain() throws {
        let kernel = try Fixtures.kernel()
        let (issue, stays) = try kernel.write(as: nil) { session in
            let workflow = IssueWorkflow(session: session)
            try Fixtures.raise(session, "XT-1", raisedOn: "2023-01-02")
            try workflow.escalate("XT-1", reason: "社区协调未果", on: "2023-01-12")
            let issue = try workflow.escalate("XT-1", reason: "街道协调未果", on: "2023-02-01")
            return (issue, try workflow.chain("XT-1"))
        }
        #expect(issue["level"] == "district")
        #expect(issue["raised_level"] == "community")
        #expect(stays.map(\.level) == [.community, .street, .district])
        #expect(stays.map(\.days) == [10, 20, 26])
        #expect(stays.last?.left == nil)
        let steps = try kernel.read(as: nil) { try $0.records.list(Coordination.escalation) }
        #expect(steps.map { $0["to_level"] } == ["street", "district"])
        #expect(steps.first?["reason"] == "社区协调未果")
    }

    @Test("an issue of a category the district reserves goes straight to the district")
    func reservedCategorySkipsTheStreet() throws {
        let kernel = try Fixtures.kernel()
        let issue = try kernel.write(as: nil) { session in
            try Fixtures.raise(session, "XT-2", category: "C04")
            return try IssueWorkflow(session: session).escalate("XT-2", reason: "维修资金须区级审批")
        }
        #expect(issue["level"] == "district")
        let step = try kernel.read(as: nil) { try $0.records.list(Coordination.escalation).first }
        #expect(step?["from_level"] == "community")
        #expect(step?["date"] == "2023-02-27")
    }

    @Test("escalating a closed or resolved issue is refused")
    func closedIssueIsRefused() throws {
        let kernel = try Fixtures.kernel()
        for status in [IssueStatus.resolved, .closed] {
            let message = errorMessage {
                try kernel.write(as: nil) { session in
                    try Fixtures.raise(session, "XT-\(status.rawValue)")
                    try IssueWorkflow(session: session).resolve(.string("XT-\(status.rawValue)"), resolution: "已协调",
                                                                status: status)
                    try IssueWorkflow(session: session).escalate(.string("XT-\(status.rawValue)"), reason: "再议")
                }
            }
            #expect(message == "协调事项 'XT-\(status.rawValue)', field 'status' (状态): it is \(status.rawValue) "
                + "(\(status.chineseName)): only an open issue can be escalated")
        }
    }

    @Test("an issue already at the district cannot go higher")
    func districtIsTheTop() throws {
        let kernel = try Fixtures.kernel()
        let message = errorMessage {
            try kernel.write(as: nil) { session in
                try Fixtures.raise(session, "XT-3", category: "C04")
                try IssueWorkflow(session: session).escalate("XT-3", reason: "区级审批")
                try IssueWorkflow(session: session).escalate("XT-3", reason: "再报")
            }
        }
        #expect(message?.contains("field 'level' (当前层级): cannot escalate (上报) from 区 (district); "
            + "from here: none, it is final") == true, "\(message ?? "")")
    }

    @Test("an escalation needs a reason and a date between the last step and today")
    func reasonAndDate() throws {
        let kernel = try Fixtures.kernel()
        _ = try kernel.write(as: nil) { try Fixtures.raise($0, "XT-4", raisedOn: "2023-01-10") }
        let noReason = errorMessage {
            try kernel.write(as: nil) { try IssueWorkflow(session: $0).escalate("XT-4", reason: "  ") }
        }
        #expect(noReason?.contains("an escalation needs a reason") == true)
        let early = errorMessage {
            try kernel.write(as: nil) { try IssueWorkflow(session: $0).escalate("XT-4", reason: "x", on: "2023-01-05") }
        }
        #expect(early?.contains("field 'date' (上报日期): 2023-01-05 is before the issue reached the 社区 level on 2023-01-10") == true)
        let future = errorMessage {
            try kernel.write(as: nil) { try IssueWorkflow(session: $0).escalate("XT-4", reason: "x", on: "2023-03-01") }
        }
        #expect(future?.contains("2023-03-01 is in the future (today is 2023-02-27)") == true)
    }

    @Test("coord.escalate works from Lua, emits coord.issue.escalated and is audited")
    func escalateFromLua() throws {
        let kernel = try Fixtures.kernel()
        let results = try kernel.runLua("""
            local seen = {}
            local function note(event) seen[#seen + 1] = event.name .. ":" .. (event.to or "") end
            for _, name in ipairs{ "coord.issue.raised", "coord.issue.escalated", "coord.issue.resolved" } do
              on(name, note)
            end
            coord.raise_issue{ number = "XT-5", title = "物业费纠纷", category = "C01", area = "颐泽花园",
                               raised_on = "2023-02-01" }
            local issue = coord.escalate("XT-5", "社区协调未果", { date = "2023-02-11" })
            local chain = coord.chain("XT-5")
            coord.resolve("XT-5", "街道调解成功", { date = "2023-02-20" })
            return issue.level, #chain, chain[1].days, chain[2].entered, table.concat(seen, ","),
                   coord.chain("XT-5")[2].days
            """, writable: true)
        #expect(results == ["street", 2, 10, "2023-02-11", "coord.issue.raised:,coord.issue.escalated:street,coord.issue.resolved:", 9])
        let audit = try kernel.read(as: nil) { try $0.audit.entries(type: "coord.escalation") }
        #expect(audit.count == 1)
    }

    @Test("a community actor escalates issues in its community but cannot touch another's")
    func escalationRespectsScope() throws {
        let kernel = try Fixtures.kernel()
        try kernel.write(as: nil) { session in
            try IssueWorkflow(session: session).raise(["number": "XT-6", "title": "般阳花苑", "area": "般阳花苑"])
            try Fixtures.raise(session, "XT-7", category: nil)
        }
        let issue = try kernel.write(as: SampleDistrict.communityActor) { session in
            try IssueWorkflow(session: session).escalate("XT-6", reason: "社区协调未果")
        }
        #expect(issue["level"] == "street")
        let message = errorMessage {
            try kernel.write(as: SampleDistrict.communityActor) { try IssueWorkflow(session: $0).escalate("XT-7", reason: "x") }
        }
        #expect(message?.contains("no 协调事项 'XT-7' in the scope of banyang-community") == true)
    }
}
