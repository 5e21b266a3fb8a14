import LuaHost
import Testing

@Suite("Values and calls cross the Swift/Lua boundary both ways")
struct BoundaryTests {
    /// A harness with Swift functions `add(a, b)` and `apply(f, x)` (calls `f(x)` back in Lua).
    static func harnessWithSwiftFunctions() throws -> LuaHarness {
        let lua = try LuaHarness()
        lua.env.setFunction("add") { call in
            call.push(integer: try call.integer(at: 1) + call.integer(at: 2))
        }
        lua.env.setFunction("apply") { call in
            let function = try call.function(at: 1)
            for result in try function.call([try call.value(at: 2)]) { call.push(result) }
        }
        return lua
    }

    @Test("values come back from Lua with their types")
    func valuesFromLua() throws {
        let lua = try LuaHarness()
        let results = try lua.run("return nil, true, 42, 2.5, '社区', {1, 2, {x = 'y'}}, {name = '颐泽', [10] = 'ten'}")
        #expect(results[0] == .nil)
        #expect(results[1] == true)
        #expect(results[2] == .integer(42))
        #expect(results[3] == .number(2.5))
        #expect(results[4] == "社区")
        #expect(results[5] == [1, 2, ["x": "y"]])
        #expect(results[6].tableValue?.fields[.integer(10)] == "ten")
        #expect(results[6]["name"] == "颐泽")
    }

    @Test("values go into Lua with their types")
    func valuesIntoLua() throws {
        let lua = try LuaHarness()
        lua.env.set("record", ["name": "将军路街道", "count": 12, "rate": 0.75, "tags": ["a", "b"], "ok": true])
        let results = try lua.run("""
            return math.type(record.count), math.type(record.rate), #record.tags, record.tags[2], record.ok, record.name
            """)
        #expect(results == ["integer", "float", 2, "b", true, "将军路街道"])
    }

    @Test("a cyclic table cannot leave Lua and says why")
    func cyclicTable() throws {
        let lua = try LuaHarness()
        #expect(throws: LuaConversionError.self) { try lua.run("local t = {} t.self = t return t") }
    }

    @Test("a Swift function is callable from Lua with arguments and results")
    func swiftFunction() throws {
        let lua = try Self.harnessWithSwiftFunctions()
        lua.env.setFunction("greet") { call in
            call.push(.string("你好，" + (try call.string(at: 1))))
            call.push(.integer(Int64(call.argumentCount)))
        }
        #expect(try lua.run("return add(2, 40)") == [42])
        #expect(try lua.run("return greet('社区')") == ["你好，社区", 1])
    }

    @Test("a bad argument is reported in Lua's words at the caller's line")
    func badArgument() throws {
        let lua = try Self.harnessWithSwiftFunctions()
        let error = lua.failure("local x = 1\nreturn add(1, 'two')", chunk: "@calc.lua")
        #expect(error?.chunk == "calc.lua")
        #expect(error?.line == 2)
        #expect(error?.message == "bad argument #2 to 'add' (integer expected, got string)")
    }

    struct Refusal: Error, CustomStringConvertible {
        var description: String { "field 'credit_code' is invalid" }
    }

    @Test("a Swift function that throws deep inside Lua calls becomes a catchable Lua error")
    func swiftThrowsDeepInLua() throws {
        let lua = try LuaHarness()
        lua.env.setFunction("validate") { _ in throw Refusal() }
        let source = """
            local function level(n) if n == 0 then return validate() end return level(n - 1) end
            local ok, message = pcall(level, 50)
            assert(not ok)
            return message
            """
        let message = try lua.run(source, chunk: "@deep.lua").first?.stringValue
        #expect(message == "deep.lua:1: field 'credit_code' is invalid")

        let error = lua.failure("local function f() validate() end\nlocal function g() f() end\ng()", chunk: "@deep.lua")
        #expect(error?.message == "field 'credit_code' is invalid")
        #expect(error?.line == 1)
        #expect(error?.traceback?.contains("in local 'g'") == true)
        // The state still works after unwinding through Swift.
        #expect(try lua.run("return 7") == [7])
    }

    @Test("Lua calls back into Swift that calls back into Lua")
    func reentrantCalls() throws {
        let lua = try Self.harnessWithSwiftFunctions()
        #expect(try lua.run("return apply(function(x) return x * 2, 'done' end, 21)") == [42, "done"])
        let error = lua.failure("apply(function() error('inner failure') end, 1)", chunk: "@re.lua")
        #expect(error?.message.contains("inner failure") == true)
    }

    @Test("Swift functions called inside coroutines use the coroutine's stack")
    func swiftFunctionsInCoroutines() throws {
        let lua = try Self.harnessWithSwiftFunctions()
        lua.env.setFunction("validate") { _ in throw Refusal() }
        let results = try lua.run("""
            local sum = coroutine.wrap(function(a, b)
              local x = add(a, b)
              local y = coroutine.yield(x)
              return add(x, y), apply(function(v) return v * 3 end, y)
            end)
            local first = sum(1, 2)
            local total, tripled = sum(10)
            local ok, message = coroutine.resume(coroutine.create(function() return add(1, 1) + validate() end))
            return first, total, tripled, ok, message, add(5, 6)
            """)
        #expect(results == [3, 13, 30, false, "test:8: field 'credit_code' is invalid", 11])
    }

    @Test("a syntax error names the chunk and line")
    func syntaxError() throws {
        let lua = try LuaHarness()
        let error = lua.failure("local x = \nreturn )", chunk: "@broken.lua")
        #expect(error?.kind == .syntax)
        #expect(error?.chunk == "broken.lua")
        #expect(error?.line == 2)
    }

    @Test("a runtime error carries message, chunk, line and traceback")
    func runtimeError() throws {
        let lua = try LuaHarness()
        let error = lua.failure("local t = nil\n\nreturn t.x", chunk: "@report.lua")
        #expect(error?.kind == .runtime)
        #expect(error?.description == "report.lua:3: attempt to index a nil value (local 't')")
        #expect(error?.traceback?.hasPrefix("stack traceback:") == true)
    }
}
