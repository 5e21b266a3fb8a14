import CLua

/// Moving values between Swift and the Lua stack.
///
/// Nothing here can raise a Lua error: pushes may allocate past the memory
/// cap (the allocator lets a Swift frame overshoot), reads never call
/// metamethods, and table walks use raw access only.
extension LuaState {
    // MARK: - Pushing

    /// [-0, +1] Pushes a value; tables are built fresh.
    func push(_ value: LuaValue) {
        guard lua_checkstack(pointer, 4) != 0 else {
            lua_pushnil(pointer)
            return
        }
        switch value {
        case .nil: lua_pushnil(pointer)
        case .boolean(let flag): lua_pushboolean(pointer, flag ? 1 : 0)
        case .integer(let number): lua_pushinteger(pointer, lua_Integer(number))
        case .number(let number): lua_pushnumber(pointer, number)
        case .string(let text): pushString(text)
        case .table(let table): push(table)
        }
    }

    /// [-0, +1] Pushes a new table holding `table`'s sequence and fields.
    func push(_ table: LuaTable) {
        lua_createtable(pointer, Int32(clamping: table.sequence.count), Int32(clamping: table.fields.count))
        for (offset, element) in table.sequence.enumerated() {
            push(element)                                            // value
            lua_rawseti(pointer, -2, lua_Integer(offset + 1))        // t[i] = value
        }
        for (key, element) in table.fields {
            push(key.value)                                          // key
            push(element)                                            // value
            lua_rawset(pointer, -3)                                  // t[key] = value
        }
    }

    /// [-0, +1] Pushes a UTF-8 string.
    func pushString(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                _ = lua_pushlstring(pointer, $0.baseAddress, $0.count)
            }
        }
    }

    // MARK: - Reading

    /// The string at `index` (numbers are converted in place, as Lua does), or `nil`.
    func readString(at index: Int32) -> String? {
        var length = 0
        guard let bytes = clua_tolstring(pointer, index, &length) else { return nil }
        let buffer = UnsafeRawBufferPointer(start: bytes, count: length)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// The value at `index`, tables copied deeply.
    ///
    /// - Throws: ``LuaConversionError`` for functions, userdata, threads,
    ///   cyclic tables and table keys Swift cannot hold.
    func value(at index: Int32) throws -> LuaValue {
        var visiting: Set<UnsafeRawPointer> = []
        return try value(at: lua_absindex(pointer, index), visiting: &visiting)
    }

    private func value(at index: Int32, visiting: inout Set<UnsafeRawPointer>) throws -> LuaValue {
        switch lua_type(pointer, index) {
        case LUA_TNIL, LUA_TNONE: return .nil
        case LUA_TBOOLEAN: return .boolean(lua_toboolean(pointer, index) != 0)
        case LUA_TNUMBER:
            if clua_isinteger(pointer, index) != 0 { return .integer(Int64(lua_tointegerx(pointer, index, nil))) }
            return .number(lua_tonumberx(pointer, index, nil))
        case LUA_TSTRING: return .string(readString(at: index) ?? "")
        case LUA_TTABLE: return .table(try table(at: index, visiting: &visiting))
        default:
            throw LuaConversionError(reason: "a \(typeName(at: index)) value cannot leave Lua")
        }
    }

    private func table(at index: Int32, visiting: inout Set<UnsafeRawPointer>) throws -> LuaTable {
        guard let identity = lua_topointer(pointer, index) else { return LuaTable() }
        guard visiting.insert(identity).inserted else {
            throw LuaConversionError(reason: "a table that contains itself cannot leave Lua")
        }
        defer { visiting.remove(identity) }
        guard lua_checkstack(pointer, 4) != 0 else {
            throw LuaConversionError(reason: "tables nested too deeply")
        }
        var integerKeys: [Int64: LuaValue] = [:]
        var fields: [LuaKey: LuaValue] = [:]
        lua_pushnil(pointer)                                   // first key
        while lua_next(pointer, index) != 0 {                  // key, value
            let element = try value(at: lua_gettop(pointer), visiting: &visiting)
            switch lua_type(pointer, -2) {
            case LUA_TNUMBER where clua_isinteger(pointer, -2) != 0:
                integerKeys[Int64(lua_tointegerx(pointer, -2, nil))] = element
            case LUA_TSTRING:
                // Copy the key with lua_pushvalue so tolstring never touches the iteration key.
                lua_pushvalue(pointer, -2)
                fields[.string(readString(at: -1) ?? "")] = element
                lua_settop(pointer, -2)
            case LUA_TBOOLEAN:
                fields[.boolean(lua_toboolean(pointer, -2) != 0)] = element
            default:
                let keyType = typeName(at: -2)
                lua_settop(pointer, -3)                        // drop key and value
                throw LuaConversionError(reason: "a table key of type \(keyType) cannot leave Lua")
            }
            lua_settop(pointer, -2)                            // pop value, keep key
        }
        var sequence: [LuaValue] = []
        var next: Int64 = 1
        while let element = integerKeys.removeValue(forKey: next) {
            sequence.append(element)
            next += 1
        }
        for (key, element) in integerKeys { fields[.integer(key)] = element }
        return LuaTable(sequence: sequence, fields: fields)
    }

    /// Lua's name for the type at `index`.
    func typeName(at index: Int32) -> String {
        String(cString: lua_typename(pointer, lua_type(pointer, index)))
    }
}

/// A Lua value that has no Swift counterpart.
public struct LuaConversionError: Error, Sendable, CustomStringConvertible {
    /// Why the value could not be converted.
    public var reason: String
    public var description: String { reason }
}
