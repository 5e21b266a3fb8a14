/// A handler that failed other than by veto.
///
/// In the transaction, a failure undoes the write it guarded (after the other handlers have run);
/// after the commit, it is reported and the others still run.
public struct HandlerFailure: Sendable, Equatable, CustomStringConvertible {
    /// The event being handled.
    public var event: String
    /// The handler's owner (`script`, `module coord`, `plugin noise-routing`).
    public var owner: String
    /// The handler's source: `script.lua:12`.
    public var source: String
    /// The error.
    public var message: String

    /// A failure of the handler of `owner` at `source`.
    public init(event: String, owner: String, source: String, message: String) {
        self.event = event
        self.owner = owner
        self.source = source
        self.message = message
    }

    public var description: String { "handler for \(event) at \(source) failed: \(message)" }
}
