import ArgumentParser
import Coordination
import Kernel
import Organization

/// `--db` and `--as`, accepted by every command.
struct SharedOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The database file (default: $REDPROP_DB, else ./redprop.sqlite).")
    var databasePath: String?

    @Option(name: .customLong("as"), help: "The actor to run as (default: the district administrator).")
    var actor: String?

    /// Where the database is.
    var location: DatabaseLocation { .resolve(explicit: databasePath) }

    /// The kernel over the database, with every module of the program.
    ///
    /// - Parameter readOnly: for commands that only read: a read-only connection.
    func kernel(create: Bool = false, readOnly: Bool = false) throws -> Kernel {
        try ProgramModules.kernel(databasePath: databasePath, create: create, readOnly: readOnly)
    }
}

/// The modules this program ships, in any order (the kernel sorts them).
enum ProgramModules {
    static let all: [any Module] = [Organization(), Coordination()]

    /// The kernel with every module over the database at `databasePath` (`nil`: `$REDPROP_DB`,
    /// else `./redprop.sqlite`).
    static func kernel(databasePath: String?, create: Bool = false, readOnly: Bool = false) throws -> Kernel {
        try Kernel(location: .resolve(explicit: databasePath), modules: all, create: create, readOnly: readOnly)
    }
}
