import ArgumentParser
import Kernel
import Reporting

/// `redprop actor add|list|remove`: who may use the database, and where.
struct ActorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor", abstract: "Manage actors: a name, a role and a scope (an area's subtree).",
        subcommands: [Add.self, List.self, Remove.self], defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add an actor whose scope is an area and all below it.")
        @OptionGroup var shared: SharedOptions
        @Argument(help: "The actor's name.") var name: String
        @Option(help: "The role: \(Principal.Role.allCases.map(\.rawValue).joined(separator: ", ")).")
        var role: String
        @Option(help: "The code or name of the area the actor's scope starts at.") var scope: String
        @Flag(help: "Read-only: the actor may not write.") var readOnly = false

        func validate() throws {
            guard Principal.Role(rawValue: role) != nil else {
                throw ValidationError("unknown role '\(role)'; use one of \(Principal.Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() throws {
            try failingWithStatusOne {
                let kernel = try shared.kernel()
                try kernel.write(as: shared.actor) { session in
                    try session.actors.add(name: name, role: Principal.Role(rawValue: role) ?? .viewer,
                                           scopeCode: scope, canWrite: !readOnly)
                }
                print("Added actor \(name) (\(role)) with scope \(scope).")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the actors and their scopes.")
        @OptionGroup var shared: SharedOptions

        func run() throws {
            try failingWithStatusOne {
                let actors = try shared.kernel(readOnly: true).read(as: shared.actor) { try $0.actors.list() }
                let table = ReportTable(headings: ["名称 name", "角色 role", "范围 scope", "可写 writes"], rows: actors.map {
                    [.text($0.principal.name), .text($0.principal.role.rawValue),
                     .text($0.scope.map { "\($0.name) (\($0.code))" } ?? ""), .boolean($0.principal.canWrite)]
                })
                print(ReportFormat.text.render(Report(title: "Actors", sections: [ReportSection(blocks: [.table(table)])])),
                      terminator: "")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove an actor.")
        @OptionGroup var shared: SharedOptions
        @Argument(help: "The actor's name.") var name: String

        func run() throws {
            try failingWithStatusOne {
                try shared.kernel().write(as: shared.actor) { try $0.actors.remove(name: name) }
                print("Removed actor \(name).")
            }
        }
    }
}
