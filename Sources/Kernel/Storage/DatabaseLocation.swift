import Foundation

/// Where the district's database lives.
///
/// The embedded default is `redprop.sqlite` in the working folder;
/// `--db PATH` or the `REDPROP_DB` environment variable choose another.
public struct DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    /// The file path.
    public let path: String

    /// The default file name in the working folder.
    public static let defaultFileName = "redprop.sqlite"

    /// A location at `path`.
    public init(path: String) {
        self.path = path
    }

    /// `explicit` if given, else `REDPROP_DB`, else the default file.
    public static func resolve(explicit: String?, environment: [String: String] = ProcessEnvironment.values("REDPROP_DB"))
        -> DatabaseLocation
    {
        if let explicit, !explicit.isEmpty { return DatabaseLocation(path: explicit) }
        if let fromEnvironment = environment["REDPROP_DB"], !fromEnvironment.isEmpty {
            return DatabaseLocation(path: fromEnvironment)
        }
        return DatabaseLocation(path: defaultFileName)
    }

    /// Whether the database file exists.
    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    public var description: String { path }
}
