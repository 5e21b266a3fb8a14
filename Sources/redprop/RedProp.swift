import ArgumentParser

/// The `redprop` command: parses the command line and wires the modules to the kernel.
struct RedProp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redprop",
        abstract: "Red Property (红色物业) governance for a district office: records, reports and Lua scripts.",
        discussion: """
            Every command works on one SQLite database: ./redprop.sqlite by default, \
            --db PATH or REDPROP_DB for another. Commands run as the district administrator \
            unless --as names another actor.
            """,
        subcommands: [
            Init.self, Demo.self, Dashboard.self, Run.self, ConsoleCommand.self, ReportCommand.self, Check.self,
            Import.self, Export.self, ActorCommand.self, AuditCommand.self, Docs.self, Version.self,
        ]
    )
}
