import Kernel
import LuaHost

/// The time an issue spent at one level of the chain: when it entered, when it left (escalated,
/// resolved or closed), and the days in between.
///
/// ```lua
/// for _, stay in ipairs(coord.chain("XT-2023-004")) do
///   print(stay.level_name, stay.entered, stay.left or "（至今）", stay.days)
/// end
/// ```
public struct LevelStay: Sendable, Equatable {
    /// The level.
    public var level: CoordinationLevel
    /// The day it entered the level (raised there, or escalated to it).
    public var entered: CalendarDate
    /// The day it left (escalated, resolved or closed); `nil` while it is still there and open.
    public var left: CalendarDate?
    /// Days from `entered` to `left`, or to today while it is still there.
    public var days: Int

    /// The stay as a Lua table.
    public var luaValue: LuaValue {
        var table = LuaTable(["level": .string(level.rawValue), "level_name": .string(level.chineseName),
                              "entered": .string(entered.description), "days": .integer(Int64(days))])
        if let left { table["left"] = .string(left.description) }
        return .table(table)
    }

    /// The stays of `issue`, from the history of its ``Coordination/issueLevel`` workflow: where
    /// it was raised, then one per escalation.
    ///
    /// The last stay ends on `resolved_on` when the issue is resolved or closed (today if that date
    /// is missing), and runs to today while it is open.
    static func chain(of issue: Record, in session: Session) throws -> [LevelStay] {
        let today = session.clock.today
        let stays = try session.workflows.stays(Coordination.issueLevel, of: issue)
        let isOpen = (issue["status"].stringValue ?? "open") == IssueStatus.open.rawValue
        let end: CalendarDate? = isOpen ? nil : (issue["resolved_on"].stringValue.flatMap(CalendarDate.init) ?? today)
        func day(_ time: String) -> CalendarDate? { CalendarDate(String(time.prefix(10))) }
        return stays.enumerated().map { index, stay in
            let entered = day(stay.entered) ?? today
            let left = stay.left.flatMap(day) ?? (index == stays.count - 1 ? end : nil)
            return LevelStay(level: CoordinationLevel(rawValue: stay.state) ?? .community, entered: entered, left: left,
                             days: entered.days(until: left ?? today))
        }
    }
}

/// An open issue past its time: its due date has passed, or (without one) it has stayed at its
/// current level longer than its category's time limit.
public struct OverdueIssue: Sendable, Equatable {
    /// The issue.
    public var issue: Record
    /// Its current stay.
    public var stay: LevelStay
    /// The limit it broke: the due date, or the day the level's time limit ran out.
    public var deadline: CalendarDate
    /// Days past the deadline.
    public var daysOverdue: Int

    /// Why it is overdue, in words a district official reads.
    public var message: String {
        let where_ = "自\(stay.entered)起在\(stay.level.chineseName)级协调（已\(stay.days)天）"
        if issue["due_on"] != .nil {
            return "尚未办结，已超过办结时限\(deadline) \(daysOverdue)天，\(where_)：请尽快解决或上报"
        }
        return "尚未办结，\(where_)，超过该类事项时限\(daysOverdue)天：请尽快解决或上报"
    }

    /// The overdue issue as a Lua table: the issue's fields plus `level_since`, `days_at_level`,
    /// `deadline`, `days_overdue`.
    public var luaValue: LuaValue {
        var table = issue.luaValue.tableValue ?? LuaTable()
        table["level_since"] = .string(stay.entered.description)
        table["days_at_level"] = .integer(Int64(stay.days))
        table["deadline"] = .string(deadline.description)
        table["days_overdue"] = .integer(Int64(daysOverdue))
        return .table(table)
    }
}
