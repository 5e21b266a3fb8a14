import Foundation
import LuaHost

/// How a console session runs: as whom, whether it may write, under which limits.
///
/// ```swift
/// let configuration = ConsoleConfiguration(actorName: "jiangjunlu-street", writable: true)
/// ```
public struct ConsoleConfiguration: Sendable, Equatable {
    /// The actor statements run as (`nil`: the district administrator).
    public var actorName: String?
    /// Whether statements may write (`redprop console --write`).
    public var writable: Bool
    /// The limits of each statement (every statement starts with a fresh budget).
    public var limits: LuaLimits

    /// A configuration; read-only with the report-script limits unless told otherwise.
    public init(actorName: String? = nil, writable: Bool = false, limits: LuaLimits = .reportScript) {
        self.actorName = actorName
        self.writable = writable
        self.limits = limits
    }
}

/// Where the console writes: results and `print` to one place, errors and warnings to another.
///
/// Tests collect both; the command writes to standard output and standard error.
public struct ConsoleOutput {
    /// Writes results, `print` output and messages asked for (`.help`).
    public var write: (String) -> Void
    /// Writes errors and warnings.
    public var writeError: (String) -> Void

    /// An output over two closures.
    public init(write: @escaping (String) -> Void, writeError: @escaping (String) -> Void) {
        self.write = write
        self.writeError = writeError
    }

    /// Standard output and standard error, unbuffered.
    public static var standard: ConsoleOutput {
        ConsoleOutput(
            write: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeError: { FileHandle.standardError.write(Data($0.utf8)) })
    }
}

/// What the console wants after a line.
public enum ConsoleStep: Sendable, Equatable {
    /// Ready for the next statement (primary prompt).
    case ready
    /// In the middle of a statement: read the next line with the continuation prompt.
    case continuing
    /// `.quit` was asked for.
    case quit
}
