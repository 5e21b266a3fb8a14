import GRDB
import Kernel
import Organization

/// Pillar 2, comprehensive coordination (综合协调): "1 district joint-meeting mechanism + N
/// street and community joint meetings".
///
/// It stores joint-meeting bodies with their member units, issue categories and procedures; the
/// required meeting cadences (data a district can change); meetings; coordination issues and
/// their escalation chain; cross-appointments, cooperation agreements, joint events and
/// convenience service projects. It checks cadence compliance (``CadenceCompliance``), moves
/// issues up the chain (``IssueWorkflow``), lists findings of its rules and builds the
/// `coord.overview`, `coord.cadence` and `coord.escalations` reports. Lua sees it as `coord`.
///
/// ```swift
/// let kernel = try Kernel(location: .resolve(explicit: nil), modules: [Organization(), Coordination()])
/// try kernel.write(as: nil) { session in
///     try IssueWorkflow(session: session).escalate("XT-2023-004", reason: "需区级审批")
/// }
/// ```
public struct Coordination: Module {
    /// `coord`: the Lua global and the prefix of its record types, events, rules and reports.
    public let name = "coord"
    /// 综合协调.
    public let title = "综合协调"
    /// The module's version.
    public let version = "1.0.0"
    /// It refers to Organization's companies and party organizations.
    public let dependencies = ["org"]

    /// Days an open issue without a due date may stay at one level when it has no category.
    public static let defaultTimeLimitDays = 30

    /// The module.
    public init() {}

    /// Its record types, each after the types it refers to.
    public var recordTypes: [RecordType] {
        [Self.body, Self.memberUnit, Self.issueCategory, Self.procedure, Self.cadence, Self.issue, Self.escalation,
         Self.meeting, Self.crossAppointment, Self.agreement, Self.jointEvent, Self.serviceProject]
    }

    /// Frozen as released (see ``CoordinationSchema``).
    public var migrations: [Migration] {
        [
            Migration("coord.v1") { db in
                try db.execute(sql: CoordinationSchema.v1)
                if let district = try Int64.fetchOne(db, sql: "SELECT id FROM area WHERE parent_id IS NULL ORDER BY id LIMIT 1") {
                    try db.execute(sql: CoordinationSchema.v1Seed(districtID: district))
                }
            },
            Migration("coord.v2") { db in
                try db.execute(sql: CoordinationSchema.dropSeedTrigger)
                try CoordinationSchema.dropChoiceChecks(db)
                try db.execute(sql: CoordinationSchema.backfillIssueHistory)
            },
        ]
    }

    /// A new district gets the standard cadences.
    public var eventHandlers: [EventHandlerDeclaration] {
        [
            EventHandlerDeclaration("area.created", summary: "seeds the standard meeting cadences into a new district") {
                event, session in
                guard event.payload["kind"] == .string(AreaKind.district.rawValue) else { return }
                for cadence in Self.standardCadences {
                    try session.records.create(Self.cadence, [
                        "area": event.payload["code"], "name": .string(cadence.name),
                        "level": .string(cadence.level.rawValue), "meeting_kind": .string(cadence.kind.rawValue),
                        "period": .string(cadence.period.rawValue), "count": .integer(Int64(cadence.count)),
                        "basis": .string(cadence.basis),
                    ])
                }
            },
        ]
    }

    /// The issue's status and level.
    public var workflows: [Workflow] { [Self.issueStatus, Self.issueLevel] }

    /// The events it emits beyond the generated ones.
    public var events: [EventDeclaration] {
        [
            EventDeclaration("coord.meeting.held", "A meeting was recorded by coord.hold_meeting; payload: meeting, body, kind, date."),
            EventDeclaration("coord.issue.raised", "An issue was raised by coord.raise_issue; payload: issue."),
            EventDeclaration("coord.issue.escalated",
                             "An issue went up a level; payload: issue, escalation, from, to, reason, date, days_at_previous_level."),
            EventDeclaration("coord.issue.resolved", "An issue was resolved or closed; payload: issue, status."),
        ]
    }

    /// Meetings, issues and indicators.
    public var luaFunctions: [LuaFunctionDeclaration] { CoordinationLuaFunctions.declarations }

    /// `coord.overview`, `coord.cadence`, `coord.escalations`.
    public var reports: [ReportDeclaration] { CoordinationReports.declarations }

    /// Overdue issues, reserved issues below the district, meetings in the future, missed cadences.
    public var rules: [RuleDeclaration] { CoordinationRules.declarations }
}
