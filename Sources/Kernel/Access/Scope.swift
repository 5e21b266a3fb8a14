/// The subtree of the area tree an actor can see and change.
public struct Scope: Sendable, Hashable {
    /// The root of the subtree; `nil` means the whole database (before a district exists).
    public let root: Area?

    /// A scope rooted at `root`.
    public init(root: Area?) {
        self.root = root
    }

    /// A `GLOB` pattern matching the paths of every area in scope.
    public var pathPattern: String { (root?.path ?? "/") + "*" }

    /// Whether the scope is the whole district (or the whole database).
    public var isWholeDatabase: Bool { root == nil || root?.parentID == nil }

    /// Whether `area` lies in scope.
    public func contains(_ area: Area) -> Bool {
        guard let root else { return true }
        return root.contains(area)
    }

    /// Throws unless `actor` may write a record placed at `area`.
    public func requireWrite(into area: Area, by actor: Principal) throws {
        guard actor.canWrite else {
            throw KernelError(.readOnly, "actor \(actor.name) may not write")
        }
        guard contains(area) else {
            let scopeName = root.map { "\($0.name) (\($0.code))" } ?? "nothing"
            throw KernelError(.outOfScope,
                              "actor \(actor.name) may only write within \(scopeName), not in \(area.name) (\(area.code))")
        }
    }
}
