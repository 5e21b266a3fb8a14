import ArgumentParser
import Foundation

// Exit status: 0 success, 1 a failed script or command, 2 a usage error.
do {
    var command = try RedProp.parseAsRoot()
    try command.run()
} catch let failure as CommandFailure {
    FileHandle.standardError.write(Data((failure.message + "\n").utf8))
    exit(1)
} catch {
    let code = RedProp.exitCode(for: error)
    if code == .success {
        RedProp.exit(withError: error)
    }
    if code == .validationFailure || error is ValidationError {
        FileHandle.standardError.write(Data((RedProp.fullMessage(for: error) + "\n").utf8))
        FileHandle.standardError.write(Data("See 'redprop --help'.\n".utf8))
        exit(2)
    }
    FileHandle.standardError.write(Data(("error: " + RedProp.fullMessage(for: error) + "\n").utf8))
    exit(1)
}
