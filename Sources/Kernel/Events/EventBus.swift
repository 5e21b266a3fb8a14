import Foundation

/// The handlers of a kernel, by owner and priority: built at start-up from the modules'
/// declarations, then added to by plugins (and, for their own runs, by scripts).
///
/// Delivery is per write transaction (``EventDispatch``); the bus only holds the handlers.
///
/// ```swift
/// kernel.events.add(EventHandler("sup.case.created", priority: 10, owner: "plugin night-noise",
///                                source: "handlers.lua:4") { event, session in … })
/// kernel.events.removeAll(owner: "plugin night-noise")   // on reload or disable
/// ```
// @unchecked Sendable: the handler list is guarded by `lock`; handlers themselves run only inside
// a write transaction (or its after-commit read), which the database queue serializes.
public final class EventBus: @unchecked Sendable {
    private let lock = NSLock()
    private var handlers: [EventHandler] = []
    private var failures: [HandlerFailure] = []

    /// An empty bus.
    public init() {}

    /// Adds a handler.
    public func add(_ handler: EventHandler) {
        lock.withLock { handlers.append(handler) }
    }

    /// Removes every handler `owner` registered.
    public func removeAll(owner: String) {
        lock.withLock { handlers.removeAll { $0.owner == owner } }
    }

    /// The owners with at least one handler.
    public var owners: Set<String> {
        lock.withLock { Set(handlers.map(\.owner)) }
    }

    /// The handlers of `phase` that match `event`, highest priority first (stable).
    func handlers(for event: Event, phase: EventHandler.Phase) -> [EventHandler] {
        let matching = lock.withLock { handlers.filter { $0.phase == phase && event.matches($0.pattern) } }
        return matching.enumerated().sorted { ($0.element.priority, $1.offset) > ($1.element.priority, $0.offset) }
            .map(\.element)
    }

    /// Whether any handler of `phase` is registered.
    func hasHandlers(phase: EventHandler.Phase) -> Bool {
        lock.withLock { handlers.contains { $0.phase == phase } }
    }

    /// Records the failure of an after-commit handler.
    func report(_ failure: HandlerFailure) {
        lock.withLock { failures.append(failure) }
    }

    /// Returns and clears the failures of after-commit handlers reported since the last call.
    public func takeFailures() -> [HandlerFailure] {
        lock.withLock {
            defer { failures.removeAll() }
            return failures
        }
    }
}
