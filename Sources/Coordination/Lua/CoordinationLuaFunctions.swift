import Kernel
import LuaHost
import Organization

/// The `coord` functions beyond the generated record functions: holding meetings, raising,
/// escalating and resolving issues, and the indicators.
///
/// ```lua
/// coord.escalate("XT-2023-004", "社区协调未果：维修资金需区级审批")
/// for _, gap in ipairs(coord.cadence_gaps{ period = "2022Q4" }) do print(gap.body, gap.period) end
/// ```
enum CoordinationLuaFunctions {
    static let declarations = writers + readers

    static let writers = [
        LuaFunctionDeclaration(
            "hold_meeting", parameters: [LuaParameter("fields", "CoordMeeting", "body, kind, date (default today), …")],
            returns: "CoordMeeting", writes: true,
            summary: "Records a meeting held by a body (not dated after today), placed where the body is; emits coord.meeting.held."
        ) { call, session in
            call.push(try MeetingLog(session: session).hold(try call.table(at: 1).record).luaValue)
        },
        LuaFunctionDeclaration(
            "raise_issue", parameters: [LuaParameter("fields", "CoordIssue", "number, title, area, category, raised_level, …")],
            returns: "CoordIssue", writes: true,
            summary: "Raises an issue at a level (community by default), dated today unless raised_on is given; emits coord.issue.raised."
        ) { call, session in
            call.push(try IssueWorkflow(session: session).raise(try call.table(at: 1).record).luaValue)
        },
        LuaFunctionDeclaration(
            "escalate",
            parameters: [LuaParameter("issue", "string|integer", "the issue's number or id"),
                         LuaParameter("reason", "string", "why the current level cannot settle it"),
                         LuaParameter("options", "{date: string?}?", "the day it reached the new level (default today)")],
            returns: "CoordIssue", writes: true,
            summary: "Moves an open issue up a level (community → street → district; reserved categories straight to the district); emits coord.issue.escalated."
        ) { call, session in
            let options = try call.options(at: 3)
            let issue = try IssueWorkflow(session: session).escalate(try call.value(at: 1), reason: try call.string(at: 2),
                                                                    on: options["date"])
            call.push(issue.luaValue)
        },
        LuaFunctionDeclaration(
            "resolve",
            parameters: [LuaParameter("issue", "string|integer", "the issue's number or id"),
                         LuaParameter("resolution", "string", "how it was settled"),
                         LuaParameter("options", "{date: string?, status: \"resolved\"|\"closed\"|nil}?")],
            returns: "CoordIssue", writes: true,
            summary: "Settles an issue (status resolved, or closed), recording how and when; emits coord.issue.resolved."
        ) { call, session in
            let options = try call.options(at: 3)
            let statusName = options["status"].stringValue ?? IssueStatus.resolved.rawValue
            guard let status = IssueStatus.allCases.first(where: { $0.rawValue == statusName || $0.chineseName == statusName }),
                  status != .open else {
                throw KernelError(.invalid, "option 'status' must be resolved or closed, got '\(statusName)'", at: "coord.resolve")
            }
            let issue = try IssueWorkflow(session: session).resolve(try call.value(at: 1), resolution: try call.string(at: 2),
                                                                   status: status, on: options["date"])
            call.push(issue.luaValue)
        },
    ]

    static let readers = [
        LuaFunctionDeclaration(
            "chain", parameters: [LuaParameter("issue", "string|integer", "the issue's number or id")],
            returns: "CoordLevelStay[]", summary: "The levels an issue went through, with the days spent at each."
        ) { call, session in
            let stays = try IssueWorkflow(session: session).chain(try call.value(at: 1))
            call.push(.table(LuaTable(sequence: stays.map(\.luaValue))))
        },
        LuaFunctionDeclaration(
            "profile", parameters: [LuaParameter("body", "string?", "a body's name (default: the district joint meeting)")],
            returns: "CoordProfile?", summary: "What a body consists of: member units, issue categories, procedures, meetings."
        ) { call, session in
            let indicators = CoordinationIndicators(session: session)
            let body = try call.optionalString(at: 1).map { try session.records.require(Coordination.body, .string($0)) }
                ?? indicators.districtBody()
            call.push(try body.map { try indicators.profile(of: $0).luaValue } ?? .nil)
        },
        LuaFunctionDeclaration(
            "results", parameters: [LuaParameter("filter", "OrgAreaFilter?")], returns: "CoordResults",
            summary: "Counts of cooperation: volunteer events, agreements, service projects delivered, grid supervisors, bodies, issues."
        ) { call, session in
            let filter = try AreaFilter(try call.options(at: 1), session: session, function: "coord.results")
            let results = try CoordinationIndicators(session: session, filter: filter).results()
            call.push(.table(LuaTable(results.mapValues { LuaValue.integer(Int64($0)) })))
        },
        LuaFunctionDeclaration(
            "cadence_gaps", parameters: [LuaParameter("filter", "CoordCadenceGapFilter?", "an area filter plus period, or from and to")],
            returns: "CoordCadenceGap[]",
            summary: "Every body that held fewer meetings than a cadence requires, per period (default: the last 12 months)."
        ) { call, session in
            let options = try call.options(at: 1)
            let filter = try AreaFilter(options, session: session, function: "coord.cadence_gaps",
                                        otherKeys: ["period", "from", "to"])
            let window = try CadenceCompliance.Window(
                period: options["period"].stringValue ?? options["period"].integerValue.map(String.init),
                from: options["from"].stringValue, to: options["to"].stringValue,
                today: session.clock.today, function: "coord.cadence_gaps")
            let gaps = try CadenceCompliance(session: session, filter: filter).gaps(in: window)
            call.push(.table(LuaTable(sequence: gaps.map(\.luaValue))))
        },
        LuaFunctionDeclaration(
            "overdue", parameters: [LuaParameter("filter", "OrgAreaFilter?")], returns: "CoordOverdueIssue[]",
            summary: "Open issues past their due date, or longer at their level than their category allows, most overdue first."
        ) { call, session in
            let filter = try AreaFilter(try call.options(at: 1), session: session, function: "coord.overdue")
            let overdue = try CoordinationIndicators(session: session, filter: filter).overdueIssues()
            call.push(.table(LuaTable(sequence: overdue.map(\.luaValue))))
        },
    ]
}
