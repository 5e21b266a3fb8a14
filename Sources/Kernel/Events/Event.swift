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
