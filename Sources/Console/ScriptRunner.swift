import Foundation
import Kernel
import LuaHost
import Reporting

/// Runs a Lua script file as `redprop run` does: sandboxed, limited, in one
/// transaction, with `arg` set and `require` resolving beside the script.
public struct ScriptRunner {
    /// The kernel the script works on.
    public var kernel: Kernel
    /// The actor to run as (`nil`: the district administrator).
    public var actorName: String?
    /// The limits of the run.
    public var limits: LuaLimits
    /// Whether the script may write (`--write`).
    public var writable: Bool

    /// A runner.
    public init(kernel: Kernel, actorName: String?, limits: LuaLimits, writable: Bool) {
        self.kernel = kernel
        self.actorName = actorName
        self.limits = limits
        self.writable = writable
    }

    /// What a run produced besides what it printed.
    public struct Outcome {
        /// Reports the script showed (or returned), in order.
        public var reports: [Report]
        /// Event handlers that failed (the run still succeeded).
        public var handlerFailures: [HandlerFailure]
    }

    /// Runs `path` with `arguments`; `print` writes through `output`.
    public func run(path: String, arguments: [String], output: @escaping (String) -> Void) throws -> Outcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KernelError(.notFound, "cannot read the script \(path)")
        }
        let reader = Self.moduleReader(besideScript: path)
        let host = try ScriptHost(kernel: kernel, actorName: actorName, limits: limits, sourceReader: reader)
        host.state.output = output
        var argTable = LuaTable(sequence: arguments.map(LuaValue.string))
        argTable.fields[.integer(0)] = .string(path)
        host.environment.set("arg", .table(argTable))
        let source = String(decoding: data, as: UTF8.self)
        let results = try host.run(Self.strippingShebang(source), chunkName: "@" + path,
                                   arguments: arguments.map(LuaValue.string), writable: writable)
        var reports = host.takeShownReports()
        if let returned = results.first, returned["sections"] != .nil {
            reports.append(try Report(luaValue: returned))
        }
        return Outcome(reports: reports, handlerFailures: host.events.takeFailures())
    }

    /// `require` resolves in the script's folder; tracebacks name that folder as the script's
    /// path does (`reports/lib.lua` for `reports/main.lua`, `lib.lua` for `main.lua`).
    ///
    /// Plain string work: the first `URL` costs a measurable part of a short script's start-up.
    static func moduleReader(besideScript path: String) -> LuaFolderSourceReader {
        guard let slash = path.lastIndex(of: "/") else { return LuaFolderSourceReader(root: ".", displayPrefix: "") }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return LuaFolderSourceReader(root: folder, displayPrefix: folder)
    }

    /// A `#!` first line is a comment to Lua's own loader; keep line numbers.
    static func strippingShebang(_ source: String) -> String {
        guard source.hasPrefix("#") else { return source }
        guard let newline = source.firstIndex(of: "\n") else { return "" }
        return "--" + source[newline...]
    }
}
