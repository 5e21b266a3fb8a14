import CLua

/// A field name made into a Lua string once, then pushed without hashing or
/// copying: for filling many tables with the same keys (rows of a query).
public final class LuaInternedKey {
    // Weak: a key may outlive its state; it then does nothing.
    private weak var state: LuaState?
    let slot: Int32
    /// The key's text.
    public let name: String

    /// Interns `name` in `state`'s registry.
    public init(_ name: String, in state: LuaState) {
        self.state = state
        self.name = name
        state.pushString(name)                                   // [-0, +1] the key
        slot = luaL_ref(state.pointer, clua_registryindex())     // [-1, +0, m] keep it
    }

    deinit {
        if let state { luaL_unref(state.pointer, clua_registryindex(), slot) }
    }
}

/// Sets fields of the table being built by ``LuaCall/pushTable(fieldCount:_:)``.
///
/// The table is on top of the stack; every setter pushes key and value and
/// sets them raw, leaving the table on top again.
public struct LuaTableWriter {
    // unowned(unsafe): lives only inside `pushTable`, during a call (see LuaCall.state).
    unowned(unsafe) let state: LuaState

    /// `table[key] = value` for an integer.
    public func set(_ key: LuaInternedKey, integer value: Int64) {
        pushKey(key)
        lua_pushinteger(state.pointer, lua_Integer(value))         // t, k, v
        lua_rawset(state.pointer, -3)                              // t[k] = v
    }

    /// `table[key] = value` for a float.
    public func set(_ key: LuaInternedKey, number value: Double) {
        pushKey(key)
        lua_pushnumber(state.pointer, value)                       // t, k, v
        lua_rawset(state.pointer, -3)
    }

    /// `table[key] = value` for UTF-8 bytes (copied into a Lua string).
    public func set(_ key: LuaInternedKey, bytes: UnsafeRawPointer, count: Int) {
        pushKey(key)
        _ = lua_pushlstring(state.pointer, bytes.assumingMemoryBound(to: CChar.self), count)   // t, k, v
        lua_rawset(state.pointer, -3)
    }

    /// `table[key] = value` for any value.
    public func set(_ key: LuaInternedKey, _ value: LuaValue) {
        pushKey(key)
        state.push(value)                                          // t, k, v
        lua_rawset(state.pointer, -3)
    }

    private func pushKey(_ key: LuaInternedKey) {
        lua_rawgeti(state.pointer, clua_registryindex(), lua_Integer(key.slot))   // t, k
    }
}

extension LuaCall {
    /// Pushes a new table filled by `fill` as one result.
    public mutating func pushTable(fieldCount: Int, _ fill: (LuaTableWriter) throws -> Void) rethrows {
        guard lua_checkstack(state.pointer, 4) != 0 else {
            push(.nil)
            return
        }
        lua_createtable(state.pointer, 0, Int32(clamping: fieldCount))
        resultCount += 1
        try fill(LuaTableWriter(state: state))
    }
}
