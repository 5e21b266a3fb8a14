/// The caps a run of Lua code works under.
///
/// The count hook and the counting allocator enforce them in C; a tripped
/// limit ends the run with a ``LuaError`` of kind ``LuaError/Kind/limit``
/// that `pcall` cannot swallow.
public struct LuaLimits: Sendable, Equatable {
    /// Bytes the state may hold; `0` for no cap.
    public var memoryBytes: Int
    /// Lua VM instructions a run may execute; `0` for no cap.
    public var instructions: Int64
    /// Wall-clock seconds a run may take; `0` for no deadline.
    public var seconds: Double

    /// Caps for one run.
    public init(memoryBytes: Int, instructions: Int64, seconds: Double) {
        self.memoryBytes = memoryBytes
        self.instructions = instructions
        self.seconds = seconds
    }

    /// Defaults that suit a report script: 256 MB, 20 billion instructions, 60 s.
    public static let reportScript = LuaLimits(
        memoryBytes: 256 * 1024 * 1024, instructions: 20_000_000_000, seconds: 60)

    /// No caps at all (host set-up code only).
    public static let unlimited = LuaLimits(memoryBytes: 0, instructions: 0, seconds: 0)
}
