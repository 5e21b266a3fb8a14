import Kernel
import LuaHost

/// Raising, escalating and resolving coordination issues: the community → street → district chain,
/// on the kernel's workflows ``Coordination/issueLevel`` and ``Coordination/issueStatus``.
///
/// Every step is an audited write with a workflow history row (and, for an escalation, a
/// `coord.escalation` record with its reason), made in one savepoint, and emits an event:
/// `coord.issue.raised`, `coord.issue.escalated`, `coord.issue.resolved` (with the kernel's
/// `coord.issue.transitioned`).
///
/// ```swift
/// let workflow = IssueWorkflow(session: session)
/// try workflow.escalate("XT-2023-004", reason: "社区协调未果，需街道联席会议研究")
/// let stays = try workflow.chain("XT-2023-004")   // community 12 days, street 5 days so far
/// ```
public struct IssueWorkflow {
    /// The session the workflow writes in.
    public let session: Session

    /// A workflow in `session`.
    public init(session: Session) {
        self.session = session
    }

    /// Creates an issue: `level` starts at `raised_level`, `raised_on` defaults to today (and may
    /// not be after it), `status` is open.
    @discardableResult
    public func raise(_ fields: [String: LuaValue]) throws -> Record {
        for name in ["status", "level", "resolved_on"] where (fields[name] ?? .nil) != .nil {
            throw KernelError(.invalid, "field '\(name)' is set by the workflow (coord.escalate, coord.resolve), "
                + "not when an issue is raised", at: place(fields["number"]))
        }
        return try enter(fields)
    }

    /// Enters an issue as it stands, for `coord.create_issue` and CSV import (a district's earlier
    /// ledger): `level` defaults to `raised_level` and `status` to open; its workflow history starts
    /// on `raised_on` in those states, and an issue entered resolved or closed gets that step on
    /// `resolved_on`.
    @discardableResult
    public func enter(_ fields: [String: LuaValue]) throws -> Record {
        let place = place(fields["number"])
        var input = fields
        let raisedLevel = fields["raised_level"] ?? .string(CoordinationLevel.community.rawValue)
        input["raised_level"] = raisedLevel
        if (input["level"] ?? .nil) == .nil { input["level"] = raisedLevel }
        let raisedOn = try date(fields["raised_on"], field: "raised_on", label: "提出日期", place: place)
        input["raised_on"] = .string(raisedOn.description)
        let given = fields["status"]?.stringValue ?? ""
        let status = IssueStatus.allCases.first { $0.rawValue == given || $0.chineseName == given } ?? .open
        input["status"] = .string(IssueStatus.open.rawValue)
        let resolvedOn = try fields["resolved_on"].flatMap { $0 == .nil ? nil : $0 }
            .map { try date($0, field: "resolved_on", label: "解决日期", place: place) } ?? raisedOn
        input["resolved_on"] = nil
        return try session.atomically {
            var issue = try session.records.create(Coordination.issue, input)
            for workflow in [Coordination.issueLevel, Coordination.issueStatus] {
                try session.workflows.start(workflow, for: issue, at: raisedOn.description)
            }
            if status != .open {
                issue = try session.workflows.apply(
                    Coordination.issueStatus, to: .integer(issue.id), status == .closed ? "close" : "resolve",
                    at: resolvedOn.description, note: issue["resolution"].stringValue,
                    changes: ["resolved_on": .string(resolvedOn.description)])
            }
            try session.emit("coord.issue.raised", payload: ["issue": issue.luaValue])
            return issue
        }
    }

    /// Moves an open issue one level up (community → street → district) with a reason; an issue
    /// of a category the district reserves goes straight to the district.
    ///
    /// - Parameter date: the day it entered the new level (today when `nil`; not after today, not
    ///   before it entered its current level).
    /// - Throws: when the issue is resolved or closed, already at the district, or has no reason.
    @discardableResult
    public func escalate(_ key: LuaValue, reason: String, on date: LuaValue = .nil) throws -> Record {
        let issue = try session.records.require(Coordination.issue, key)
        let place = place(issue["number"])
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        let level = CoordinationLevel(rawValue: issue["level"].stringValue ?? "") ?? .community
        guard !why.isEmpty else {
            throw KernelError(.invalid, "an escalation needs a reason (why the \(level.chineseName) could not settle it)",
                              at: place)
        }
        let day = try self.date(date, field: "date", label: "上报日期", place: "\(place), escalation")
        let transition = try isReservedForDistrict(issue) && level == .community ? "escalate_to_district" : "escalate"
        let entered = try chain(of: issue).last?.entered ?? session.clock.today
        guard day >= entered else {
            throw KernelError(.invalid, "field 'date' (上报日期): \(day) is before the issue reached the "
                + "\(level.chineseName) level on \(entered)", at: "\(place), escalation")
        }
        return try session.atomically {
            let updated = try session.workflows.apply(Coordination.issueLevel, to: .integer(issue.id), transition,
                                                      at: day.description, note: why)
            let target = updated["level"]
            let step = try session.records.create(Coordination.escalation, [
                "issue": .integer(issue.id), "area": issue["area"], "from_level": .string(level.rawValue),
                "to_level": target, "date": .string(day.description), "reason": .string(why),
            ])
            try session.emit("coord.issue.escalated", payload: [
                "issue": updated.luaValue, "escalation": step.luaValue, "from": .string(level.rawValue),
                "to": target, "reason": .string(why), "date": .string(day.description),
                "days_at_previous_level": .integer(Int64(entered.days(until: day))),
            ])
            return updated
        }
    }

    /// Settles an issue: `status` resolved (or closed), its resolution and the day (today when `nil`).
    ///
    /// A resolved issue can still be closed; a closed one cannot change.
    @discardableResult
    public func resolve(_ key: LuaValue, resolution: String, status: IssueStatus = .resolved, on date: LuaValue = .nil)
        throws -> Record
    {
        let issue = try session.records.require(Coordination.issue, key)
        let place = place(issue["number"])
        guard status != .open else {
            throw KernelError(.invalid, "an issue is resolved or closed, not made open again", at: place)
        }
        let current = IssueStatus(rawValue: issue["status"].stringValue ?? "") ?? .open
        let day = try self.date(date, field: "resolved_on", label: "解决日期", place: place)
        var changes: [String: LuaValue] = [:]
        if current == .open || !resolution.isEmpty { changes["resolution"] = .string(resolution) }
        if current == .open { changes["resolved_on"] = .string(day.description) }
        return try session.atomically {
            let updated = try session.workflows.apply(Coordination.issueStatus, to: .integer(issue.id),
                                                      status == .closed ? "close" : "resolve", at: day.description,
                                                      note: resolution.isEmpty ? nil : resolution, changes: changes)
            try session.emit("coord.issue.resolved", payload: ["issue": updated.luaValue, "status": .string(status.rawValue)])
            return updated
        }
    }

    /// The levels the issue with `key` went through, with the days spent at each.
    public func chain(_ key: LuaValue) throws -> [LevelStay] {
        try chain(of: try session.records.require(Coordination.issue, key))
    }

    // MARK: - Helpers

    /// The stays of `issue` at each level, from its workflow history.
    func chain(of issue: Record) throws -> [LevelStay] {
        try LevelStay.chain(of: issue, in: session)
    }

    private func isReservedForDistrict(_ issue: Record) throws -> Bool {
        try session.sql.unscoped(because: "categories are the district's, read also by narrower actors")
            .value(Bool.self, """
                SELECT c.reserved_for_district FROM coord_issue i JOIN coord_category c ON c.id = i.category
                WHERE i.id = ?
                """, [issue.id]) ?? false
    }

    /// A date option: today when `nil`, else a valid date not after today.
    private func date(_ value: LuaValue?, field: String, label: String, place: String) throws -> CalendarDate {
        let today = session.clock.today
        guard let value, value != .nil else { return today }
        guard let text = value.stringValue, let day = CalendarDate(text) else {
            throw KernelError(.invalid, "field '\(field)' (\(label)): expected a date YYYY-MM-DD, got \(value)", at: place)
        }
        guard day <= today else {
            throw KernelError(.invalid, "field '\(field)' (\(label)): \(day) is in the future (today is \(today))", at: place)
        }
        return day
    }

    private func place(_ number: LuaValue?) -> String {
        "\(Coordination.issue.title) '\(number?.stringValue ?? "?")'"
    }
}

// Not Sendable: it works inside one session, which never leaves the database access that made it.
@available(*, unavailable)
extension IssueWorkflow: Sendable {}
