import ArgumentParser
import Console
import Foundation
import Kernel

/// `redprop demo`: creates the demo district (淄川区) from the shipped scripts and prints its dashboard.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create the demo district 淄川区 from scripts/demo and print its dashboard.")

    @OptionGroup var shared: SharedOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Replace the database file if it exists.") var replace = false

    func run() throws {
        try failingWithStatusOne {
            let location = shared.location
            if location.exists {
                guard replace else {
                    throw CommandFailure(message: "error: \(location.path) exists; use --replace to recreate it")
                }
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: location.path + suffix) }
            }
            guard let library = ScriptLibrary.locate() else {
                throw CommandFailure(message: "error: cannot find the scripts folder (set REDPROP_SCRIPTS)")
            }
            let kernel = try shared.kernel(create: true)
            try kernel.initialise(districtCode: "370302", districtName: "淄川区")
            for script in library.demoScripts {
                let runner = ScriptRunner(kernel: kernel, actorName: nil, limits: .reportScript, writable: true)
                let outcome = try runner.run(path: script, arguments: []) { text in
                    FileHandle.standardError.write(Data(text.utf8))
                }
                reportHandlerFailures(outcome.handlerFailures)
            }
            FileHandle.standardError.write(Data("Created the demo district in \(location.path).\n".utf8))
            try output.reportOutput.write(try DashboardBuilder.reports(kernel: kernel, actorName: nil))
        }
    }
}
