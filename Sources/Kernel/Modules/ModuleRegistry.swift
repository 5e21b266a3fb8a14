import GRDB

/// The modules of the program, in dependency order, and what they declare.
public struct ModuleRegistry: Sendable {
    /// Modules, each after the modules it depends on.
    public let modules: [any Module]
    private let recordTypesByName: [String: RecordType]

    /// Orders `modules` by their dependencies; a missing dependency or a cycle is an error.
    public init(_ modules: [any Module]) throws {
        var ordered: [any Module] = []
        var placed: Set<String> = []
        var remaining = modules
        let names = Set(modules.map(\.name))
        for module in modules {
            for dependency in module.dependencies where !names.contains(dependency) {
                throw KernelError(.invalid, "module \(module.name) needs module \(dependency), which is not registered")
            }
        }
        while !remaining.isEmpty {
            guard let index = remaining.firstIndex(where: { $0.dependencies.allSatisfy(placed.contains) }) else {
                let cycle = remaining.map(\.name).joined(separator: ", ")
                throw KernelError(.invalid, "modules depend on each other in a cycle: \(cycle)")
            }
            let module = remaining.remove(at: index)
            ordered.append(module)
            placed.insert(module.name)
        }
        self.modules = ordered
        var types: [String: RecordType] = [:]
        for type in ordered.flatMap(\.recordTypes) {
            guard types[type.name] == nil else {
                throw KernelError(.invalid, "record type \(type.name) is declared twice")
            }
            types[type.name] = type
        }
        recordTypesByName = types
    }

    /// The module named `name`.
    public func module(named name: String) -> (any Module)? {
        modules.first { $0.name == name }
    }

    /// Every record type, module by module.
    public var recordTypes: [RecordType] { modules.flatMap(\.recordTypes) }

    /// The record type named `name` (`org.company`), also found by its Lua plural (`companies`).
    public func recordType(named name: String) -> RecordType? {
        recordTypesByName[name] ?? recordTypes.first { $0.plural == name || $0.title == name }
    }

    /// Every built-in report.
    public var reports: [ReportDeclaration] { modules.flatMap(\.reports) }

    /// Every rule.
    public var rules: [RuleDeclaration] { modules.flatMap(\.rules) }

    /// Every module's settings.
    public var settings: [SettingDeclaration] { modules.flatMap(\.settings) }

    /// The kernel's migrations, then each module's, in dependency order.
    func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in KernelSchema.migrations + modules.flatMap(\.migrations) {
            migrator.registerMigration(migration.identifier, migrate: migration.migrate)
        }
        return migrator
    }
}
