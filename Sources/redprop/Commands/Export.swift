import ArgumentParser
import Foundation
import Kernel

/// `redprop export TYPE`: the records of one type in scope, as CSV.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the records of a type as CSV (Chinese headers; `redprop import` reads it back).")

    @OptionGroup var shared: SharedOptions

    @Flag(help: "List the record types instead.")
    var list = false

    @Flag(help: "Use field names (credit_code) instead of Chinese labels as headers.")
    var fieldNames = false

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Argument(help: "The record type (org.company or companies).")
    var type: String?

    func validate() throws {
        if !list && type == nil { throw ValidationError("name a record type, or use --list") }
    }

    func run() throws {
        try failingWithStatusOne {
            let kernel = try shared.kernel(readOnly: true)
            if list {
                for recordType in kernel.registry.recordTypes {
                    print("\(recordType.name)  \(recordType.plural)  \(recordType.title)")
                }
                return
            }
            guard let type, let recordType = kernel.registry.recordType(named: type) else {
                throw CommandFailure(message: "error: unknown record type \(type ?? "") (see `redprop export --list`)")
            }
            let text = try kernel.read(as: shared.actor) { session in
                try session.exporter.csv(recordType, labels: !fieldNames)
            }
            if let output {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }
}
