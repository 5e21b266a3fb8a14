import Kernel
import LuaHost
import Organization

/// The comprehensive-coordination rules: checks `redprop check` and `check.run("coord")` list
/// findings of. Each reads within the actor's scope and names the record and its area.
enum CoordinationRules {
    static let declarations = [
        RuleDeclaration(
            "coord.issue-overdue",
            summary: "An open issue past its due date, or longer at its level than its category's time limit."
        ) { session in
            try CoordinationIndicators(session: session).overdueIssues().map { overdue in
                finding("coord.issue-overdue", Coordination.issue, overdue.issue, overdue.message)
            }
        },
        RuleDeclaration(
            "coord.reserved-issue-below-district",
            summary: "An open issue of a category the district reserves (maintenance funds, re-elections) not yet at the district."
        ) { session in
            let (inScope, argument) = session.scopeCondition(areaColumn: "t.area_id")
            let ids = try Int64.fetchAll(session.db, sql: """
                SELECT t.id FROM coord_issue t JOIN coord_category c ON c.id = t.category
                WHERE c.reserved_for_district = 1 AND t.status = 'open' AND t.level <> 'district' AND \(inScope)
                ORDER BY t.id
                """, arguments: [argument])
            return try ids.compactMap { try session.records.find(Coordination.issue, .integer($0)) }.map { issue in
                let level = CoordinationLevel(rawValue: issue["level"].stringValue ?? "")?.chineseName ?? "?"
                return finding("coord.reserved-issue-below-district", Coordination.issue, issue,
                               "its category is decided by the district, but it is still at the \(level) level: "
                                   + "escalate it (coord.escalate sends it straight to the district)")
            }
        },
        RuleDeclaration(
            "coord.meeting-in-future",
            summary: "A meeting dated after today (recorded before it was held, or mistyped)."
        ) { session in
            let (inScope, argument) = session.scopeCondition(areaColumn: "t.area_id")
            let today = session.clock.today.description
            let ids = try Int64.fetchAll(session.db, sql: """
                SELECT t.id FROM coord_meeting t WHERE t.date > ? AND \(inScope) ORDER BY t.id
                """, arguments: [today.databaseValue, argument])
            return try ids.compactMap { try session.records.find(Coordination.meeting, .integer($0)) }.map { meeting in
                finding("coord.meeting-in-future", Coordination.meeting, meeting,
                        "dated \(meeting["date"].stringValue ?? "?"), after today (\(today)): correct the date or "
                            + "delete it until the meeting is held")
            }
        },
        RuleDeclaration(
            "coord.cadence-missed",
            summary: "A body that held fewer meetings than its cadence requires in the last complete month, quarter or year."
        ) { session in
            let today = session.clock.today
            let latest = Dictionary(uniqueKeysWithValues: Coordination.CadencePeriod.allCases.map { kind in
                (kind, Period(kind, containing: Period(kind, containing: today).start.adding(days: -1)))
            })
            let window = CadenceCompliance.Window(
                from: latest.values.map(\.start).min() ?? today, through: today)
            return try CadenceCompliance(session: session).gaps(in: window)
                .filter { latest[$0.period.kind] == $0.period }
                .map { gap in
                    finding("coord.cadence-missed", Coordination.body, gap.body,
                            "held \(gap.held) \(gap.kind.chineseName) in \(gap.period.chineseName), "
                                + "\(gap.required) required (\(gap.cadence))")
                }
        },
    ]

    /// A finding naming `record` as people do.
    static func finding(_ rule: String, _ type: RecordType, _ record: Record, _ message: String) -> Finding {
        let key = record[type.key]
        let keyText = key.stringValue ?? key.integerValue.map { "#\($0)" } ?? "#\(record.id)"
        var subject = "\(type.title) '\(keyText)'"
        if let title = record["title"].stringValue { subject += " \(title)" }
        let area = [record["area"].stringValue, record["area_name"].stringValue].compactMap { $0 }
            .joined(separator: " ")
        return Finding(rule: rule, subject: subject, area: area, message: message)
    }
}
