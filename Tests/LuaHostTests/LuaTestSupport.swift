import LuaHost

/// A fresh state and one sandboxed environment, with `print` captured.
final class LuaHarness {
    let state: LuaState
    let env: LuaEnvironment
    var printed = ""

    init(limits: LuaLimits = LuaLimits(memoryBytes: 64 << 20, instructions: 0, seconds: 2)) throws {
        state = try LuaState()
        env = try state.makeEnvironment(name: "test")
        state.output = { [unowned self] in self.printed += $0 }
        state.beginRun(limits: limits)
    }

    /// Runs `source` and returns its results.
    @discardableResult
    func run(_ source: String, chunk: String = "=test") throws -> [LuaValue] {
        try env.run(source, chunkName: chunk)
    }

    /// Runs `source`, which must fail, and returns the error.
    func failure(_ source: String, chunk: String = "=test") -> LuaError? {
        do {
            try env.run(source, chunkName: chunk)
            return nil
        } catch let error as LuaError {
            return error
        } catch {
            return LuaError(kind: .runtime, message: "unexpected \(error)")
        }
    }
}
