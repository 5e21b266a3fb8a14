import CLua

/// A sandboxed global table: what one script, console session or plugin sees.
///
/// Each environment has its own globals and its own copies of the library
/// tables (`string`, `table`, `math`, …), so changing them changes nothing
/// another environment or the host sees. The string metatable is sealed:
/// `getmetatable("")` returns `false`.
public final class LuaEnvironment {
    /// The state the environment lives in (kept alive by the environment).
    public let state: LuaState
    /// A name for messages: `script`, `plugin zibo-lagging`.
    public let name: String
    let slot: Int32

    init(state: LuaState, reference: Int32, name: String) {
        self.state = state
        self.slot = reference
        self.name = name
    }

    deinit {
        luaL_unref(state.pointer, clua_registryindex(), slot)
    }

    /// [-0, +1] Pushes the environment table.
    func pushTable() {
        lua_rawgeti(state.pointer, clua_registryindex(), lua_Integer(slot))
    }

    // MARK: - Running code

    /// Compiles `source` (text only) as a function whose globals are this environment.
    public func load(_ source: String, chunkName: String) throws -> LuaFunctionReference {
        let pointer = state.pointer
        try state.loadChunk(source, chunkName: chunkName)   // chunk
        pushTable()                                          // chunk, env
        if lua_setupvalue(pointer, -2, 1) == nil {           // chunk._ENV = env (pops env)
            lua_settop(pointer, -2)
        }
        let reference = state.reference(at: -1)             // chunk
        lua_settop(pointer, -2)                              // pop chunk
        return reference
    }

    /// Compiles and runs `source` with `arguments` as `...`, returning its results.
    @discardableResult
    public func run(_ source: String, chunkName: String, arguments: [LuaValue] = []) throws -> [LuaValue] {
        try load(source, chunkName: chunkName).call(arguments)
    }

    // MARK: - Globals

    /// Sets a global of this environment to a value.
    public func set(_ name: String, _ value: LuaValue) {
        pushTable()                                   // env
        state.pushString(name)                        // env, name
        state.push(value)                             // env, name, value
        lua_rawset(state.pointer, -3)                 // env[name] = value, raw: no metamethod runs
        lua_settop(state.pointer, -2)
    }

    /// Reads a global of this environment.
    public func get(_ name: String) throws -> LuaValue {
        pushTable()                                   // env
        lua_pushstring(state.pointer, name)           // env, name
        lua_rawget(state.pointer, -2)                 // env, value
        defer { lua_settop(state.pointer, -3) }
        return try state.value(at: -1)
    }

    /// Installs `library` as global table `library.name`, a fresh table in this environment.
    public func install(_ library: LuaLibrary) {
        let pointer = state.pointer
        pushTable()                                                  // env
        lua_createtable(pointer, 0, Int32(clamping: library.functions.count + library.constants.count))
        for (name, id) in library.functions {
            state.pushFunction(id)                                   // env, lib, f
            lua_setfield(pointer, -2, name)                          // lib[name] = f
        }
        for (name, value) in library.constants {
            state.push(value)                                        // env, lib, v
            lua_setfield(pointer, -2, name)                          // lib[name] = v
        }
        if library.name.isEmpty {
            // An unnamed library installs its members as globals.
            lua_pushnil(pointer)
            while lua_next(pointer, -2) != 0 {                       // env, lib, k, v
                lua_pushvalue(pointer, -2)                           // env, lib, k, v, k
                clua_insert(pointer, -2)                              // env, lib, k, k, v
                lua_rawset(pointer, -5)                              // env[k] = v
            }
            lua_settop(pointer, -3)
        } else {
            state.pushString(library.name)                           // env, lib, name
            clua_insert(pointer, -2)                                  // env, name, lib
            lua_rawset(pointer, -3)                                  // env[name] = lib
            lua_settop(pointer, -2)
        }
    }

    /// Installs a Swift function as global `name`.
    public func setFunction(_ name: String, _ body: @escaping LuaFunctionBody) {
        let id = state.register(name, body)
        install(LuaLibrary(name: "", functions: [(name, id)]))
    }
}

/// A table of Swift functions and constants to install in environments.
///
/// Functions are registered once per state; each environment gets its own
/// table of closures over them.
public struct LuaLibrary {
    /// The global name (`area`); empty to install the members as globals.
    public var name: String
    /// Member name and registered function.
    public var functions: [(String, LuaFunctionID)]
    /// Member name and value (`KINDS`, …).
    public var constants: [(String, LuaValue)]

    /// A library named `name`.
    public init(name: String, functions: [(String, LuaFunctionID)] = [], constants: [(String, LuaValue)] = []) {
        self.name = name
        self.functions = functions
        self.constants = constants
    }
}
