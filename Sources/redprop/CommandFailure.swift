import Kernel
import LuaHost

/// A command that ran but failed: its message goes to standard error, exit status 1.
struct CommandFailure: Error {
    var message: String

    /// Wraps what the kernel and Lua throw, with Lua's traceback.
    init(_ error: any Error) {
        switch error {
        case let error as LuaError: message = "error: " + error.fullDescription
        case let error as KernelError: message = "error: " + error.description
        case let error as ImportError: message = "error: " + error.description
        default: message = "error: \(error)"
        }
    }

    init(message: String) {
        self.message = message
    }
}

/// Runs `body`, turning any error into a ``CommandFailure``.
func failingWithStatusOne<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let failure as CommandFailure {
        throw failure
    } catch {
        throw CommandFailure(error)
    }
}
