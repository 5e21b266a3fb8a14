import ArgumentParser

import Kernel


/// `--db` and `--as`, accepted by every command.
struct SharedOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The database file (default: $REDPROP_DB, else ./redprop.sqlite).")
    var databasePath: String?

    @Option(name: .customLong("as"), help: "The actor to run as (default: the district administrator).")
    var actor: String?

    /// Where the database is.
    var location: DatabaseLocation { .resolve(explicit: databasePath) }

    /// The kernel over the database, with every module of the program.
    func kernel(create: Bool = false) throws -> Kernel {
        try Kernel(location: location, modules: ProgramModules.all, create: create)
    }
}

/// The modules this program ships, in any order (the kernel sorts them).
enum ProgramModules {
    static let all: [any Module] = []
}
