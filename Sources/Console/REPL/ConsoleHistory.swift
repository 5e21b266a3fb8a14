// libedit's settings and history are C globals; the console uses them from one thread only.
@preconcurrency import CEditLine
import Foundation
import Kernel

/// The console's history of typed lines, kept by libedit and saved per user.
///
/// The file is `$REDPROP_HISTORY` when set (empty: no file), else
/// `~/.redprop_history`; it holds the last ``capacity`` lines, is written
/// after every line (so a crash loses nothing) and is readable by its owner only.
///
/// libedit keeps one history per process; this type is its only user.
///
/// ```swift
/// let history = ConsoleHistory(path: ConsoleHistory.defaultPath())
/// history.add("=area.list()")
/// history.entries.last   // "=area.list()"
/// ```
public final class ConsoleHistory {
    /// The file the history is loaded from and saved to, or `nil` to keep it in memory only.
    public let path: String?
    /// How many lines are kept.
    public let capacity: Int

    /// The history file for this user: `$REDPROP_HISTORY`, else `~/.redprop_history`; `nil` when disabled.
    public static func defaultPath(environment: [String: String] = ProcessEnvironment.values("REDPROP_HISTORY", "HOME")) -> String? {
        if let explicit = environment["REDPROP_HISTORY"] {
            return explicit.isEmpty ? nil : explicit
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".redprop_history").path
    }

    /// Starts libedit's history, empty, then loads `path` if the file exists.
    public init(path: String?, capacity: Int = 1000) {
        self.path = path
        self.capacity = capacity
        using_history()
        clear_history()
        stifle_history(Int32(clamping: capacity))
        if let path, FileManager.default.fileExists(atPath: path) {
            _ = read_history(path)
        }
    }

    /// The lines kept, oldest first.
    public var entries: [String] {
        (0..<history_length).compactMap(Self.line)
    }

    /// The newest line kept.
    private var lastEntry: String? { history_length > 0 ? Self.line(history_length - 1) : nil }

    /// The kept line at `offset` from the oldest.
    private static func line(_ offset: Int32) -> String? {
        history_get(history_base + offset).flatMap { $0.pointee.line.map { String(cString: $0) } }
    }

    /// Adds a line (not a blank one, nor the same as the last) and saves the file.
    public func add(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty, lastEntry != line else { return }
        _ = add_history(line)
        save()
    }

    /// Writes the history file, readable by its owner only.
    public func save() {
        guard let path else { return }
        let created = !FileManager.default.fileExists(atPath: path)
        if write_history(path) == 0, created {
            chmod(path, 0o600)
        }
    }
}
