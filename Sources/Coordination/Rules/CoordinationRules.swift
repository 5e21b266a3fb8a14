import Kernel
import Organization

/// The comprehensive-coordination rules: checks `redprop check` and `check.run("coord")` list
/// findings of. Each reads within the actor's scope and names the record and its area.
enum CoordinationRules {
    static let declarations = [
        RuleDeclaration(
            "coord.issue-overdue", title: "协调事项超期",
            summary: "An open issue past its due date, or longer at its level than its category's time limit."
        ) { session in
            try CoordinationIndicators(session: session).overdueIssues().map { overdue in
                Finding(rule: "coord.issue-overdue", record: overdue.issue, of: Coordination.issue, message: overdue.message)
            }
        },
        RuleDeclaration(
            "coord.reserved-issue-below-district", title: "区级事项未提交区联席会议",
            summary: "An open issue of a category the district reserves (maintenance funds, re-elections) not yet at the district."
        ) { session in
            try session.sql.records(Coordination.issue, where: """
                t.status = 'open' AND t.level <> 'district'
                AND t.category IN (SELECT id FROM coord_category WHERE reserved_for_district = 1)
                """).map { issue in
                let level = CoordinationLevel(rawValue: issue["level"].stringValue ?? "")?.chineseName ?? "?"
                return Finding(rule: "coord.reserved-issue-below-district", severity: .error, record: issue,
                               of: Coordination.issue,
                               message: "该类事项须提交区联席会议研究，目前仍在\(level)级："
                                   + "应上报（coord.escalate 直接提交区级）")
            }
        },
        RuleDeclaration(
            "coord.meeting-in-future", title: "会议日期晚于今天",
            summary: "A meeting dated after today (recorded before it was held, or mistyped)."
        ) { session in
            let today = session.clock.today.description
            return try session.sql.records(Coordination.meeting, where: "t.date > ?", [today]).map { meeting in
                Finding(rule: "coord.meeting-in-future", record: meeting, of: Coordination.meeting,
                        message: "会议日期为\(meeting["date"].stringValue ?? "?")，晚于今天（\(today)）："
                            + "请更正日期，或待会议召开后再登记")
            }
        },
        RuleDeclaration(
            "coord.cadence-missed", title: "会议未按频次召开",
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
                    Finding(rule: "coord.cadence-missed", record: gap.body, of: Coordination.body,
                            message: "\(gap.period.chineseName)召开\(gap.kind.chineseName)\(gap.held)次，"
                                + "应召开\(gap.required)次（\(gap.cadence)）")
                }
        },
    ]
}
