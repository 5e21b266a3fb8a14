/// A function that runs when an event is emitted: in the write's transaction, or after it commits.
///
/// Handlers have an **owner** (`module coord`, `plugin noise-routing`, `script`), so that
/// everything one owner registered can be removed at once (a plugin's reload), and a
/// **priority**: higher runs first, equal priorities in the order they were added.
public struct EventHandler: Sendable {
    /// When a handler runs.
    public enum Phase: String, Sendable {
        /// Inside the write's savepoint: it may write more, or veto (throw ``EventVeto``).
        case inTransaction
        /// After the transaction has committed, on committed data, read-only.
        case afterCommit
    }

    /// The work: throws ``EventVeto`` to refuse the write (in the transaction only).
    public typealias Body = @Sendable (Event, Session) throws -> Void

    /// The event name or pattern (`org.company.created`, `org.*`, `*`).
    public var pattern: String
    /// When it runs.
    public var phase: Phase
    /// Higher runs first; 0 by default.
    public var priority: Int
    /// Who registered it.
    public var owner: String
    /// Where it was registered (`handlers.lua:12`), for messages.
    public var source: String
    /// The work.
    public var run: Body

    /// A handler.
    public init(_ pattern: String, phase: Phase = .inTransaction, priority: Int = 0, owner: String, source: String,
                run: @escaping Body) {
        self.pattern = pattern
        self.phase = phase
        self.priority = priority
        self.owner = owner
        self.source = source
        self.run = run
    }
}
