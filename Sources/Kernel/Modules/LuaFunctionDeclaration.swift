import LuaHost

/// A Lua function a module exposes, declared once: the kernel installs it,
/// and the reference docs and LuaCATS annotations are generated from it.
public struct LuaFunctionDeclaration: Sendable {
    /// The member name in the module's table (`coverage`).
    public var name: String
    /// Parameters in order, for docs and annotations.
    public var parameters: [LuaParameter]
    /// The LuaCATS type of the result (`Coverage`, `Company[]`, `nil`).
    public var returns: String
    /// What it does, one sentence first.
    public var summary: String
    /// Whether it writes (refused in a read-only run).
    public var writes: Bool
    /// The work: read arguments from the call, push results.
    public var body: @Sendable (inout LuaCall, Session) throws -> Void

    /// A declaration.
    public init(_ name: String, parameters: [LuaParameter] = [], returns: String = "nil", writes: Bool = false,
                summary: String, body: @escaping @Sendable (inout LuaCall, Session) throws -> Void) {
        self.name = name
        self.parameters = parameters
        self.returns = returns
        self.summary = summary
        self.writes = writes
        self.body = body
    }
}

/// A parameter of a declared Lua function.
public struct LuaParameter: Sendable {
    /// The name (`street`); a trailing `?` in ``type`` marks it optional.
    public var name: String
    /// The LuaCATS type (`string?`, `CompanyFilter?`).
    public var type: String
    /// What it means.
    public var summary: String

    /// A parameter.
    public init(_ name: String, _ type: String, _ summary: String = "") {
        self.name = name
        self.type = type
        self.summary = summary
    }
}
