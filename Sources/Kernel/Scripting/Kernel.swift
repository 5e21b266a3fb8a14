import Foundation
import GRDB

/// The program's core over one SQLite database: the modules, the schema,
/// and sessions that run as an actor in one transaction.
///
/// ```swift
/// let kernel = try Kernel(location: .resolve(explicit: nil), modules: [Organization()])
/// let count = try kernel.read(as: nil) { session in
///     try session.records.count(Organization.company)
/// }
/// ```
public final class Kernel: Sendable {
    /// Where the database is.
    public let location: DatabaseLocation
    /// The modules, in dependency order.
    public let registry: ModuleRegistry
    /// Today's date and time stamps.
    public let clock: KernelClock
    /// The event handlers of the modules (and of plugins, once loaded).
    public let events = EventBus()
    let database: DatabaseQueue
    let auditGate = AuditGate()

    /// The program's version.
    public static let version = "0.1.0"

    /// Opens (and, with `create`, creates) the database and brings its schema up to date.
    ///
    /// - Throws: ``KernelError`` when the file is missing (without `create`),
    ///   or was written by a newer program.
    ///
    /// - Parameter readOnly: open a read-only connection (reports, read-only
    ///   scripts): nothing is written, not even a checkpoint when it closes.
    public init(location: DatabaseLocation, modules: [any Module], create: Bool = false, readOnly: Bool = false,
                clock: KernelClock = KernelClock()) throws {
        self.location = location
        self.clock = clock
        registry = try ModuleRegistry(modules)
        if !location.exists && !create {
            throw KernelError(.database, "no database at \(location.path); run `redprop init` first")
        }
        let migrator = registry.migrator()
        database = try Self.open(location, readOnly: readOnly, gate: auditGate)
        if try Self.migrationState(database, migrator, location) == .pending {
            // A read-only connection sees an older file brought up to date by a short-lived writable one.
            let writer = readOnly ? try Self.open(location, readOnly: false, gate: auditGate) : database
            try auditGate.open { try migrator.migrate(writer) }
        }
        for module in registry.modules {
            for handler in module.eventHandlers {
                events.add(EventHandler(handler.pattern, phase: handler.phase, priority: handler.priority,
                                        owner: "module \(module.name)", source: "module \(module.name): \(handler.summary)",
                                        run: handler.run))
            }
        }
    }

    /// How much of the file a read-only connection maps (256 MB of address space).
    static let readerMapBytes = 256 << 20

    private static func open(_ location: DatabaseLocation, readOnly: Bool, gate: AuditGate) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.readonly = readOnly
        if !readOnly { configuration.journalMode = .wal }
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.prepareDatabase { db in
            gate.install(on: db)
            // Reports scan whole tables: pages read through a memory map skip a copy each
            // (about 6% of a million-row db.rows loop). A map is only unsafe for a reader when
            // a writer shrinks the file, and redprop never vacuums.
            if readOnly { try db.execute(sql: "PRAGMA mmap_size = \(Self.readerMapBytes)") }
        }
        do {
            return try DatabaseQueue(path: location.path, configuration: configuration)
        } catch {
            throw KernelError(.database, "cannot open \(location.path): \(error)")
        }
    }

    private enum MigrationState { case current, pending }

    /// Whether migrations are pending; a database with migrations this program does not know is refused.
    private static func migrationState(_ database: DatabaseQueue, _ migrator: DatabaseMigrator,
                                       _ location: DatabaseLocation) throws -> MigrationState {
        let (superseded, complete) = try database.read { db in
            (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
        }
        if superseded {
            throw KernelError(.database, "\(location.path) was written by a newer redprop than \(version); "
                + "upgrade redprop to use it")
        }
        return complete ? .current : .pending
    }

    // MARK: - Sessions

    /// Runs `work` in a read-only snapshot as actor `actorName` (the district administrator when `nil`).
    public func read<T>(as actorName: String?, _ work: (Session) throws -> T) throws -> T {
        try database.read { db in
            try work(try session(db, actorName: actorName, writable: false, dispatch: EventDispatch(buses: [])))
        }
    }

    /// Runs `work` in one write transaction as actor `actorName`: all or nothing.
    ///
    /// Events reach the kernel's handlers and those of `handlers` (a script's own `on()`): in the
    /// transaction as each write happens, and after the commit in a read-only session.
    ///
    /// - Throws: ``KernelError`` of kind ``KernelError/Kind/busy`` when another program holds the
    ///   write lock longer than the busy timeout; nothing was written.
    @discardableResult
    public func write<T>(as actorName: String?, handlers: EventBus? = nil, _ work: (Session) throws -> T) throws -> T {
        let dispatch = EventDispatch(buses: [events] + (handlers.map { [$0] } ?? []))
        let result: T
        do {
            result = try database.write { db in
                try work(try session(db, actorName: actorName, writable: true, dispatch: dispatch))
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw KernelError(.busy, "another program is writing to this database and did not finish within "
                + "\(Int(Self.busyTimeout)) seconds; nothing was written, try again", at: location.path)
        }
        if dispatch.hasAfterCommitWork {
            try database.read { db in
                dispatch.runAfterCommit(in: try session(db, actorName: actorName, writable: false, dispatch: dispatch))
            }
        }
        return result
    }

    /// Seconds a writer waits for another's write transaction to end.
    static let busyTimeout: TimeInterval = 5

    private func session(_ db: Database, actorName: String?, writable: Bool, dispatch: EventDispatch) throws -> Session {
        let (actor, scopeArea) = try Self.resolveActor(db, name: actorName)
        return Session(db: db, actor: actor, scope: Scope(root: scopeArea), isWritable: writable,
                       registry: registry, clock: clock, dispatch: dispatch, auditGate: auditGate)
    }

    /// The named actor, or the district administrator (whose scope is the district).
    static func resolveActor(_ db: Database, name: String?) throws -> (Principal, Area?) {
        let lookup = name ?? Principal.districtAdministratorName
        if let row = try Row.fetchOne(db, sql: "SELECT * FROM actor WHERE name = ?", arguments: [lookup]) {
            let principal = ActorDirectory.principal(from: row)
            let area = try Area.fetchOne(db, sql: "SELECT * FROM area WHERE id = ?", arguments: [principal.scopeAreaID])
            return (principal, area)
        }
        guard name == nil else { throw KernelError(.notFound, "no actor named \(lookup) (see `redprop actor list`)") }
        let district = try Area.fetchOne(db, sql: "SELECT * FROM area WHERE parent_id IS NULL ORDER BY id LIMIT 1")
        return (Principal(name: lookup, role: .district, scopeAreaID: district?.id), district)
    }

    /// The migrations applied to the database, oldest first (`kernel.v1`, `org.v1`, …).
    public func appliedMigrations() throws -> [String] {
        try database.read { db in try registry.migrator().appliedIdentifiers(db).sorted() }
    }

    // MARK: - Set-up

    /// Creates the district and its administrator in an empty database.
    @discardableResult
    public func initialise(districtCode: String, districtName: String) throws -> Area {
        try write(as: nil) { session in
            if let existing = try Area.fetchOne(session.db, sql: "SELECT * FROM area WHERE parent_id IS NULL") {
                throw KernelError(.invalid, "this database already holds the district \(existing.name) (\(existing.code))")
            }
            let district = try session.geography.create(code: districtCode, name: districtName, kind: .district,
                                                        parentCode: nil)
            try session.db.execute(sql: "INSERT INTO actor (name, role, scope_area_id) VALUES (?, 'district', ?)",
                                   arguments: [Principal.districtAdministratorName, district.id])
            try session.audit.record(.create, type: "actor", id: session.db.lastInsertedRowID,
                                     key: Principal.districtAdministratorName, area: district.id, before: nil,
                                     after: ["name": .string(Principal.districtAdministratorName), "role": "district"])
            return district
        }
    }
}
