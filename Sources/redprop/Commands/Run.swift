import ArgumentParser
import Console
import Foundation
import Kernel
import LuaHost
import Reporting

/// `redprop run FILE.lua [ARGS…]`: runs a Lua script in the sandbox.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Lua script (read-only unless --write); the script sees its arguments as `arg` and `...`.",
        usage: "redprop run [--write] [--time-limit SECONDS] [--memory-limit MB] [--format F] [--output FILE] FILE.lua [ARGS…]")

    @OptionGroup var shared: SharedOptions
    @OptionGroup var limits: LimitOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Let the script write. All its writes commit together, or none if it fails.")
    var write = false

    @Argument(help: "The Lua script to run.")
    var file: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments passed to the script.")
    var arguments: [String] = []

    /// What was asked, for ``RunRequest/execute()``.
    var request: RunRequest {
        RunRequest(databasePath: shared.databasePath, actor: shared.actor, write: write,
                   timeLimit: limits.timeLimit, memoryLimit: limits.memoryLimit,
                   format: output.format, output: output.output, file: file, arguments: arguments)
    }

    func run() throws {
        try request.execute()
    }
}

/// `--time-limit` and `--memory-limit` of a Lua run.
struct LimitOptions: ParsableArguments {
    @Option(help: "Stop the script after this many seconds (default 60).")
    var timeLimit: Double?

    @Option(help: "Cap the script's memory at this many megabytes (default 256).")
    var memoryLimit: Int?

    func validate() throws {
        if let timeLimit, timeLimit <= 0 { throw ValidationError("--time-limit must be more than 0 seconds") }
        if let memoryLimit, !Self.acceptedMegabytes.contains(memoryLimit) {
            throw ValidationError("--memory-limit must be 1 to \(Self.acceptedMegabytes.upperBound) MB")
        }
    }

    /// The memory limits accepted, in MB (up to 1 TB).
    static let acceptedMegabytes = 1...(1 << 20)

    var luaLimits: LuaLimits { Self.luaLimits(seconds: timeLimit, megabytes: memoryLimit) }

    /// A report script's limits, with what the command line overrides.
    static func luaLimits(seconds: Double?, megabytes: Int?) -> LuaLimits {
        var limits = LuaLimits.reportScript
        if let seconds { limits.seconds = seconds }
        if let megabytes { limits.memoryBytes = megabytes * 1024 * 1024 }
        return limits
    }
}

/// `--format` and `--output` for reports.
struct OutputOptions: ParsableArguments {
    @Option(help: "Report format: text, md, csv, json or html.")
    var format: ReportFormat = .text

    @Option(help: "Write reports to this file instead of standard output.")
    var output: String?

    var reportOutput: ReportOutput { ReportOutput(format: format, path: output) }
}

extension ReportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

/// Prints failed event handlers as warnings: the run itself succeeded.
func reportHandlerFailures(_ failures: [HandlerFailure]) {
    for failure in failures {
        FileHandle.standardError.write(Data("warning: \(failure)\n".utf8))
    }
}
