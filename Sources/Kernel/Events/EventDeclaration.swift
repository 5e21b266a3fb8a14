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
