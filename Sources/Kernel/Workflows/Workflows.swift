import Foundation
import GRDB
import LuaHost

/// Moves records through their workflows as the session's actor.
///
/// ```swift
/// let issue = try session.workflows.apply(IssueWorkflow.level, to: "XT-2023-004", "escalate",
///                                         at: "2023-02-01", note: "社区协调未果")
/// let stays = try session.workflows.stays(IssueWorkflow.level, of: issue)
/// ```
public struct Workflows {
    let session: Session

    /// Writes the first history row of a record just created in the workflow's initial state.
    public func start(_ workflow: Workflow, for record: Record, at time: String? = nil, note: String? = nil) throws {
        let at = try moment(time, after: nil, workflow: workflow, record: record)
        try append(workflow, record, transition: "start", from: nil, to: record[workflow.stateField].stringValue
            ?? workflow.initial, at: at, note: note, data: .nil)
    }

    /// Makes transition `name` on the record with `key`: checks that it may start from the
    /// record's state, the actor's role and its guard; then sets the state (with `changes` to
    /// other fields), appends the history, audits it and emits `<type>.transitioned`, all in
    /// one savepoint.
    ///
    /// - Parameter time: when it happened (`YYYY-MM-DD[ HH:MM[:SS]]`; now when `nil`): not in the
    ///   future, not before the record's last step.
    @discardableResult
    public func apply(_ workflow: Workflow, to key: LuaValue, _ name: String, at time: String? = nil,
                      note: String? = nil, data: LuaValue = .nil, changes: [String: LuaValue] = [:]) throws -> Record
    {
        try session.requireWrite()
        let type = workflow.recordType
        let record = try session.records.require(type, key)
        let state = record[workflow.stateField].stringValue ?? workflow.initial
        func refuse(_ reason: String) -> KernelError {
            KernelError(.invalid, reason, record: type, key: record[type.key], field: type.field(workflow.stateField))
        }
        guard let transition = workflow.transition(named: name) else {
            throw refuse("\(workflow.name) has no transition '\(name)' (it has: "
                + workflow.transitions.map(\.name).joined(separator: ", ") + ")")
        }
        guard let target = transition.target(from: state) else {
            let allowed = workflow.transitions(from: state).map { "\($0.name) (\($0.label))" }
            throw refuse("cannot \(transition.name) (\(transition.label)) from \(workflow.describe(state)); from here: "
                + (allowed.isEmpty ? "none, it is final" : allowed.joined(separator: ", ")))
        }
        if let roles = transition.roles, !roles.contains(session.actor.role) {
            throw KernelError(.readOnly, "\(transition.name) (\(transition.label)) is for "
                + roles.map(\.rawValue).sorted().joined(separator: ", ") + ", not \(session.actor.role.rawValue) "
                + "\(session.actor.name)", record: type, key: record[type.key])
        }
        try transition.check?(record, session)
        let last = try history(of: record, in: workflow).last
        let at = try moment(time, after: last?.at, workflow: workflow, record: record)
        return try session.atomically {
            var fields = changes
            fields[workflow.stateField] = .string(target)
            let updated = try session.records.update(type, .integer(record.id), fields)
            try append(workflow, updated, transition: name, from: state, to: target, at: at, note: note, data: data)
            try session.emit("\(type.name).transitioned", payload: [
                "record": updated.luaValue, "workflow": .string(workflow.name), "transition": .string(name),
                "from": .string(state), "to": .string(target), "at": .string(at),
                "note": note.map(LuaValue.string) ?? .nil, "data": data,
            ])
            return updated
        }
    }

    /// The transitions the record with `key` may make now (its state's, by role), in declaration order.
    public func allowed(_ workflow: Workflow, for key: LuaValue) throws -> [WorkflowTransition] {
        let record = try session.records.require(workflow.recordType, key)
        let state = record[workflow.stateField].stringValue ?? workflow.initial
        return workflow.transitions(from: state).filter { $0.roles?.contains(session.actor.role) ?? true }
    }

    /// The record's history in `workflow` (every workflow when `nil`), oldest first.
    public func history(of record: Record, in workflow: Workflow? = nil) throws -> [WorkflowStep] {
        var sql = """
            SELECT w.* FROM workflow_transition w WHERE {scope w} AND w.record_type = ? AND w.record_id = ?
            """
        var arguments: StatementArguments = [record.type, record.id]
        if let workflow {
            sql += " AND w.workflow = ?"
            arguments += [workflow.name]
        }
        return try session.sql.rows(sql + " ORDER BY w.at, w.id", arguments).map { row in
            WorkflowStep(workflow: row["workflow"], transition: row["transition"], from: row["from_state"],
                         to: row["to_state"], at: row["at"], actor: row["actor"], note: row["note"],
                         data: LuaValue(jsonText: row["data"]))
        }
    }

    /// The states the record went through in `workflow`, with the time spent in each; the last
    /// runs to now while the record is still there.
    public func stays(_ workflow: Workflow, of record: Record) throws -> [WorkflowStay] {
        let steps = try history(of: record, in: workflow)
        let now = WorkflowClock.now(session)
        return steps.enumerated().map { index, step in
            let left = index + 1 < steps.count ? steps[index + 1].at : nil
            let days = (WorkflowClock.julianDay(left ?? now) ?? 0) - (WorkflowClock.julianDay(step.at) ?? 0)
            return WorkflowStay(state: step.to, entered: step.at, left: left, days: max(0, days))
        }
    }

    // MARK: - Writing history

    private func append(_ workflow: Workflow, _ record: Record, transition: String, from: String?, to: String,
                        at: String, note: String?, data: LuaValue) throws {
        let area = try session.geography.find(record["area"].stringValue ?? "")
        try session.db.execute(sql: """
            INSERT INTO workflow_transition (workflow, record_type, record_id, area_id, transition, from_state, to_state,
                                             at, actor, note, data)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [workflow.name, record.type, record.id, area?.id, transition, from, to, at,
                             session.actor.name, note, data == .nil ? nil : data.jsonText])
        var after = LuaTable(["state": .string(to), "transition": .string(transition), "at": .string(at)])
        if let note { after["note"] = .string(note) }
        try session.audit.record(.transition, type: record.type, id: record.id,
                                 key: record.keyText(workflow.recordType), area: area?.id,
                                 before: from.map { ["state": .string($0)] }, after: .table(after))
    }

    /// `time` checked (a date, optionally with a time; not in the future; not before `previous`),
    /// or now.
    private func moment(_ time: String?, after previous: String?, workflow: Workflow, record: Record) throws -> String {
        let type = workflow.recordType
        let now = WorkflowClock.now(session)
        guard let time else { return max(now, previous ?? now) }
        guard let normalized = WorkflowClock.normalize(time) else {
            throw KernelError(.invalid, "expected a time YYYY-MM-DD or YYYY-MM-DD HH:MM, got \"\(time)\"",
                              record: type, key: record[type.key])
        }
        guard normalized.prefix(10) <= now.prefix(10) else {
            throw KernelError(.invalid, "\(normalized) is in the future (today is \(now.prefix(10)))",
                              record: type, key: record[type.key])
        }
        if let previous, normalized < previous {
            throw KernelError(.invalid, "\(normalized) is before its last step (\(previous))",
                              record: type, key: record[type.key])
        }
        return normalized
    }
}

extension Session {
    /// Workflow transitions and history.
    public var workflows: Workflows { Workflows(session: self) }
}
