import Coordination
import Kernel
import LuaHost
import Organization
import RedPropTesting
import Testing

/// Meetings: held on or before today, placed where their body is, announced as `coord.meeting.held`.
struct MeetingTests {
    @Test("a meeting dated in the future is refused, naming the field and today")
    func futureMeetingIsRefused() throws {
        let kernel = try Fixtures.kernel()
        let message = errorMessage {
            try kernel.write(as: nil) { try Fixtures.meeting($0, "颐泽社区三会", .joint, "2023-02-28") }
        }
        #expect(message == "会议: field 'date' (会议日期): 2023-02-28 is in the future (today is 2023-02-27); "
            + "record a meeting once it has been held")
        #expect(try kernel.read(as: nil) { try $0.records.count(Coordination.meeting) } == 0)
    }

    @Test("a meeting held today is accepted, dated today by default and placed where its body is")
    func defaults() throws {
        let kernel = try Fixtures.kernel()
        let meeting = try kernel.write(as: nil) { session in
            try MeetingLog(session: session).hold(["body": "将军路街道党建联盟", "kind": "联席会议", "topic": "月度例会"])
        }
        #expect(meeting["date"] == "2023-02-27")
        #expect(meeting["area"] == "370302001")
        #expect(meeting["kind"] == "joint")
    }

    @Test("an unknown body is refused with the field named")
    func unknownBody() throws {
        let kernel = try Fixtures.kernel()
        let message = errorMessage {
            try kernel.write(as: nil) { try Fixtures.meeting($0, "不存在的联席会议", .joint, "2023-01-05") }
        }
        #expect(message?.contains("field 'body' (联席会议): no 联席会议 '不存在的联席会议'") == true)
    }

    @Test("coord.hold_meeting emits coord.meeting.held with its linked issues")
    func heldEvent() throws {
        let kernel = try Fixtures.kernel()
        let results = try kernel.runLua("""
            local held
            on("coord.meeting.held", function(event) held = event end)
            coord.raise_issue{ number = "XT-1", title = "车库漏水", area = "颐泽花园", raised_on = "2023-02-01" }
            coord.hold_meeting{ body = "颐泽社区三会", kind = "coordination", date = "2023-02-03", issues = { "XT-1" } }
            return held.kind, held.body.name, held.meeting.issues[1], #coord.meetings{ issues = "XT-1" }
            """, writable: true)
        #expect(results == ["coordination", "颐泽社区三会", "XT-1", 1])
    }

    @Test("a meeting dated after today is refused, even through create_meeting")
    func futureMeetingRefused() throws {
        let kernel = try Fixtures.kernel()
        let message = errorMessage {
            try kernel.runLua("""
                coord.create_meeting{ body = "颐泽社区三会", kind = "joint", date = "2023-03-15", area = "颐泽社区" }
                """, writable: true)
        }
        #expect(message?.contains("field 'date': 2023-03-15 is in the future (today is 2023-02-27)") == true,
                "\(message ?? "")")
    }

    @Test("a meeting recorded under a later clock is a finding when read on an earlier day")
    func futureMeetingRule() throws {
        let kernel = try Fixtures.kernel()
        let later = try Kernel(location: kernel.location, modules: [Organization(), Coordination()],
                               clock: KernelClock(today: CalendarDate(year: 2023, month: 3, day: 20) ?? TestKernel.today))
        _ = try later.write(as: nil) { session in
            try session.records.create(Coordination.meeting, [
                "body": "颐泽社区三会", "kind": "joint", "date": "2023-03-15", "area": "颐泽社区",
            ])
        }
        let findings = try kernel.read(as: nil) { try RuleRunner.run($0, matching: "coord.meeting-in-future") }
        #expect(findings.count == 1)
        #expect(findings.first?.message.hasPrefix("会议日期为2023-03-15，晚于今天（2023-02-27）") == true)
    }
}
