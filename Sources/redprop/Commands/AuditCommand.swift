import ArgumentParser
import Kernel
import Reporting

/// `redprop audit`: read the append-only audit log.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Show audit entries, newest first: who changed what, when, before and after.")

    @OptionGroup var shared: SharedOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this record type (org.company, area, actor).") var type: String?
    @Option(help: "Only the record with this key.") var key: String?
    @Option(help: "Only writes by this actor.") var by: String?
    @Option(help: "At most this many entries.") var limit = 50

    func run() throws {
        try failingWithStatusOne {
            let entries = try shared.kernel(readOnly: true).read(as: shared.actor) { session in
                try session.audit.entries(type: type, key: key, actor: by, limit: limit)
            }
            let table = ReportTable(headings: ["#", "时间 at", "操作者 actor", "操作 op", "类型 type", "记录 key", "变更 change"],
                                    rows: entries.map { entry in
                [.integer(entry.id), .text(entry.at), .text(entry.actor), .text(entry.operation), .text(entry.recordType),
                 .text(entry.recordKey ?? ""), .text(Self.change(entry))]
            })
            try output.reportOutput.write([Report(title: "审计日志 Audit log", sections: [ReportSection(blocks: [.table(table)])])])
        }
    }

    /// The fields that changed, `field: before → after`, or the whole record for a create or delete.
    static func change(_ entry: AuditLog.Entry) -> String {
        let before = entry.before.tableValue?.record ?? [:]
        let after = entry.after.tableValue?.record ?? [:]
        if before.isEmpty || after.isEmpty {
            return (after.isEmpty ? entry.before : entry.after).jsonText
        }
        return Set(before.keys).union(after.keys).sorted().compactMap { key in
            let old = before[key] ?? .nil, new = after[key] ?? .nil
            return old == new ? nil : "\(key): \(old.jsonText) → \(new.jsonText)"
        }.joined(separator: "; ")
    }
}
