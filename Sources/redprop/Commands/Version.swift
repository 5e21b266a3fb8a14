import ArgumentParser
import Kernel

/// `redprop version`: the program's and the modules' versions.
struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version", abstract: "Print the versions of the program and its modules.")

    func run() throws {
        print("redprop \(Kernel.version)")
        let registry = try ModuleRegistry(ProgramModules.all)
        for module in registry.modules {
            print("  \(module.name) \(module.version)  \(module.title)")
        }
        print("  Lua 5.4 (sandboxed)")
    }
}
