import LuaHost
import Reporting

/// Runs Lua against the kernel: one sandboxed environment with the kernel's
/// and every module's library installed, each run in one transaction.
///
/// - A read-only run sees one consistent snapshot.
/// - A writing run commits all or nothing: any error rolls back every write.
///
/// The console keeps one host for its whole session (globals persist);
/// `redprop run` makes one per script.
public final class ScriptHost {
    /// The kernel the scripts work on.
    public let kernel: Kernel
    /// The Lua state.
    public let state: LuaState
    /// The environment scripts run in.
    public let environment: LuaEnvironment
    /// Handlers registered with `on` by this host's scripts, beside the kernel's.
    public let events = EventBus()
    /// The actor scripts run as (`nil`: the district administrator).
    public let actorName: String?
    /// Limits applied to every run.
    public var limits: LuaLimits
    private var current: Session?
    private var cursors: [Int64: IteratorStep] = [:]
    private var nextCursor: Int64 = 1
    private var held: [RunResource] = []
    private var vetoes: [Int: EventVeto] = [:]
    private var nextVeto = 0
    private var handlerDepth = 0
    /// Reports that scripts handed to `report.show`, in order.
    public private(set) var shownReports: [Report] = []

    /// The Swift function behind every Swift-made iterator: steps the cursor named by its argument.
    // unowned(unsafe) here and in `install`: the closures live in `state`, which
    // this host owns, and run once per row of a loop; a checked reference would
    // take the slow reference-counting path (the host has weak references).
    lazy var iteratorFunction: LuaFunctionID = state.register("iterator") { [unowned(unsafe) self] call in
        let handle = try call.integer(at: 1)
        guard let step = self.cursor(handle) else {
            throw KernelError(.invalid, "this iterator belongs to a statement that has finished")
        }
        if try !step(&call) {
            self.dropCursor(handle)
            call.push(.nil)
        }
    }

    /// A host for `actorName`, with `require` resolving through `sourceReader`.
    public init(kernel: Kernel, actorName: String?, limits: LuaLimits = .reportScript,
                sourceReader: LuaSourceReader? = nil) throws {
        self.kernel = kernel
        self.actorName = actorName
        self.limits = limits
        state = try LuaState()
        environment = try state.makeEnvironment(name: "script", sourceReader: sourceReader)
        for library in LuaSurface.libraries(kernel.registry) {
            install(library)
        }
        try environment.run(ReportBuilderPrelude.source, chunkName: "=report")
    }

    // MARK: - Running

    /// Runs `source` in one transaction and returns its results.
    ///
    /// - Parameter writable: whether the run may write (`--write`).
    @discardableResult
    public func run(_ source: String, chunkName: String, arguments: [LuaValue] = [], writable: Bool) throws
        -> [LuaValue]
    {
        let chunk = try environment.load(source, chunkName: chunkName)
        return try call(chunk, arguments: arguments, writable: writable)
    }

    /// Calls a loaded chunk or function in one transaction.
    @discardableResult
    public func call(_ function: LuaFunctionReference, arguments: [LuaValue] = [], writable: Bool) throws
        -> [LuaValue]
    {
        state.beginRun(limits: limits)
        if writable {
            return try kernel.write(as: actorName, handlers: events) { session in
                defer { endRun() }
                return try withSession(session) { try callWithinLimits(function, arguments) }
            }
        }
        return try kernel.read(as: actorName) { session in
            defer { endRun() }
            return try withSession(session) { try callWithinLimits(function, arguments) }
        }
    }

    /// Calls `function`, failing if a limit tripped on the way even where the error was caught
    /// (a stopped SQL statement in an event handler): a writing run then rolls back.
    private func callWithinLimits(_ function: LuaFunctionReference, _ arguments: [LuaValue]) throws -> [LuaValue] {
        let results = try function.call(arguments)
        if let tripped = state.trippedLimit { throw tripped }
        return results
    }

    /// Ends the run's iterators while its transaction is still open: statements
    /// are reset before it commits or rolls back.
    private func endRun() {
        cursors.removeAll()
        let resources = held
        held.removeAll()
        for resource in resources { resource.release() }
    }

    /// Runs `body` with `session` as the one Lua functions work in.
    func withSession<T>(_ session: Session, _ body: () throws -> T) throws -> T {
        let previous = current
        let outermost = previous == nil
        current = session
        session.scriptHost = self
        // The host owns the state, which outlives the run: the guard holds it unretained.
        if outermost { LongStatementGuard.install(on: session.db, for: state) }
        defer {
            current = previous
            if outermost { LongStatementGuard.remove(from: session.db) }
        }
        return try body()
    }

    /// The session of the running statement.
    func session() throws -> Session {
        guard let current else {
            throw KernelError(.invalid, "no transaction is open: kernel functions work only while a script runs")
        }
        return current
    }

    // MARK: - Services for the kernel's Lua functions

    /// Registers a Lua event handler of this host's scripts (owner `script`).
    ///
    /// A veto is told from any other failure by its mark: ``veto(_:at:)`` raises an error that
    /// carries a number, and only an error still carrying that number when the handler returns is
    /// the veto (a handler that caught its own veto and then failed otherwise is a failure).
    func addHandler(_ pattern: String, function: LuaFunctionReference, afterCommit: Bool, priority: Int) {
        let handler = HandlerTarget(host: self, function: function)
        events.add(EventHandler(pattern, phase: afterCommit ? .afterCommit : .inTransaction, priority: priority,
                                owner: "script", source: function.definedAt) { event, session in
            try handler.host.runHandler(handler.function, for: event, in: session, afterCommit: afterCommit)
        })
    }

    private func runHandler(_ function: LuaFunctionReference, for event: Event, in session: Session,
                            afterCommit: Bool) throws {
        let table: LuaValue = .table(LuaTable(fields: [
            .string("name"): .string(event.name), .string("actor"): .string(event.actor),
        ]).merging(event.payload))
        // An after-commit handler runs in a session of its own, after its run has ended.
        defer { if afterCommit { endRun() } }
        let outerVetoes = vetoes
        handlerDepth += 1
        defer {
            handlerDepth -= 1
            vetoes = outerVetoes
        }
        do {
            _ = try withSession(session) { try function.call([table]) }
        } catch let error as LuaError {
            if let veto = vetoes.first(where: { error.message.contains(Self.vetoMark($0.key)) })?.value { throw veto }
            throw error
        }
    }

    /// Raises a veto from the running in-transaction handler.
    func veto(_ reason: String, at source: String) throws -> Never {
        guard handlerDepth > 0 else {
            throw KernelError(.invalid, "veto() refuses the write an event handler is handling: call it inside on()")
        }
        nextVeto += 1
        vetoes[nextVeto] = EventVeto(reason: reason, source: source)
        throw KernelError(.vetoed, "\(reason) \(Self.vetoMark(nextVeto))")
    }

    private static func vetoMark(_ number: Int) -> String { "[veto #\(number)]" }

    /// Keeps the step function of a generic `for` loop; dropped when the run ends.
    func keep(_ step: @escaping IteratorStep) -> Int64 {
        defer { nextCursor += 1 }
        cursors[nextCursor] = step
        return nextCursor
    }

    /// Holds `resource` until the run ends, or until it is done; those already done are released now.
    func hold(_ resource: RunResource) {
        held.removeAll { held in
            guard held.isDone() else { return false }
            held.release()
            return true
        }
        held.append(resource)
    }

    /// The step function with `handle`, if the run that made it is still going.
    func cursor(_ handle: Int64) -> IteratorStep? { cursors[handle] }

    /// Adds a report for the caller (the command line renders it in the chosen format).
    func show(_ report: Report) { shownReports.append(report) }

    /// Returns and forgets the shown reports.
    public func takeShownReports() -> [Report] {
        defer { shownReports.removeAll() }
        return shownReports
    }

    /// Forgets a finished cursor.
    func dropCursor(_ handle: Int64) { cursors[handle] = nil }

    private func install(_ library: LuaSurface.Library) {
        var functions: [(String, LuaFunctionID)] = []
        for declaration in library.functions {
            let id = state.register(declaration.name) { [unowned(unsafe) self] call in
                let session = try self.session()
                if declaration.writes { try session.requireWrite() }
                try declaration.body(&call, session)
            }
            functions.append((declaration.name, id))
        }
        environment.install(LuaLibrary(name: library.name, functions: functions, constants: library.constants))
    }
}

/// A script's handler as the kernel's bus holds it.
// @unchecked Sendable: the host and its Lua state are used only inside the database accesses of
// the host's own runs, which the database queue serializes.
private struct HandlerTarget: @unchecked Sendable {
    unowned let host: ScriptHost
    let function: LuaFunctionReference
}

/// Something a run holds (a cursor's statement) until it ends or is done with it.
struct RunResource {
    /// Whether the run is done with it before it ends.
    let isDone: () -> Bool
    /// Lets it go.
    let release: () -> Void
}

/// One step of an iterator written in Swift: pushes the next value and
/// returns `true`, or returns `false` at the end (pushing nothing).
typealias IteratorStep = (inout LuaCall) throws -> Bool

extension LuaTable {
    /// This table with the string fields of `other` (a table value) added.
    func merging(_ other: LuaValue) -> LuaTable {
        var result = self
        for (key, value) in other.tableValue?.fields ?? [:] { result.fields[key] = value }
        return result
    }
}
