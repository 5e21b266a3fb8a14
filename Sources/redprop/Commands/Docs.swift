import ArgumentParser
import Console
import Foundation
import Kernel

/// `redprop docs`: writes the Lua API reference and the LuaCATS annotations from the declarations.
struct Docs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Write docs/lua-api.md and the LuaCATS files docs/lua/*.lua from the registered declarations.")

    // Accepted as by every command, so that wrappers can pass them uniformly; the reference
    // comes from the declarations, not from a database.
    @OptionGroup var shared: SharedOptions

    @Option(help: "The docs folder to write into.")
    var output = "docs"

    func run() throws {
        try failingWithStatusOne {
            let registry = try ModuleRegistry(ProgramModules.all)
            let folder = URL(fileURLWithPath: output)
            let annotations = folder.appendingPathComponent("lua")
            try FileManager.default.createDirectory(at: annotations, withIntermediateDirectories: true)
            try Data(LuaReferenceGenerator(registry: registry).markdown().utf8)
                .write(to: folder.appendingPathComponent("lua-api.md"))
            for file in LuaAnnotationGenerator(registry: registry).files() {
                try Data(file.text.utf8).write(to: annotations.appendingPathComponent(file.name))
            }
            print("Wrote \(output)/lua-api.md and \(output)/lua/*.lua")
        }
    }
}
