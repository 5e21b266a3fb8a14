import Kernel
import LuaHost

extension Kernel {
    /// Runs `source` in a fresh script host as `actor` and returns its results.
    @discardableResult
    public func runLua(_ source: String, as actor: String? = nil, writable: Bool = false) throws -> [LuaValue] {
        try ScriptHost(kernel: self, actorName: actor).run(source, chunkName: "=test", writable: writable)
    }
}

/// The description of the error `work` throws, or `nil` when it does not throw.
public func errorMessage<T>(_ work: () throws -> T) -> String? {
    do {
        _ = try work()
        return nil
    } catch {
        return String(describing: error)
    }
}
