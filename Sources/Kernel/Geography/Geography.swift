import GRDB

/// The area tree as seen by one actor: reads are limited to the actor's
/// scope, and new areas may only be added inside it.
///
/// ```swift
/// let street = try session.geography.create(code: "370302001", name: "将军路街道",
///                                            kind: .street, parentCode: "370302")
/// let communities = try session.geography.list(kind: .community, within: street)
/// ```
public struct Geography {
    let session: Session

    /// The area with `code`, or with that exact name; `nil` if none is in scope.
    public func find(_ codeOrName: String) throws -> Area? {
        let area = try Area.fetchOne(session.db, sql: """
            SELECT * FROM area WHERE (code = ? OR name = ?) AND path GLOB ? ORDER BY code = ? DESC, path LIMIT 1
            """, arguments: [codeOrName, codeOrName, session.scope.pathPattern, codeOrName])
        return area
    }

    /// Like ``find(_:)`` but throws a clear error when nothing is found.
    public func require(_ codeOrName: String) throws -> Area {
        guard let area = try find(codeOrName) else {
            throw KernelError(.notFound, "no area '\(codeOrName)' in the scope of \(session.actor.name)")
        }
        return area
    }

    /// The area with row id `id`, if in scope.
    public func area(id: Int64) throws -> Area? {
        try Area.fetchOne(session.db, sql: "SELECT * FROM area WHERE id = ? AND path GLOB ?",
                          arguments: [id, session.scope.pathPattern])
    }

    /// Areas in scope, optionally of one kind and within a subtree, in tree order.
    public func list(kind: AreaKind? = nil, within: Area? = nil) throws -> [Area] {
        var sql = "SELECT * FROM area WHERE path GLOB ?"
        var arguments: StatementArguments = [session.scope.pathPattern]
        if let within {
            sql += " AND path GLOB ?"
            arguments += [within.path + "*"]
        }
        if let kind {
            sql += " AND kind = ?"
            arguments += [kind.rawValue]
        }
        return try treeOrdered(Area.fetchAll(session.db, sql: sql, arguments: arguments))
    }

    /// Sorts areas depth first, siblings by code: each area sorts by the codes along its path.
    private func treeOrdered(_ areas: [Area]) throws -> [Area] {
        let codes = try Dictionary(uniqueKeysWithValues: Row.fetchAll(session.db, sql: "SELECT id, code FROM area")
            .map { (row: Row) -> (Int64, String) in (row["id"], row["code"]) })
        func key(_ area: Area) -> [String] {
            area.path.split(separator: "/").compactMap { Int64($0) }.map { codes[$0] ?? "" }
        }
        return areas.map { ($0, key($0)) }.sorted { $0.1.lexicographicallyPrecedes($1.1) }.map(\.0)
    }

    /// The direct children of `area`, in scope.
    public func children(of area: Area) throws -> [Area] {
        try Area.fetchAll(session.db, sql: "SELECT * FROM area WHERE parent_id = ? AND path GLOB ? ORDER BY code",
                          arguments: [area.id, session.scope.pathPattern])
    }

    /// The chain from the district down to `area` (only the part in scope).
    public func ancestors(of area: Area) throws -> [Area] {
        let ids = area.path.split(separator: "/").compactMap { Int64($0) }
        return try ids.compactMap { try self.area(id: $0) }
    }

    /// The parent's code, for display.
    public func parentCode(of area: Area) throws -> String? {
        guard let parentID = area.parentID else { return nil }
        return try codes(of: [parentID])[parentID]
    }

    /// The codes of the areas with row ids `ids` (in scope or not: codes are shown for parents), in one query.
    public func codes(of ids: Set<Int64>) throws -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        let rows = try Row.fetchAll(session.db, sql: "SELECT id, code FROM area WHERE id IN (SELECT value FROM json_each(?))",
                                    arguments: [ScopedSQL.jsonArray(ids)])
        return Dictionary(uniqueKeysWithValues: rows.map { (row: Row) -> (Int64, String) in (row["id"], row["code"]) })
    }

    /// Adds an area under `parentCode` (the district has none); audited.
    @discardableResult
    public func create(code: String, name: String, kind: AreaKind, parentCode: String?) throws -> Area {
        let place = "area \(code)"
        try session.requireWrite()
        guard !code.isEmpty, !name.isEmpty else { throw KernelError(.invalid, "code and name are required", at: place) }
        if try Area.fetchOne(session.db, sql: "SELECT * FROM area WHERE code = ?", arguments: [code]) != nil {
            throw KernelError(.invalid, "an area with this code exists already", at: place)
        }
        var path = "/"
        var parentID: Int64?
        if let parentCode {
            let parent = try require(parentCode)
            guard kind.allowedParents.contains(parent.kind) else {
                throw KernelError(.invalid, "a \(kind.chineseName) cannot sit in a \(parent.kind.chineseName)", at: place)
            }
            try session.scope.requireWrite(into: parent, by: session.actor)
            path = parent.path
            parentID = parent.id
        } else {
            guard kind == .district else {
                throw KernelError(.invalid, "only the district has no parent", at: place)
            }
            guard session.scope.isWholeDatabase else {
                throw KernelError(.outOfScope, "only the district administrator can add a district", at: place)
            }
        }
        return try session.atomically {
            try session.db.execute(sql: "INSERT INTO area (code, name, kind, parent_id, path) VALUES (?, ?, ?, ?, ?)",
                                   arguments: [code, name, kind.rawValue, parentID, "pending:" + code])
            let id = session.db.lastInsertedRowID
            try session.db.execute(sql: "UPDATE area SET path = ? WHERE id = ?", arguments: [path + "\(id)/", id])
            let area = try require(code)
            try session.audit.record(.create, type: "area", id: id, key: code, area: id, before: nil,
                                     after: area.luaValue(parentCode: parentCode))
            try session.emit("area.created", payload: area.luaValue(parentCode: parentCode))
            return area
        }
    }
}
