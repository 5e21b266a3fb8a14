import class GRDB.Row
import Kernel
import LuaHost
import Organization

/// The comprehensive-coordination indicators, computed from stored records within the actor's
/// scope and an ``AreaFilter``: what a body consists of, the results of cooperation, and the
/// issues past their time.
///
/// ```swift
/// let indicators = CoordinationIndicators(session: session)
/// let profile = try indicators.profile(of: try indicators.districtBody())   // 12 units, 10 categories, 5 procedures
/// let results = try indicators.results()                                     // 85 events, 26 agreements, …
/// ```
public struct CoordinationIndicators {
    /// The session it reads in.
    public let session: Session
    /// The part of the scope covered.
    public let filter: AreaFilter

    /// Indicators over `filter` (the whole scope by default).
    public init(session: Session, filter: AreaFilter = AreaFilter()) {
        self.session = session
        self.filter = filter
    }

    /// What a body consists of: member units, issue categories, procedures, meetings held.
    public struct Profile: Sendable, Equatable {
        /// The body.
        public var body: Record
        /// Its level.
        public var level: CoordinationLevel
        /// Member units (成员单位).
        public var memberUnits: Int
        /// Issue categories it coordinates (突出问题类别).
        public var issueCategories: Int
        /// Of them, reserved for the district.
        public var reservedCategories: Int
        /// Standard procedures (协调程序).
        public var procedures: Int
        /// Meetings recorded.
        public var meetings: Int

        /// The profile as a Lua table.
        public var luaValue: LuaValue {
            ["body": body["name"], "area": body["area"], "area_name": body["area_name"], "level": .string(level.rawValue),
             "member_units": .integer(Int64(memberUnits)), "issue_categories": .integer(Int64(issueCategories)),
             "reserved_categories": .integer(Int64(reservedCategories)), "procedures": .integer(Int64(procedures)),
             "meetings": .integer(Int64(meetings))]
        }
    }

    /// The district joint meeting: the first body placed in the district, if the actor sees it.
    public func districtBody() throws -> Record? {
        try session.sql.records(Coordination.body, where: "a.kind = 'district'").first
    }

    /// The profile of `body`.
    public func profile(of body: Record) throws -> Profile {
        func count(_ type: RecordType, _ condition: String = "1") throws -> Int {
            try session.sql.count(type, where: "t.body = ? AND \(condition)", [body.id])
        }
        let kind = body["area"].stringValue.flatMap { try? session.geography.find($0) }?.kind ?? .district
        return Profile(
            body: body, level: CoordinationLevel(areaKind: kind) ?? .district,
            memberUnits: try count(Coordination.memberUnit),
            issueCategories: try count(Coordination.issueCategory),
            reservedCategories: try count(Coordination.issueCategory, "t.reserved_for_district = 1"),
            procedures: try count(Coordination.procedure),
            meetings: try count(Coordination.meeting))
    }

    /// Counts of the results of cooperation within the filter, by name:
    /// `volunteer_events`, `joint_events`, `agreements`, `service_projects`,
    /// `service_projects_delivered`, `grid_supervisors`, `cross_appointments`,
    /// `bodies_district/street/community`, `meetings`, `issues_open/resolved/closed`.
    public func results() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        counts["volunteer_events"] = try count(Coordination.jointEvent, where: "t.kind = 'volunteer'")
        counts["joint_events"] = try count(Coordination.jointEvent)
        counts["agreements"] = try count(Coordination.agreement)
        counts["service_projects"] = try count(Coordination.serviceProject)
        counts["service_projects_delivered"] = try count(Coordination.serviceProject, where: "t.delivered_on IS NOT NULL")
        counts["grid_supervisors"] = try count(Coordination.crossAppointment,
                                               where: "t.kind = 'grid_supervisor' AND t.until IS NULL")
        counts["secretaries_on_committees"] = try count(Coordination.crossAppointment,
                                                        where: "t.kind = 'company_to_community' AND t.until IS NULL")
        counts["cross_appointments"] = try count(Coordination.crossAppointment, where: "t.until IS NULL")
        for level in CoordinationLevel.allCases {
            counts["bodies_\(level.rawValue)"] = try count(Coordination.body, where: """
                t.area_id IN (SELECT id FROM area WHERE kind = '\(level.areaKind.rawValue)')
                """)
        }
        counts["meetings"] = try count(Coordination.meeting)
        for status in IssueStatus.allCases {
            counts["issues_\(status.rawValue)"] = try count(Coordination.issue, where: "t.status = '\(status.rawValue)'")
        }
        return counts
    }

    /// Open issues past their due date, or (without one) longer at their level than their
    /// category's time limit (30 days when they have no category), most overdue first.
    public func overdueIssues() throws -> [OverdueIssue] {
        let rows = try session.sql.rows("""
            SELECT t.id, coalesce(c.time_limit_days, \(Coordination.defaultTimeLimitDays)) AS time_limit
            FROM coord_issue t LEFT JOIN coord_category c ON c.id = t.category
            WHERE t.status = 'open' AND {scope t} ORDER BY t.id
            """, within: filter)
        let limits = Dictionary(uniqueKeysWithValues: rows.map { (row: Row) -> (Int64, Int) in (row["id"], row["time_limit"]) })
        let today = session.clock.today
        var overdue: [OverdueIssue] = []
        for issue in try session.sql.records(Coordination.issue, ids: rows.map { $0["id"] }) {
            guard let stay = try LevelStay.chain(of: issue, in: session).last, let limit = limits[issue.id] else { continue }
            let deadline = issue["due_on"].stringValue.flatMap(CalendarDate.init) ?? stay.entered.adding(days: limit)
            if deadline < today {
                overdue.append(OverdueIssue(issue: issue, stay: stay, deadline: deadline,
                                            daysOverdue: deadline.days(until: today)))
            }
        }
        return overdue.sorted { ($0.daysOverdue, $1.issue.id) > ($1.daysOverdue, $0.issue.id) }
    }

    private func count(_ type: RecordType, where condition: String = "1") throws -> Int {
        try session.sql.count(type, where: condition, within: filter)
    }
}

// Not Sendable: it works inside one session, which never leaves the database access that made it.
@available(*, unavailable)
extension CoordinationIndicators: Sendable {}
