import LuaHost
import Testing

@Suite("The sandbox allows only its allow-list")
struct SandboxTests {
    @Test("package, io, debug and the file loaders are absent", arguments: [
        "package", "io", "debug", "dofile", "loadfile", "require",
    ])
    func absentGlobals(name: String) throws {
        let lua = try LuaHarness()
        #expect(try lua.run("return \(name) == nil") == [true])
    }

    @Test("package.loadlib cannot be reached")
    func loadlib() throws {
        let lua = try LuaHarness()
        let error = lua.failure("return package.loadlib('/lib/x86_64-linux-gnu/libc.so.6', 'system')")
        #expect(error?.message.contains("attempt to index a nil value (global 'package')") == true)
    }

    @Test("os keeps only time, date and clock")
    func osIsReduced() throws {
        let lua = try LuaHarness()
        #expect(try lua.run("local n = 0 for _ in pairs(os) do n = n + 1 end return n") == [3])
        #expect(try lua.run("return type(os.time()), os.execute, os.getenv, os.remove") == ["number", .nil, .nil, .nil])
        let error = lua.failure("os.execute('touch /tmp/redprop-escape')")
        #expect(error?.message.contains("attempt to call a nil value (field 'execute')") == true)
    }

    @Test("string.dump is gone, so functions cannot become binary chunks")
    func stringDump() throws {
        let lua = try LuaHarness()
        #expect(try lua.run("return string.dump") == [.nil])
    }

    @Test("load refuses binary chunks and defaults to the sandbox's globals")
    func loadIsTextOnly() throws {
        let lua = try LuaHarness()
        let results = try lua.run(#"return load("\27Lua\84\0\25\147\13\10\26\10", "bin", "b")"#)
        #expect(results.first == .nil)
        #expect(results.last?.stringValue?.contains("attempt to load a binary chunk") == true)
        #expect(try lua.run("secret = 42; return load('return secret')()") == [42])
    }

    @Test("the host refuses a binary chunk given as a script")
    func binaryScript() throws {
        let lua = try LuaHarness()
        let error = lua.failure("\u{1B}Lua\u{54}\u{00}")
        #expect(error?.kind == .refused)
    }

    @Test("getmetatable of a string reveals nothing")
    func sealedStringMetatable() throws {
        let lua = try LuaHarness()
        #expect(try lua.run("return getmetatable('')") == [false])
    }

    @Test("collectgarbage cannot stop the collector")
    func collectgarbageIsLimited() throws {
        let lua = try LuaHarness()
        #expect(lua.failure("collectgarbage('stop')")?.message.contains("not allowed") == true)
        #expect(try lua.run("return type(collectgarbage('count'))") == ["number"])
    }

    @Test("print goes to the host's output")
    func printIsCaptured() throws {
        let lua = try LuaHarness()
        try lua.run("print('颐泽花园', 12, nil, true)")
        #expect(lua.printed == "颐泽花园\t12\tnil\ttrue\n")
    }
}
