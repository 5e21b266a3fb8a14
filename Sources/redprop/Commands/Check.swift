import ArgumentParser
import Kernel
import Reporting

/// `redprop check`: run the modules' rules and list what they find.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run the rules (all, one, or a module's) and list their findings; exit status 1 if any.")

    @OptionGroup var shared: SharedOptions
    @OptionGroup var output: OutputOptions
    @Flag(help: "List the rules instead of running them.") var list = false
    @Argument(help: "A rule name or module prefix (org, coord.issue-overdue).") var rule: String?

    func run() throws {
        try failingWithStatusOne {
            let kernel = try shared.kernel(readOnly: true)
            if list {
                for rule in kernel.registry.rules { print("\(rule.name)  \(rule.title)") }
                return
            }
            let findings = try kernel.read(as: shared.actor) { try RuleRunner.run($0, matching: rule) }
            let table = ReportTable(headings: ["规则", "程度", "对象", "区域", "问题"], rows: findings.map {
                [.text($0.rule), .text($0.severity.chineseName), .text($0.subject), .text($0.area), .text($0.message)]
            })
            let summary = Figure(label: "发现问题", value: .integer(Int64(findings.count)))
            try output.reportOutput.write([Report(title: "规则检查", sections: [
                ReportSection(blocks: [.figures([summary]), .table(table)]),
            ])])
            if !findings.isEmpty { throw CommandFailure(message: "\(findings.count) finding(s)") }
        }
    }
}
