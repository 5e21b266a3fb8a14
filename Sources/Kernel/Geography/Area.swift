import GRDB
import LuaHost

/// A node of the area tree: the district, a street, a community, a grid, …
///
/// `path` lists the ids from the root (`/1/4/17/`), so a subtree is a
/// prefix and scope checks are one indexed comparison.
public struct Area: Sendable, Hashable, FetchableRecord {
    /// The row id.
    public var id: Int64
    /// The administrative code, unique (`370302001`).
    public var code: String
    /// The Chinese name (`将军路街道`).
    public var name: String
    /// The level.
    public var kind: AreaKind
    /// The parent's id; `nil` for the district.
    public var parentID: Int64?
    /// Ids from the root, `/1/4/17/`.
    public var path: String

    public init(row: Row) throws {
        id = row["id"]
        code = row["code"]
        name = row["name"]
        let kindName: String = row["kind"]
        kind = AreaKind(rawValue: kindName) ?? .district
        parentID = row["parent_id"]
        path = row["path"]
    }

    /// How deep the area sits (the district is 0).
    public var depth: Int { path.split(separator: "/").count - 1 }

    /// Whether `other` lies in this area's subtree (itself included).
    public func contains(_ other: Area) -> Bool { other.path.hasPrefix(path) }

    /// The area as a Lua table.
    public func luaValue(parentCode: String?) -> LuaValue {
        var table = LuaTable([
            "id": .integer(id), "code": .string(code), "name": .string(name),
            "kind": .string(kind.rawValue), "kind_name": .string(kind.chineseName),
            "depth": .integer(Int64(depth)),
        ])
        if let parentCode { table["parent"] = .string(parentCode) }
        return .table(table)
    }
}
