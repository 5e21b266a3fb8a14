import GRDB
import LuaHost

/// A domain module (one pillar): what it stores, exposes, emits, reports and checks.
///
/// The kernel registers modules in dependency order and derives from
/// ``recordTypes`` their tables' Lua functions, CSV import/export, audit
/// entries and events, so adding a module touches no kernel file.
///
/// ```swift
/// public struct Organization: Module {
///     public let name = "org"
///     public let title = "组织领导"
///     public let version = "1.0.0"
///     public var recordTypes: [RecordType] { [Self.company, Self.partyOrganization] }
///     public var migrations: [Migration] {
///         [Migration("org.v1") { db in try Self.company.createTables(db) }]
///     }
/// }
/// ```
public protocol Module: Sendable {
    /// Short name: the Lua global, and the prefix of its events and record types (`org`).
    var name: String { get }
    /// The pillar's Chinese title (`组织领导`).
    var title: String { get }
    /// The module's version, `MAJOR.MINOR.PATCH`.
    var version: String { get }
    /// Names of modules this one builds on (their migrations run first).
    var dependencies: [String] { get }
    /// The record types it stores.
    var recordTypes: [RecordType] { get }
    /// Its schema migrations, identifiers prefixed with ``name`` (`org.v1`).
    var migrations: [Migration] { get }
    /// Events it emits beyond the generated `….created/updated/deleted`.
    var events: [EventDeclaration] { get }
    /// Handlers of events (its own or others'), added to the kernel's bus at start-up.
    var eventHandlers: [EventHandlerDeclaration] { get }
    /// Lua functions beyond the generated record functions, declared in one place.
    var luaFunctions: [LuaFunctionDeclaration] { get }
    /// Built-in reports.
    var reports: [ReportDeclaration] { get }
    /// Rules: checks that yield findings.
    var rules: [RuleDeclaration] { get }
    /// Workflows of its record types (their states and transitions).
    var workflows: [Workflow] { get }
    /// Settings a district may change (thresholds, speeds), with their defaults.
    var settings: [SettingDeclaration] { get }
    /// LuaCATS classes of the results of ``luaFunctions`` (the record classes are generated).
    var luaTypes: String { get }
}

extension Module {
    public var dependencies: [String] { [] }
    public var events: [EventDeclaration] { [] }
    public var eventHandlers: [EventHandlerDeclaration] { [] }
    public var luaFunctions: [LuaFunctionDeclaration] { [] }
    public var reports: [ReportDeclaration] { [] }
    public var rules: [RuleDeclaration] { [] }
    public var settings: [SettingDeclaration] { [] }
    public var workflows: [Workflow] { [] }
    public var luaTypes: String { "" }
}

/// One schema step of a module, applied once per database.
///
/// A migration keeps the schema it was written with: write its SQL out (``init(_:sql:)``), or
/// use the kernel's ``SchemaChange`` helpers with literal column definitions. Never derive a
/// migration from today's record declarations: a new database and an upgraded one would then
/// differ after the first field change.
public struct Migration: Sendable {
    /// Unique and stable: `org.v1`.
    public var identifier: String
    /// The schema change.
    public var migrate: @Sendable (Database) throws -> Void

    /// A migration.
    public init(_ identifier: String, migrate: @escaping @Sendable (Database) throws -> Void) {
        self.identifier = identifier
        self.migrate = migrate
    }

    /// A migration that runs `sql`, statements separated by semicolons.
    public init(_ identifier: String, sql: String) {
        self.init(identifier) { db in try db.execute(sql: sql) }
    }
}
