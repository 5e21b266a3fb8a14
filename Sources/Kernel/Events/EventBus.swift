/// Delivers events to handlers, inside the write transaction or after it commits.
///
/// - In-transaction handlers run while the change is still open: they may
///   write more, or veto (throw ``EventVeto``) to roll everything back.
/// - After-commit handlers run once the transaction has committed and see
///   only committed data.
/// - A handler that fails in any other way is recorded as a
///   ``HandlerFailure`` (with its source and line) and the others still run.
public final class EventBus {
    /// When a handler runs.
    public enum Phase: Sendable {
        case inTransaction
        case afterCommit
    }

    /// A registered handler.
    public struct Handler {
        /// The event name or pattern (`org.*`).
        public var pattern: String
        /// When it runs.
        public var phase: Phase
        /// Where it was registered: `plugin file:line`.
        public var source: String
        /// The work; throws ``EventVeto`` to refuse.
        public var run: (Event, Session) throws -> Void
    }

    private var handlers: [Handler] = []
    private var committed: [Event] = []
    /// Failures since the last ``takeFailures()``.
    public private(set) var failures: [HandlerFailure] = []

    /// An empty bus.
    public init() {}

    /// Adds a handler.
    public func on(_ pattern: String, phase: Phase = .inTransaction, source: String,
                   run: @escaping (Event, Session) throws -> Void) {
        handlers.append(Handler(pattern: pattern, phase: phase, source: source, run: run))
    }

    /// Runs the in-transaction handlers of `event` and queues it for the after-commit ones.
    func deliver(_ event: Event, in session: Session) throws {
        for handler in handlers where handler.phase == .inTransaction && event.matches(handler.pattern) {
            do {
                try handler.run(event, session)
            } catch let veto as EventVeto {
                throw KernelError(.vetoed, veto.description, at: event.name)
            } catch {
                failures.append(HandlerFailure(event: event.name, source: handler.source,
                                               message: String(describing: error)))
            }
        }
        committed.append(event)
    }

    /// Forgets the events of a transaction that rolled back.
    func discardPending() {
        committed.removeAll()
    }

    /// Runs the after-commit handlers of the events of the transaction that just committed.
    func runAfterCommit(in session: Session) {
        let events = committed
        committed.removeAll()
        for event in events {
            for handler in handlers where handler.phase == .afterCommit && event.matches(handler.pattern) {
                do {
                    try handler.run(event, session)
                } catch {
                    failures.append(HandlerFailure(event: event.name, source: handler.source,
                                                   message: String(describing: error)))
                }
            }
        }
    }

    /// Whether any after-commit handler waits for the pending events.
    var hasAfterCommitWork: Bool {
        !committed.isEmpty && handlers.contains { $0.phase == .afterCommit }
    }

    /// Returns and clears the recorded failures.
    public func takeFailures() -> [HandlerFailure] {
        defer { failures.removeAll() }
        return failures
    }
}
