import Console
import Foundation
import Kernel
import LuaHost
import Reporting

/// What `redprop run` was asked to do, whichever parser read the arguments.
///
/// ``Run`` (ArgumentParser) and ``init(commonForm:)`` both produce one, and
/// ``execute()`` is the only place a run happens.
struct RunRequest: Equatable {
    var databasePath: String?
    var actor: String?
    var write = false
    var timeLimit: Double?
    var memoryLimit: Int?
    var format: ReportFormat = .text
    var output: String?
    var file: String
    var arguments: [String] = []

    /// Runs the script and writes the reports it showed.
    func execute() throws {
        try failingWithStatusOne {
            let kernel = try ProgramModules.kernel(databasePath: databasePath, readOnly: !write)
            let limits = LimitOptions.luaLimits(seconds: timeLimit, megabytes: memoryLimit)
            let runner = ScriptRunner(kernel: kernel, actorName: actor, limits: limits, writable: write)
            let outcome = try runner.run(path: file, arguments: arguments) { text in
                FileHandle.standardOutput.write(Data(text.utf8))
            }
            reportHandlerFailures(outcome.handlerFailures)
            try ReportOutput(format: format, path: output).write(outcome.reports)
        }
    }
}

extension RunRequest {
    /// Reads the arguments of `redprop run` in their common form without ArgumentParser, whose
    /// reflection costs more than the rest of a short script's start-up.
    ///
    /// The common form is `[--db P] [--as A] [--write] [--time-limit S] [--memory-limit MB]
    /// [--format F] [--output FILE] FILE.lua [ARGS…]` with valid values. Anything else (help, an
    /// unknown option, `--name=value`, a missing or bad value, a script argument ArgumentParser
    /// would refuse) gives `nil`, and ArgumentParser then reads the arguments and explains what is
    /// wrong. A test holds both parsers to the same answers.
    init?(commonForm arguments: some Collection<String>) {
        // ArgumentParser checks every argument before `--`, the script's too.
        let checked = arguments.prefix { $0 != "--" }
        guard !checked.contains(where: { $0.hasPrefix("---") || $0.hasPrefix("-=") }) else { return nil }
        var request = RunRequest(file: "")
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            guard argument.hasPrefix("-") else {
                request.file = argument
                request.arguments = Array(remaining)
                self = request
                return
            }
            if argument == "--write" {
                request.write = true
                continue
            }
            guard let value = remaining.popFirst(), !value.hasPrefix("-") else { return nil }
            switch argument {
            case "--db": request.databasePath = value
            case "--as": request.actor = value
            case "--output": request.output = value
            case "--format":
                guard let format = ReportFormat(name: value) else { return nil }
                request.format = format
            case "--time-limit":
                guard let seconds = Double(value), seconds > 0 else { return nil }
                request.timeLimit = seconds
            case "--memory-limit":
                guard let megabytes = Int(value), LimitOptions.acceptedMegabytes.contains(megabytes) else { return nil }
                request.memoryLimit = megabytes
            default:
                return nil
            }
        }
        return nil
    }
}
