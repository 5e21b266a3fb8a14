import Kernel
import Organization

extension Coordination {
    /// Coordination issue (协调事项): a problem a community, street or the district joint meeting
    /// must settle, with where it was raised, where it is now and how it ended.
    ///
    /// Raise one with `coord.raise_issue{…}`, move it up with `coord.escalate(number, reason)`,
    /// settle it with `coord.resolve(number, resolution)`; `coord.chain(number)` gives the time
    /// spent at each level. Placed in the compound (or community, street) it concerns.
    ///
    /// ```lua
    /// coord.raise_issue{ number = "XT-2023-004", title = "颐泽花园电梯维修资金申请", category = "C04",
    ///                    area = "颐泽花园", raised_on = "2023-01-05", due_on = "2023-03-05" }
    /// ```
    public static let issue = RecordType(
        name: "coord.issue", title: "协调事项", singular: "issue", plural: "issues", key: "number",
        placement: [.district, .street, .community, .grid, .compound],
        fields: [
            Field("number", "编号", .text, required: true, unique: true, summary: "The issue's number (XT-2023-004).",
                  check: FieldChecks.notBlank),
            Field("title", "事项", .text, required: true, summary: "What the issue is."),
            Field("category", "问题类别", .reference("coord.category"), summary: "Its category (by code)."),
            Field("raised_level", "提出层级", .choice(CoordinationLevel.choices), required: true, default: "community",
                  summary: "The level where it was raised."),
            Field("level", "当前层级", .choice(CoordinationLevel.choices), required: true, default: "community",
                  summary: "The level handling it now; coord.escalate moves it up."),
            Field("status", "状态", .choice(IssueStatus.choices), required: true, default: "open",
                  summary: "Open (being coordinated), resolved or closed."),
            Field("raised_on", "提出日期", .date, required: true, summary: "When it was raised."),
            Field("due_on", "办结时限", .date,
                  summary: "When it must be settled; without one, the category's time limit at each level applies."),
            Field("raised_by", "提出人", .text, summary: "Who raised it (a resident, the company, a grid worker)."),
            Field("resolution", "处理结果", .text, summary: "How it was settled."),
            Field("resolved_on", "解决日期", .date, summary: "When it was settled."),
        ],
        summary: "An issue brought to the joint-meeting mechanism.",
        validate: FieldChecks.notAfterToday("raised_on"),
        policy: WritePolicy(
            creator: { session, fields in try IssueWorkflow(session: session).enter(fields) },
            delete: .closed(useInstead: "coord.resolve(number, reason, {status = \"closed\"})"),
            serviceFields: ["status": "coord.resolve", "level": "coord.escalate", "raised_level": "coord.raise_issue",
                            "resolved_on": "coord.resolve"]))

    /// Escalation (升级记录): one step of an issue's chain — from which level to which, on which
    /// day, and why. Written by `coord.escalate`; the date is the day the issue entered the new level.
    public static let escalation = RecordType(
        name: "coord.escalation", title: "升级记录", singular: "escalation", plural: "escalations", key: "id",
        placement: [.district, .street, .community, .grid, .compound],
        fields: [
            Field("issue", "协调事项", .reference("coord.issue"), required: true, summary: "The issue (by number)."),
            Field("from_level", "原层级", .choice(CoordinationLevel.choices), required: true, summary: "Where it was."),
            Field("to_level", "上报层级", .choice(CoordinationLevel.choices), required: true, summary: "Where it went."),
            Field("date", "上报日期", .date, required: true, summary: "The day it entered the new level."),
            Field("reason", "上报理由", .text, required: true, summary: "Why the lower level could not settle it."),
        ],
        summary: "One step up an issue's escalation chain.",
        validate: FieldChecks.notAfterToday("date"),
        policy: WritePolicy(create: .closed(useInstead: "coord.escalate"), update: .closed(useInstead: "coord.escalate"),
                            delete: .closed(useInstead: "coord.escalate")))
}

/// The statuses of a coordination issue.
public enum IssueStatus: String, Sendable, CaseIterable, ChoiceEnumeration {
    /// Being coordinated (协调中): may be escalated.
    case open
    /// Settled by a meeting (已解决).
    case resolved
    /// Closed after follow-up (已办结).
    case closed

    /// The Chinese name.
    public var chineseName: String {
        switch self {
        case .open: "协调中"
        case .resolved: "已解决"
        case .closed: "已办结"
        }
    }
}
