import CLua

/// The body of a Swift function callable from Lua.
///
/// It reads its arguments from the ``LuaCall`` and pushes its results onto
/// it; a thrown error becomes a Lua error raised at the caller's line.
public typealias LuaFunctionBody = (inout LuaCall) throws -> Void

/// One Lua state: the sandboxed libraries, the Swift functions registered
/// in it, and the limits of the current run.
///
/// A state is not thread-safe; it belongs to the code that made it and
/// never escapes it (it is used synchronously inside a database access, on
/// whatever thread that access runs).
///
/// ```swift
/// let lua = try LuaState()
/// let env = try lua.makeEnvironment(name: "script")
/// let values = try env.run("return 1 + 1", chunkName: "=demo")  // [.integer(2)]
/// ```
public final class LuaState {
    /// The main thread of the C state. Valid for the life of this object.
    private let mainThread: OpaquePointer
    /// The thread Swift works on: the main thread, or during a Swift function's call the
    /// coroutine that called it (its stack holds the arguments and takes the results).
    private(set) var pointer: OpaquePointer
    private var functions: [(name: String, body: LuaFunctionBody)] = []
    private var environmentFactory: Int32 = LUA_NOREF
    private var printer = LuaFunctionID(rawValue: 0)
    /// Where `print` writes.
    public var output: (String) -> Void = { print($0, terminator: "") }
    /// The caps applied by ``beginRun(limits:)``.
    public private(set) var limits = LuaLimits.unlimited

    /// A state with the sandbox's libraries opened.
    public init() throws {
        guard let pointer = clua_newstate(luaHostDispatch, nil) else {
            throw LuaError(kind: .limit, message: "cannot create a Lua state: out of memory")
        }
        self.mainThread = pointer
        self.pointer = pointer
        clua_limits(pointer).pointee.host = Unmanaged.passUnretained(self).toOpaque()
        try callCFunction(clua_opensandbox)
        environmentFactory = try loadEnvironmentFactory()
        printer = register("print") { [unowned self] call in
            self.output(try call.string(at: 1))
        }
    }

    deinit {
        clua_close(mainThread)
    }

    // MARK: - Runs and limits

    /// Resets the counters and applies `limits` for the run that starts now.
    public func beginRun(limits: LuaLimits) {
        self.limits = limits
        clua_reset_limits(pointer, max(0, limits.memoryBytes), limits.instructions, limits.seconds)
    }

    /// Whether a limit of the running code has tripped: checks the deadline, the memory cap and
    /// Ctrl-C now, for long work outside Lua (a SQL statement) that must stop as Lua code would.
    /// Once tripped, the running Lua code cannot go on either.
    public func limitTripped() -> Bool { clua_charge(mainThread, 0) != 0 }

    /// The error of the limit that has tripped in this run, if one has: a run that caught the
    /// error (an event handler's failure is reported, not raised) must still fail.
    public var trippedLimit: LuaError? {
        tripMessage.map { LuaError(kind: .limit, message: $0) }
    }

    /// The message of the limit that has tripped, if one has.
    private var tripMessage: String? {
        var buffer = [CChar](repeating: 0, count: 96)
        return clua_trip_message(mainThread, &buffer, buffer.count).map { String(cString: $0) }
    }

    /// Bytes the state holds now.
    public var memoryInUse: Int { clua_limits(mainThread).pointee.mem_used }

    /// Asks this state's running code to stop at its next hook tick.
    public func interrupt() { clua_interrupt_state(mainThread) }

    /// Asks the running code of every state to stop (what Ctrl-C does).
    public static func interruptAll() { clua_request_interrupt() }

    /// Whether Ctrl-C arrived while no code ran.
    public static var hasPendingInterrupt: Bool { clua_interrupt_pending() != 0 }

    /// Forgets a Ctrl-C that arrived while no code ran.
    public static func clearPendingInterrupt() { clua_clear_interrupt() }

    /// Installs the Ctrl-C handler that sets the flag the hook reads.
    public static func installInterruptHandler() { clua_install_interrupt_handler() }

    /// Restores the previous Ctrl-C handler.
    public static func restoreInterruptHandler() { clua_restore_interrupt_handler() }

    // MARK: - Swift functions

    /// Registers a Swift function; push it into a table with ``LuaEnvironment``.
    ///
    /// Registration is per state; every environment that installs it gets its
    /// own closure object over the same body.
    ///
    /// - Parameter name: the name argument errors give (`bad argument #1 to 'find'`).
    public func register(_ name: String, _ body: @escaping LuaFunctionBody) -> LuaFunctionID {
        functions.append((name, body))
        return LuaFunctionID(rawValue: Int64(functions.count - 1))
    }

    /// Runs registered function `id` for the trampoline.
    fileprivate func dispatch(_ id: lua_Integer, on thread: OpaquePointer) -> Int32 {
        let caller = pointer
        pointer = thread
        defer { pointer = caller }
        let index = Int(id)
        guard functions.indices.contains(index) else {
            pushString("unknown host function #\(id)")
            return -1
        }
        let function = functions[index]
        var call = LuaCall(state: self, argumentCount: lua_gettop(pointer), functionName: function.name)
        do {
            try function.body(&call)
            return call.resultCount
        } catch let error as LuaError {
            lua_settop(pointer, 0)
            pushString(error.fullDescription)
            return -2
        } catch {
            lua_settop(pointer, 0)
            pushString(String(describing: error))
            return -1
        }
    }

    // MARK: - Calling Lua

    /// Calls the function below `argumentCount` arguments on the stack and
    /// returns its results, all popped. Errors come back as ``LuaError``.
    func protectedCall(argumentCount: Int32) throws -> [LuaValue] {
        let base = lua_gettop(pointer) - argumentCount - 1
        let status = clua_pcall(pointer, argumentCount, LUA_MULTRET)
        defer { lua_settop(pointer, base) }
        guard status == LUA_OK else { throw popError(status: status) }
        var results: [LuaValue] = []
        let top = lua_gettop(pointer)
        if top > base {
            for index in (base + 1)...top { results.append(try value(at: index)) }
        }
        return results
    }

    /// Runs a C function under the protected call, for set-up steps that may raise.
    private func callCFunction(_ function: lua_CFunction) throws {
        lua_pushcclosure(pointer, function, 0)   // [-0, +1, m]
        _ = try protectedCall(argumentCount: 0)
    }

    /// Converts the error on top of the stack (left by a failed call) into a ``LuaError``.
    func popError(status: Int32) -> LuaError {
        let tripped = tripMessage
        let text: String
        if lua_type(pointer, -1) == LUA_TSTRING || lua_type(pointer, -1) == LUA_TNUMBER {
            text = readString(at: -1) ?? ""
        } else {
            text = "(error object is a \(String(cString: lua_typename(pointer, lua_type(pointer, -1)))) value)"
        }
        lua_settop(pointer, -2)   // [-1, +0, -] pop the error
        if let tripped {
            var error = LuaError(kind: .limit, luaMessage: text)
            error.message = tripped
            return error
        }
        switch status {
        case LUA_ERRSYNTAX: return LuaError(kind: .syntax, luaMessage: text)
        case LUA_ERRMEM: return LuaError(kind: .limit, message: "not enough memory")
        default: return LuaError(kind: .runtime, luaMessage: text)
        }
    }

    /// The factory that builds sandbox environments, kept in the registry.
    private func loadEnvironmentFactory() throws -> Int32 {
        try loadChunk(LuaSandboxPrelude.source, chunkName: "=sandbox")   // [-0, +1]
        lua_pushcclosure(pointer, clua_passthrough_unless_tripped, 0)      // arg 1
        return try protectedCallKeepingResult(argumentCount: 1)
    }

    /// Calls and references the single result in the registry.
    private func protectedCallKeepingResult(argumentCount: Int32) throws -> Int32 {
        let status = clua_pcall(pointer, argumentCount, 1)
        guard status == LUA_OK else { throw popError(status: status) }
        return luaL_ref(pointer, clua_registryindex())   // [-1, +0, m]
    }

    /// Loads a text chunk onto the stack; a binary chunk or a syntax error throws.
    func loadChunk(_ source: String, chunkName: String) throws {
        let status = source.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                clua_loadtext(pointer, $0.baseAddress, $0.count, chunkName)
            }
        } ?? {
            let copy = Array(source.utf8CString)
            return clua_loadtext(pointer, copy, copy.count - 1, chunkName)
        }()
        guard status == LUA_OK else {
            let error = popError(status: status)
            if error.message.contains("attempt to load a binary chunk") {
                throw LuaError(kind: .refused, message: "binary chunks are not allowed", chunk: error.chunk)
            }
            throw error
        }
    }

    /// A new sandboxed environment; see ``LuaEnvironment``.
    ///
    /// - Parameter sourceReader: where `require(name)` finds module text;
    ///   `nil` leaves `require` out of the environment.
    public func makeEnvironment(name: String, sourceReader: LuaSourceReader? = nil) throws -> LuaEnvironment {
        lua_rawgeti(pointer, clua_registryindex(), lua_Integer(environmentFactory))  // factory
        pushFunction(printer)                                                        // arg 1
        if let sourceReader {
            let reader = register("require") { call in
                let source = try sourceReader.source(forModule: try call.string(at: 1))
                call.push(.string(source.text))
                call.push(.string(source.chunkName))
            }
            pushFunction(reader)                                                     // arg 2
        } else {
            lua_pushnil(pointer)                                                     // arg 2
        }
        let reference = try protectedCallKeepingResult(argumentCount: 2)
        return LuaEnvironment(state: self, reference: reference, name: name)
    }

    /// Pushes registered function `id`.
    func pushFunction(_ id: LuaFunctionID) {
        clua_pushhostfunction(pointer, id.rawValue)   // [-0, +1, m]
    }
}

/// The number of a Swift function registered in a ``LuaState``.
public struct LuaFunctionID: Hashable, Sendable {
    let rawValue: Int64
}

/// The trampoline's way back into Swift: finds the state and runs function `id`.
private func luaHostDispatch(_ pointer: OpaquePointer?, _ host: UnsafeMutableRawPointer?, _ id: lua_Integer) -> Int32 {
    guard let host, let pointer else { return 0 }
    // The state owns the Lua state that called us: no retain is needed for the call.
    return Unmanaged<LuaState>.fromOpaque(host)._withUnsafeGuaranteedRef { $0.dispatch(id, on: pointer) }
}
