import GRDB
import LuaHost

/// One unit of work on the database as one actor: a transaction, its
/// scope, and the services that read and write through it.
///
/// A session never outlives the database access that made it (see
/// ``Kernel/read(as:events:_:)`` and ``Kernel/write(as:events:_:)``).
public final class Session {
    /// The open database connection, valid for the life of the session.
    public let db: Database
    /// Who the work runs as.
    public let actor: Principal
    /// What the actor can see and change.
    public let scope: Scope
    /// Whether this session may write (a writing transaction).
    public let isWritable: Bool
    /// The modules and their declarations.
    public let registry: ModuleRegistry
    /// Today's date and audit time stamps.
    public let clock: KernelClock
    let dispatch: EventDispatch
    let auditGate: AuditGate
    /// The script host running Lua in this session, if any (for `on`, `veto`, iterators).
    weak var scriptHost: ScriptHost?

    init(db: Database, actor: Principal, scope: Scope, isWritable: Bool, registry: ModuleRegistry,
         clock: KernelClock, dispatch: EventDispatch, auditGate: AuditGate) {
        self.db = db
        self.actor = actor
        self.scope = scope
        self.isWritable = isWritable
        self.registry = registry
        self.clock = clock
        self.dispatch = dispatch
        self.auditGate = auditGate
    }

    /// The area tree, as seen by the actor.
    public var geography: Geography { Geography(session: self) }
    /// Records of every declared type.
    public var records: RecordStore { RecordStore(session: self) }
    /// The audit log.
    public var audit: AuditLog { AuditLog(session: self) }
    /// Hand-written SQL that keeps to the actor's scope (for indicators and rules).
    public var sql: ScopedSQL { ScopedSQL(session: self) }
    /// The actors of the database.
    public var actors: ActorDirectory { ActorDirectory(session: self) }

    /// Throws unless this session may write.
    public func requireWrite() throws {
        guard isWritable else {
            throw KernelError(.readOnly, "this run is read-only (a script needs --write to change records)")
        }
        guard actor.canWrite else { throw KernelError(.readOnly, "actor \(actor.name) may not write") }
    }

    /// The host running Lua in this session, which `what` (an iterator, `on()`) needs.
    func requireScriptHost(for what: String) throws -> ScriptHost {
        guard let scriptHost else { throw KernelError(.invalid, "\(what) needs a running script") }
        return scriptHost
    }

    /// Emits an event: in-transaction handlers run now, after-commit ones after the commit.
    ///
    /// Emit inside the write the event announces (``atomically(_:)``): a veto or a failing
    /// handler then undoes that write too.
    public func emit(_ name: String, payload: LuaValue) throws {
        try dispatch.deliver(Event(name: name, payload: payload, actor: actor.name), in: self)
    }

    /// Runs `work` in a savepoint: if it throws, everything it wrote is undone, with the events
    /// it queued for after the commit, and the error goes on to the caller.
    ///
    /// ```swift
    /// try session.atomically {
    ///     let step = try session.records.create(Coordination.escalation, fields)
    ///     try session.records.update(Coordination.issue, key, ["level": "street"])
    ///     try session.emit("coord.issue.escalated", payload: ["escalation": step.luaValue])
    /// }
    /// ```
    @discardableResult
    public func atomically<T>(_ work: () throws -> T) throws -> T {
        let mark = dispatch.queuedCount
        var result: T?
        do {
            try db.inSavepoint {
                result = try work()
                return .commit
            }
        } catch {
            dispatch.forgetQueued(after: mark)
            throw error
        }
        guard let result else { throw KernelError(.database, "a savepoint ended without a result") }
        return result
    }
}
