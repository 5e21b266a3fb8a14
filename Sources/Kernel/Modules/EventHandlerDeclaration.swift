/// An event handler a module declares: the kernel adds it to its bus at start-up, owned by
/// the module.
///
/// ```swift
/// EventHandlerDeclaration("area.created", summary: "seeds the standard cadences into a new district") {
///     event, session in
///     guard event.payload["parent"] == .nil else { return }
///     for cadence in Coordination.standardCadences { try session.records.create(Coordination.cadence, …) }
/// }
/// ```
public struct EventHandlerDeclaration: Sendable {
    /// The event name or pattern.
    public var pattern: String
    /// When it runs.
    public var phase: EventHandler.Phase
    /// Higher runs first.
    public var priority: Int
    /// What it does, for messages and the docs.
    public var summary: String
    /// The work.
    public var run: EventHandler.Body

    /// A declaration.
    public init(_ pattern: String, phase: EventHandler.Phase = .inTransaction, priority: Int = 0, summary: String,
                run: @escaping EventHandler.Body) {
        self.pattern = pattern
        self.phase = phase
        self.priority = priority
        self.summary = summary
        self.run = run
    }
}
