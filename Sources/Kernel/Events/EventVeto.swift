/// A handler's refusal of a change: the write it guarded is undone.
///
/// Throw it from an in-transaction handler (Lua: `veto(reason)`). The write and everything its
/// handlers did are rolled back to the write's savepoint; the writer sees a ``KernelError`` of
/// kind ``KernelError/Kind/vetoed`` carrying ``reason`` and ``source``.
public struct EventVeto: Error, Sendable, CustomStringConvertible {
    /// Why the handler refused.
    public var reason: String
    /// Which handler refused (`plugin noise-routing, handlers.lua:12`).
    public var source: String

    /// A refusal by the handler at `source`.
    public init(reason: String, source: String) {
        self.reason = reason
        self.source = source
    }

    public var description: String { "vetoed by \(source): \(reason)" }
}
