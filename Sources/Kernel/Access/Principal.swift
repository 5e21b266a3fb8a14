import GRDB
import LuaHost

/// Who an operation runs as: an *actor* in the command line and in Lua.
///
/// Every call (Swift, Lua, command line) runs as one principal, whose
/// scope is a subtree of the area tree: reads return only what lies in it,
/// writes outside it fail.
public struct Principal: Sendable, Hashable {
    /// The actor's unique name (`district-admin`, `将军路街道办`).
    public var name: String
    /// The role, for display and for role-specific rules (`district`, `street`, …).
    public var role: Role
    /// The root of the actor's scope; `nil` only before the district exists.
    public var scopeAreaID: Int64?
    /// Whether the actor may write at all.
    public var canWrite: Bool

    /// A principal.
    public init(name: String, role: Role, scopeAreaID: Int64?, canWrite: Bool = true) {
        self.name = name
        self.role = role
        self.scopeAreaID = scopeAreaID
        self.canWrite = canWrite
    }

    /// The district administrator, the command line's default actor.
    public static let districtAdministratorName = "district-admin"

    /// The roles of the domain.
    public enum Role: String, Sendable, CaseIterable {
        /// District office (区物业服务行业党委 / 区住建·物业科).
        case district
        /// Street office (街道).
        case street
        /// Community office (社区).
        case community
        /// Grid staff (网格员, 微网格长, 红色楼长).
        case grid
        /// A property company (物业企业).
        case company
        /// Read-only access for an observer.
        case viewer
    }

    /// The actor as a Lua table.
    func luaValue(scope: Area?) -> LuaValue {
        var table = LuaTable(["name": .string(name), "role": .string(role.rawValue), "can_write": .boolean(canWrite)])
        if let scope {
            table["scope"] = .string(scope.code)
            table["scope_name"] = .string(scope.name)
        }
        return .table(table)
    }
}
