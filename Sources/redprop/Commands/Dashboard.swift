import ArgumentParser
import Kernel
import Reporting

/// `redprop dashboard`: every module's overview report, as the actor sees it.
struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Print the dashboard: the overview report of every module, within the actor's scope.")

    @OptionGroup var shared: SharedOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try failingWithStatusOne {
            try output.reportOutput.write(try DashboardBuilder.reports(kernel: try shared.kernel(readOnly: true), actorName: shared.actor))
        }
    }
}

/// The dashboard: the reports named `<module>.overview`, in module order.
enum DashboardBuilder {
    static func reports(kernel: Kernel, actorName: String?) throws -> [Report] {
        try kernel.read(as: actorName) { session in
            try kernel.registry.modules.compactMap { module in
                try kernel.registry.reports.first { $0.name == "\(module.name).overview" }?.build(session, [:])
            }
        }
    }
}
