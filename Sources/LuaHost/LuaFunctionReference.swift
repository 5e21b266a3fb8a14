import CLua

/// A Lua function kept alive in the registry so Swift can call it later
/// (an event handler, a rule, a report).
///
/// Calls go through `lua_pcall` with a traceback handler: a Lua error comes
/// back as a thrown ``LuaError``, never as a longjmp.
public final class LuaFunctionReference {
    // Weak: a reference may outlive its state; it then does nothing.
    private weak var state: LuaState?
    let slot: Int32
    /// Where the function was defined: `chunk:line`.
    public let definedAt: String

    init(state: LuaState, slot: Int32, definedAt: String) {
        self.state = state
        self.slot = slot
        self.definedAt = definedAt
    }

    deinit {
        if let state { luaL_unref(state.pointer, clua_registryindex(), slot) }
    }

    /// Calls the function with `arguments` and returns its results.
    @discardableResult
    public func call(_ arguments: [LuaValue] = []) throws -> [LuaValue] {
        guard let state else { throw LuaError(kind: .refused, message: "the Lua state of this function is closed") }
        return try state.call(self, arguments)
    }
}

extension LuaState {
    /// References the function at `index` in the registry.
    func reference(at index: Int32) -> LuaFunctionReference {
        var debug = lua_Debug()
        lua_pushvalue(pointer, index)                       // f
        lua_pushvalue(pointer, -1)                          // f, f
        var definedAt = "?"
        if lua_getinfo(pointer, ">S", &debug) != 0 {       // pops the copy
            definedAt = Self.location(of: debug, line: Int(debug.linedefined))
        }
        let slot = luaL_ref(pointer, clua_registryindex())  // [-1, +0, m] pops f
        return LuaFunctionReference(state: self, slot: slot, definedAt: definedAt)
    }

    /// [-0, +1] Pushes the referenced function.
    func pushReference(_ function: LuaFunctionReference) {
        lua_rawgeti(pointer, clua_registryindex(), lua_Integer(function.slot))
    }

    /// Calls a referenced function under the protected call.
    func call(_ function: LuaFunctionReference, _ arguments: [LuaValue]) throws -> [LuaValue] {
        guard lua_checkstack(pointer, Int32(arguments.count) + 8) != 0 else {
            throw LuaError(kind: .runtime, message: "stack overflow: too many arguments")
        }
        pushReference(function)
        for argument in arguments { push(argument) }
        return try protectedCall(argumentCount: Int32(arguments.count))
    }

    /// `chunk:line` of the function running at `level` (0 = current), if it is Lua code.
    func location(level: Int32) -> String? {
        var debug = lua_Debug()
        guard lua_getstack(pointer, level, &debug) != 0, lua_getinfo(pointer, "Sl", &debug) != 0,
              debug.currentline > 0
        else { return nil }
        return Self.location(of: debug, line: Int(debug.currentline))
    }

    private static func location(of debug: lua_Debug, line: Int) -> String {
        var shortSource = debug.short_src
        let source = withUnsafeBytes(of: &shortSource) { bytes in
            String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        return "\(source):\(line)"
    }
}
