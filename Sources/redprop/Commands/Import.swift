import ArgumentParser
import Foundation
import Kernel

/// `redprop import TYPE FILE.csv`: all-or-nothing CSV import of one record type.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import records from a CSV file; a bad file writes nothing and names the line and column.",
        discussion: "TYPE is a record type (org.company) or its Lua plural (companies). See `redprop export --list`.")

    @OptionGroup var shared: SharedOptions

    @Argument(help: "The record type.")
    var type: String

    @Argument(help: "The CSV file (UTF-8, with or without BOM; headers are field names or Chinese labels).")
    var file: String

    func run() throws {
        try failingWithStatusOne {
            let kernel = try shared.kernel()
            guard let recordType = kernel.registry.recordType(named: type) else {
                throw CommandFailure(message: "error: unknown record type \(type) (see `redprop export --list`)")
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure(message: "error: cannot read \(file)")
            }
            let count = try kernel.write(as: shared.actor) { session in
                try session.importer.importCSV(data, as: recordType, fileName: file)
            }
            print("Imported \(count) \(recordType.title) (\(recordType.name)) from \(file).")
        }
    }
}
