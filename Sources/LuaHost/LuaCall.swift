import CLua

/// The arguments and results of one call from Lua into a Swift function.
///
/// Arguments are read in place from the Lua stack (1-based, as in Lua);
/// results are pushed in order. Argument errors read like Lua's own:
///
/// ```
/// report.lua:3: bad argument #1 to 'find' (string expected, got nil)
/// ```
public struct LuaCall {
    /// The state running the call.
    // unowned(unsafe): a call lives only inside the trampoline's dispatch, while
    // the state is certainly alive; counting references here cost a fifth of a
    // Swift function call (the state has weak references, so every retain takes
    // the slow path).
    public unowned(unsafe) let state: LuaState
    /// How many arguments Lua passed.
    public let argumentCount: Int32
    /// How many results have been pushed.
    public internal(set) var resultCount: Int32 = 0
    /// The Lua-visible name used in argument errors.
    public let functionName: String

    init(state: LuaState, argumentCount: Int32, functionName: String) {
        self.state = state
        self.argumentCount = argumentCount
        self.functionName = functionName
    }

    // MARK: - Arguments

    /// The argument at `position` as a Swift value (`.nil` when absent).
    public func value(at position: Int32) throws -> LuaValue {
        guard position <= argumentCount else { return .nil }
        do {
            return try state.value(at: position)
        } catch let error as LuaConversionError {
            throw argumentError(position, error.reason)
        }
    }

    /// All arguments as Swift values.
    public func values() throws -> [LuaValue] {
        guard argumentCount > 0 else { return [] }
        return try (1...argumentCount).map { try value(at: $0) }
    }

    /// Whether the argument at `position` is absent or `nil`.
    public func isNil(at position: Int32) -> Bool {
        position > argumentCount || lua_type(state.pointer, position) == LUA_TNIL
    }

    /// The string at `position`; a number is accepted and converted, as in Lua.
    public func string(at position: Int32) throws -> String {
        let type = lua_type(state.pointer, position)
        guard position <= argumentCount, type == LUA_TSTRING || type == LUA_TNUMBER,
              let text = state.readString(at: position)
        else { throw typeError(position, expected: "string") }
        return text
    }

    /// The string at `position`, or `nil` when absent.
    public func optionalString(at position: Int32) throws -> String? {
        isNil(at: position) ? nil : try string(at: position)
    }

    /// The integer at `position`; a float with an exact integer value is accepted.
    public func integer(at position: Int32) throws -> Int64 {
        var isNumber: Int32 = 0
        let number = lua_tointegerx(state.pointer, position, &isNumber)
        guard position <= argumentCount, isNumber != 0 else {
            if lua_type(state.pointer, position) == LUA_TNUMBER {
                throw argumentError(position, "number has no integer representation")
            }
            throw typeError(position, expected: "integer")
        }
        return Int64(number)
    }

    /// The number at `position`.
    public func number(at position: Int32) throws -> Double {
        var isNumber: Int32 = 0
        let number = lua_tonumberx(state.pointer, position, &isNumber)
        guard position <= argumentCount, isNumber != 0 else { throw typeError(position, expected: "number") }
        return number
    }

    /// The truth value at `position`, as Lua counts it.
    public func boolean(at position: Int32) -> Bool {
        position <= argumentCount && lua_toboolean(state.pointer, position) != 0
    }

    /// The table at `position` as data.
    public func table(at position: Int32) throws -> LuaTable {
        guard position <= argumentCount, lua_type(state.pointer, position) == LUA_TTABLE else {
            throw typeError(position, expected: "table")
        }
        return try value(at: position).tableValue ?? LuaTable()
    }

    /// The table at `position`, or an empty one when absent (trailing options).
    public func options(at position: Int32) throws -> LuaTable {
        isNil(at: position) ? LuaTable() : try table(at: position)
    }

    /// A reference to the function at `position`, kept alive until released.
    public func function(at position: Int32) throws -> LuaFunctionReference {
        guard position <= argumentCount, lua_type(state.pointer, position) == LUA_TFUNCTION else {
            throw typeError(position, expected: "function")
        }
        return state.reference(at: position)
    }

    /// Where the calling Lua code is: `chunk:line`, when it has one.
    public func callerLocation() -> String? {
        state.location(level: 1)
    }

    // MARK: - Results

    /// Pushes one result.
    public mutating func push(_ value: LuaValue) {
        state.push(value)
        resultCount += 1
    }

    /// Pushes an integer result without building a ``LuaValue``.
    public mutating func push(integer: Int64) {
        lua_pushinteger(state.pointer, lua_Integer(integer))
        resultCount += 1
    }

    /// Pushes a registered Swift function as a result (an iterator, say).
    public mutating func push(function id: LuaFunctionID) {
        state.pushFunction(id)
        resultCount += 1
    }

    /// Pushes the function behind a reference as a result.
    public mutating func push(_ function: LuaFunctionReference) {
        state.pushReference(function)
        resultCount += 1
    }

    // MARK: - Errors

    /// An error about argument `position`, in Lua's wording.
    public func argumentError(_ position: Int32, _ reason: String) -> LuaArgumentError {
        LuaArgumentError(message: "bad argument #\(position) to '\(functionName)' (\(reason))")
    }

    private func typeError(_ position: Int32, expected: String) -> LuaArgumentError {
        let actual = position <= argumentCount ? state.typeName(at: position) : "no value"
        return argumentError(position, "\(expected) expected, got \(actual)")
    }
}

/// A bad argument passed from Lua to a Swift function.
public struct LuaArgumentError: Error, Sendable, CustomStringConvertible {
    /// Lua-style wording: `bad argument #1 to 'find' (string expected, got nil)`.
    public var message: String
    public var description: String { message }
}
