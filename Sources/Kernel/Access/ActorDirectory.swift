import GRDB

/// The actors of a database: `redprop actor add|list|remove` and `--as`.
public struct ActorDirectory {
    let session: Session

    /// The actors whose scope lies within the caller's, with the root of each one's scope.
    public func list() throws -> [(principal: Principal, scope: Area?)] {
        let areas = try session.sql.rows("SELECT a.* FROM area a WHERE {scope_area a}").map(Area.init(row:))
        let byID = Dictionary(uniqueKeysWithValues: areas.map { ($0.id, $0) })
        return try Row.fetchAll(session.db, sql: "SELECT * FROM actor ORDER BY name").compactMap { row in
            let principal = Self.principal(from: row)
            guard let id = principal.scopeAreaID, let scope = byID[id] else { return nil }
            return (principal, scope)
        }
    }

    /// Adds an actor whose scope is the area `scopeCode`.
    @discardableResult
    public func add(name: String, role: Principal.Role, scopeCode: String, canWrite: Bool = true) throws -> Principal {
        try session.requireWrite()
        let place = "actor \(name)"
        guard !name.isEmpty else { throw KernelError(.invalid, "the name is empty", at: place) }
        guard try find(name) == nil else { throw KernelError(.invalid, "an actor with this name exists", at: place) }
        let scope = try session.geography.require(scopeCode)
        try session.scope.requireWrite(into: scope, by: session.actor)
        let principal = Principal(name: name, role: role, scopeAreaID: scope.id, canWrite: canWrite)
        try session.atomically {
            try session.db.execute(sql: "INSERT INTO actor (name, role, scope_area_id, can_write) VALUES (?, ?, ?, ?)",
                                   arguments: [name, role.rawValue, scope.id, canWrite])
            try session.audit.record(.create, type: "actor", id: session.db.lastInsertedRowID, key: name, area: scope.id,
                                     before: nil, after: principal.luaValue(scope: scope))
        }
        return principal
    }

    /// Removes the actor `name`.
    public func remove(name: String) throws {
        try session.requireWrite()
        guard let principal = try find(name) else {
            throw KernelError(.notFound, "no actor named \(name)")
        }
        let scope = try Area.fetchOne(session.db, sql: "SELECT * FROM area WHERE id = ?",
                                      arguments: [principal.scopeAreaID])
        if let scope { try session.scope.requireWrite(into: scope, by: session.actor) }
        try session.atomically {
            try session.db.execute(sql: "DELETE FROM actor WHERE name = ?", arguments: [name])
            try session.audit.record(.delete, type: "actor", id: nil, key: name, area: scope?.id,
                                     before: principal.luaValue(scope: scope), after: nil)
        }
    }

    /// The actor named `name`, if any.
    public func find(_ name: String) throws -> Principal? {
        try Row.fetchOne(session.db, sql: "SELECT * FROM actor WHERE name = ?", arguments: [name])
            .map(Self.principal(from:))
    }

    static func principal(from row: Row) -> Principal {
        let roleName: String = row["role"]
        return Principal(name: row["name"], role: Principal.Role(rawValue: roleName) ?? .viewer,
                         scopeAreaID: row["scope_area_id"], canWrite: row["can_write"])
    }
}
