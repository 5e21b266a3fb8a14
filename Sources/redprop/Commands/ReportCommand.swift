import ArgumentParser
import Console
import Foundation
import Kernel

/// `redprop report NAME`: a built-in report of a module or a report script of `scripts/reports`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Run a named report (built into a module, or a script in scripts/reports).",
        usage: "redprop report NAME [--param KEY=VALUE …] [--format F] [--output FILE]\n       redprop report --list")

    @OptionGroup var shared: SharedOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var limits: LimitOptions

    @Flag(help: "List the reports with their descriptions.") var list = false

    @Option(name: .customLong("param"), help: "A report parameter KEY=VALUE (repeatable), e.g. street=将军路街道.")
    var parameters: [String] = []

    @Argument(help: "The report's name (org.overview, district-overview, …).") var name: String?

    func validate() throws {
        if !list && name == nil { throw ValidationError("name a report, or use --list") }
        for parameter in parameters where !parameter.contains("=") {
            throw ValidationError("--param takes KEY=VALUE, got '\(parameter)'")
        }
    }

    func run() throws {
        try failingWithStatusOne {
            let kernel = try shared.kernel(readOnly: true)
            func scripts() -> [ScriptLibrary.ReportScript] { ScriptLibrary.locate()?.reportScripts() ?? [] }
            if list {
                for report in kernel.registry.reports { print("\(report.name)  \(report.title)") }
                for script in scripts() { print("\(script.name)  \(script.summary)") }
                return
            }
            guard let name else { return }
            if let declaration = kernel.registry.reports.first(where: { $0.name == name }) {
                var values: [String: String] = [:]
                for parameter in parameters {
                    let parts = parameter.split(separator: "=", maxSplits: 1).map(String.init)
                    values[parts[0]] = parts.count > 1 ? parts[1] : ""
                }
                let report = try kernel.read(as: shared.actor) { try declaration.build($0, values) }
                try output.reportOutput.write([report])
            } else if let script = scripts().first(where: { $0.name == name }) {
                // The script reads its KEY=VALUE arguments with redprop.params(arg).
                let runner = ScriptRunner(kernel: kernel, actorName: shared.actor, limits: limits.luaLimits, writable: false)
                let outcome = try runner.run(path: script.path, arguments: parameters) { text in
                    FileHandle.standardError.write(Data(text.utf8))
                }
                reportHandlerFailures(outcome.handlerFailures)
                try output.reportOutput.write(outcome.reports)
            } else {
                throw CommandFailure(message: "error: no report named \(name) (see `redprop report --list`)")
            }
        }
    }
}
