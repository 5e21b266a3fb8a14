import CLua

// C helpers of a host's own (a row iterator written in C, say) work on the raw
// `lua_State`. They run inside a Swift frame, where allocation never fails
// (see clua_state.c), so they must push and allocate only: never raise.

extension LuaState {
    /// Calls `body` with this state's `lua_State` for a C helper that neither
    /// raises nor leaves anything on the stack.
    public func withNativeState<T>(_ body: (OpaquePointer) throws -> T) rethrows -> T {
        try body(pointer)
    }
}

extension LuaCall {
    /// Lets a C helper push this call's results onto the stack: `body` gets the
    /// `lua_State` and must push exactly `results` values, and never raise.
    public mutating func pushNative<T>(results: Int32, _ body: (OpaquePointer) throws -> T) throws -> T {
        guard lua_checkstack(state.pointer, 20) != 0 else {
            throw LuaError(kind: .limit, message: "Lua stack overflow")
        }
        let value = try body(state.pointer)
        resultCount += results
        return value
    }
}
