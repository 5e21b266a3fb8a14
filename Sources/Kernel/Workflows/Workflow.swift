/// The states a record moves through and the transitions between them, declared by a module.
///
/// The kernel keeps the state in one field of the record (closed to the generated writers by the
/// record type's ``WritePolicy``), refuses an illegal transition with the allowed ones named,
/// writes a history row per transition with its actor and time, audits it, emits
/// `<record type>.transitioned`, and tells how long a record spent in each state.
///
/// ```swift
/// static let status = Workflow(
///     name: "coord.issue.status", recordType: Coordination.issue, stateField: "status", initial: "open",
///     states: IssueStatus.allCases.map { WorkflowState($0.rawValue, $0.chineseName) },
///     transitions: [
///         WorkflowTransition("resolve", "解决", from: ["open"], to: "resolved"),
///         WorkflowTransition("close", "办结", from: ["open", "resolved"], to: "closed"),
///     ])
/// ```
public struct Workflow: Sendable {
    /// Module-prefixed (`coord.issue.status`); history rows carry it.
    public var name: String
    /// The record type it moves.
    public var recordType: RecordType
    /// The field that holds the state.
    public var stateField: String
    /// The state a new record starts in.
    public var initial: String
    /// Every state, in the order a record usually goes through them.
    public var states: [WorkflowState]
    /// Every transition.
    public var transitions: [WorkflowTransition]

    /// A workflow.
    public init(name: String, recordType: RecordType, stateField: String, initial: String, states: [WorkflowState],
                transitions: [WorkflowTransition]) {
        self.name = name
        self.recordType = recordType
        self.stateField = stateField
        self.initial = initial
        self.states = states
        self.transitions = transitions
    }

    /// The transition named `name`.
    public func transition(named name: String) -> WorkflowTransition? {
        transitions.first { $0.name == name }
    }

    /// The transitions that may leave `state`, in declaration order.
    public func transitions(from state: String) -> [WorkflowTransition] {
        transitions.filter { $0.target(from: state) != nil }
    }

    /// `已解决 (resolved)`: how messages name a state.
    public func describe(_ state: String) -> String {
        guard let known = states.first(where: { $0.value == state }) else { return state }
        return "\(known.label) (\(known.value))"
    }
}

/// A state of a workflow: its stored value and Chinese label.
public struct WorkflowState: Sendable, Equatable {
    /// The stored value (`dispatched`).
    public var value: String
    /// The Chinese label (`已派单`).
    public var label: String

    /// A state.
    public init(_ value: String, _ label: String) {
        self.value = value
        self.label = label
    }
}
