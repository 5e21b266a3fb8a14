import ArgumentParser
import Foundation

// Exit status: 0 success, 1 a failed script or command, 2 a usage error.
//
// Start-up time is part of a scripting tool's user experience, and
// ArgumentParser's reflection costs milliseconds: `redprop run` in its common
// form skips it, and `run` and `report` are otherwise parsed by their own
// types rather than through the whole command tree.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "run", let request = RunRequest(commonForm: arguments.dropFirst()) {
    do {
        try request.execute()
        exit(0)
    } catch {
        let failure = error as? CommandFailure ?? CommandFailure(error)
        FileHandle.standardError.write(Data((failure.message + "\n").utf8))
        exit(1)
    }
}
let fastPath: [String: any ParsableCommand.Type] = ["run": Run.self, "report": ReportCommand.self]
let entry: any ParsableCommand.Type = arguments.first.flatMap { fastPath[$0] } ?? RedProp.self

do {
    if entry == RedProp.self {
        var command = try RedProp.parseAsRoot(arguments)
        try command.run()
    } else {
        var command = try entry.parseAsRoot(Array(arguments.dropFirst()))
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
