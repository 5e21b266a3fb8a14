import LuaHost

/// Something that happened in a module: `org.company.created`, `coord.issue.escalated`.
public struct Event: Sendable, Equatable {
    /// The dotted name: module, record, verb.
    public var name: String
    /// The record or facts the event carries, as Lua sees them.
    public var payload: LuaValue
    /// The actor whose write caused it.
    public var actor: String

    /// An event.
    public init(name: String, payload: LuaValue, actor: String) {
        self.name = name
        self.payload = payload
        self.actor = actor
    }

    /// Whether a handler pattern (`org.company.created`, `org.*`, `*`) matches this event.
    public func matches(_ pattern: String) -> Bool {
        if pattern == "*" || pattern == name { return true }
        guard pattern.hasSuffix(".*") else { return false }
        return name.hasPrefix(pattern.dropLast())
    }
}

/// An event a module declares it emits (for the docs and for `on` checks).
public struct EventDeclaration: Sendable {
    /// The event name.
    public var name: String
    /// What it means and what its payload holds.
    public var summary: String

    /// A declaration.
    public init(_ name: String, _ summary: String) {
        self.name = name
        self.summary = summary
    }
}

/// A handler's refusal of a change: the transaction rolls back.
public struct EventVeto: Error, Sendable, CustomStringConvertible {
    /// Why the handler refused.
    public var reason: String
    /// Which handler refused (`plugin file:line`).
    public var source: String

    public var description: String { "vetoed by \(source): \(reason)" }
}

/// A handler that failed (other than by veto): reported, and the others still run.
public struct HandlerFailure: Sendable, Equatable, CustomStringConvertible {
    /// The event being handled.
    public var event: String
    /// The handler's source: `script.lua:12`.
    public var source: String
    /// The error.
    public var message: String

    public var description: String { "handler for \(event) at \(source) failed: \(message)" }
}
