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
    let database: DatabaseQueue

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
        database = try Self.open(location, readOnly: readOnly)
        if try Self.migrationState(database, migrator, location) == .pending {
            // A read-only connection sees an older file brought up to date by a short-lived writable one.
            try migrator.migrate(readOnly ? try Self.open(location, readOnly: false) : database)
        }
    }

    /// How much of the file a read-only connection maps (256 MB of address space).
    static let readerMapBytes = 256 << 20

    private static func open(_ location: DatabaseLocation, readOnly: Bool) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.readonly = readOnly
        if !readOnly { configuration.journalMode = .wal }
        configuration.busyMode = .timeout(5)
        if readOnly {
            // Reports scan whole tables: pages read through a memory map skip a copy each
            // (about 6% of a million-row db.rows loop). A map is only unsafe for a reader when
            // a writer shrinks the file, and redprop never vacuums.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = \(Self.readerMapBytes)") }
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
    public func read<T>(as actorName: String?, events: EventBus = EventBus(), _ work: (Session) throws -> T) throws -> T {
        try database.read { db in
            try work(try session(db, actorName: actorName, writable: false, events: events))
        }
    }

    /// Runs `work` in one write transaction as actor `actorName`: all or nothing.
    ///
    /// After the commit, the after-commit handlers of `events` run in a read-only session.
    @discardableResult
    public func write<T>(as actorName: String?, events: EventBus = EventBus(), _ work: (Session) throws -> T) throws -> T {
        let result: T
        do {
            result = try database.write { db in
                try work(try session(db, actorName: actorName, writable: true, events: events))
            }
        } catch {
            events.discardPending()
            throw error
        }
        if events.hasAfterCommitWork {
            try database.read { db in
                events.runAfterCommit(in: try session(db, actorName: actorName, writable: false, events: events))
            }
        }
        return result
    }

    private func session(_ db: Database, actorName: String?, writable: Bool, events: EventBus) throws -> Session {
        let (actor, scopeArea) = try Self.resolveActor(db, name: actorName)
        return Session(db: db, actor: actor, scope: Scope(root: scopeArea), isWritable: writable,
                       registry: registry, clock: clock, events: events)
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
                                     key: Principal.districtAdministratorName, before: nil,
                                     after: ["name": .string(Principal.districtAdministratorName), "role": "district"])
            return district
        }
    }
}
