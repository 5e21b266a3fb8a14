/// The delivery of one transaction's events.
///
/// In the transaction, each event's handlers run in priority order, each in a savepoint of its
/// own (a failing handler's writes are undone). A veto stops delivery at once; a failure is noted
/// and the other handlers still run; then, if any failed or vetoed, the error undoes the write that
/// emitted the event (``Session/atomically(_:)`` is that write's savepoint), whether or not the
/// writer catches it. After the commit, the after-commit handlers run on committed data; their
/// failures are reported to the bus that holds them.
///
/// Nested emission (a handler writing a record whose event has handlers) is allowed up to
/// ``maximumNesting`` levels: a handler that writes a record of its own event's type would
/// otherwise call itself until the C stack overflows.
final class EventDispatch {
    /// How deep events may nest before the write is refused.
    static let maximumNesting = 8

    private let buses: [EventBus]
    private var queued: [Event] = []
    private var chain: [String] = []

    /// Delivery over the handlers of `buses` (the kernel's, and a script's own).
    init(buses: [EventBus]) {
        self.buses = buses
    }

    // MARK: - In the transaction

    /// Runs the in-transaction handlers of `event` and queues it for the after-commit ones.
    func deliver(_ event: Event, in session: Session) throws {
        guard chain.count < Self.maximumNesting else {
            let path = (chain + [event.name]).joined(separator: " → ")
            throw KernelError(.invalid, "events nested more than \(Self.maximumNesting) deep (\(path)): a handler "
                + "that writes a record of its own event's type calls itself", at: event.name)
        }
        chain.append(event.name)
        defer { chain.removeLast() }
        var failures: [HandlerFailure] = []
        for (_, handler) in handlers(for: event, phase: .inTransaction) {
            do {
                try session.atomically { try handler.run(event, session) }
            } catch let veto as EventVeto {
                throw KernelError(.vetoed, veto.description, at: event.name)
            } catch let error as KernelError where error.kind == .vetoed {
                throw error
            } catch {
                failures.append(HandlerFailure(event: event.name, owner: handler.owner, source: handler.source,
                                               message: String(describing: error)))
            }
        }
        guard failures.isEmpty else {
            let reasons = failures.map { "handler at \($0.source) failed: \($0.message)" }.joined(separator: "; ")
            throw KernelError(.handlerFailed, reasons + " (the write was undone)", at: event.name)
        }
        queued.append(event)
    }

    /// How many events wait for the commit (a savepoint's mark).
    var queuedCount: Int { queued.count }

    /// Forgets the events queued after `mark`: their writes were rolled back with a savepoint.
    func forgetQueued(after mark: Int) {
        if queued.count > mark { queued.removeSubrange(mark...) }
    }

    // MARK: - After the commit

    /// Whether after-commit handlers wait for queued events.
    var hasAfterCommitWork: Bool {
        !queued.isEmpty && buses.contains { $0.hasHandlers(phase: .afterCommit) }
    }

    /// Runs the after-commit handlers of the committed events; failures go to their buses.
    func runAfterCommit(in session: Session) {
        let events = queued
        queued.removeAll()
        for event in events {
            for (bus, handler) in handlers(for: event, phase: .afterCommit) {
                do {
                    try handler.run(event, session)
                } catch {
                    bus.report(HandlerFailure(event: event.name, owner: handler.owner, source: handler.source,
                                              message: String(describing: error)))
                }
            }
        }
    }

    /// The matching handlers of every bus, highest priority first, the kernel's before a script's
    /// on equal priority.
    private func handlers(for event: Event, phase: EventHandler.Phase) -> [(EventBus, EventHandler)] {
        let all = buses.flatMap { bus in bus.handlers(for: event, phase: phase).map { (bus, $0) } }
        return all.enumerated().sorted { ($0.element.1.priority, $1.offset) > ($1.element.1.priority, $0.offset) }
            .map(\.element)
    }
}
