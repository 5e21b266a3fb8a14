import ArgumentParser
import Kernel

/// `redprop version`: the program's and the modules' versions, and the database's schema.
struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Print the versions of the program and its modules, and the schema of the database if there is one.")

    @OptionGroup var shared: SharedOptions

    func run() throws {
        try failingWithStatusOne {
            print("redprop \(Kernel.version)")
            let registry = try ModuleRegistry(ProgramModules.all)
            for module in registry.modules {
                print("  \(module.name) \(module.version)  \(module.title)")
            }
            print("  Lua 5.4 (sandboxed)")
            guard shared.location.exists else { return }
            let migrations = try shared.kernel(readOnly: true).appliedMigrations()
            print("database \(shared.location): \(migrations.joined(separator: ", "))")
        }
    }
}
