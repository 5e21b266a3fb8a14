import ArgumentParser
import Foundation

// Exit status: 0 success, 1 a failed script or command, 2 a usage error.
//
// Start-up time is part of a scripting tool's user experience, and
// ArgumentParser's reflection costs milliseconds: `redprop run` in its common
// form skips it, and `run` and `report` are otherwise parsed by their own
// types rather than through the whole command tree.
let arguments = Array(CommandLine.arguments.dropFirst())
let entry: any ParsableCommand.Type = switch arguments.first {
case "run": Run.self
case "report": ReportCommand.self
default: RedProp.self
}

do {
    if entry == Run.self, let request = RunRequest(commonForm: arguments.dropFirst()) {
        try request.execute()
    } else {
        var command = try entry.parseAsRoot(entry == RedProp.self ? arguments : Array(arguments.dropFirst()))
        try command.run()
    }
} catch let failure as CommandFailure {
    FileHandle.standardError.write(Data((failure.message + "\n").utf8))
    exit(1)
} catch {
    let code = entry.exitCode(for: error)
    if code == .success {
        entry.exit(withError: error)
    }
    if code == .validationFailure || error is ValidationError {
        FileHandle.standardError.write(Data((entry.fullMessage(for: error) + "\n").utf8))
        FileHandle.standardError.write(Data("See 'redprop --help'.\n".utf8))
        exit(2)
    }
    FileHandle.standardError.write(Data(("error: " + entry.fullMessage(for: error) + "\n").utf8))
    exit(1)
}
