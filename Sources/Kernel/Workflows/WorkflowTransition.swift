/// A named move between states of a ``Workflow``: from which states to which, who may make it,
/// and a guard that can refuse it.
public struct WorkflowTransition: Sendable {
    /// An edge: leaving `from`, the record enters `to`.
    public struct Edge: Sendable, Equatable {
        /// The state left.
        public var from: String
        /// The state entered.
        public var to: String
    }

    /// A guard: throws a ``KernelError`` naming why the record may not make the transition now.
    public typealias Guard = @Sendable (_ record: Record, _ session: Session) throws -> Void

    /// The name services and history use (`dispatch`, `return`).
    public var name: String
    /// The Chinese label (`派单`, `退回`).
    public var label: String
    /// The edges; at most one leaves each state.
    public var edges: [Edge]
    /// The roles that may make it; `nil` for any actor who may write the record.
    public var roles: Set<Principal.Role>?
    /// The guard, if any.
    public var check: Guard?

    /// A transition from each of `from` to `to`.
    public init(_ name: String, _ label: String, from: [String], to: String, roles: Set<Principal.Role>? = nil,
                check: Guard? = nil) {
        self.init(name, label, edges: from.map { Edge(from: $0, to: to) }, roles: roles, check: check)
    }

    /// A transition whose target depends on where it starts (`escalate`: community → street, street → district).
    public init(_ name: String, _ label: String, edges: [Edge], roles: Set<Principal.Role>? = nil,
                check: Guard? = nil) {
        self.name = name
        self.label = label
        self.edges = edges
        self.roles = roles
        self.check = check
    }

    /// The state it leads to from `state`, or `nil` when it cannot start there.
    public func target(from state: String) -> String? {
        edges.first { $0.from == state }?.to
    }
}

extension WorkflowTransition.Edge {
    /// An edge from `from` to `to`.
    public init(_ from: String, _ to: String) {
        self.init(from: from, to: to)
    }
}
