import LuaHost
import Testing

@Suite("Limits stop runaway scripts and the state keeps working")
struct LimitsTests {
    static let tight = LuaLimits(memoryBytes: 32 << 20, instructions: 0, seconds: 0.3)

    @Test("an endless loop ends at the deadline", arguments: [
        "while true do end",
        "pcall(function() while true do end end) return 'swallowed'",
        "while true do pcall(function() while true do end end) end",
        "local co = coroutine.create(function() while true do end end) coroutine.resume(co) return 'swallowed'",
        "local f = coroutine.wrap(function() while true do end end) pcall(f) return 'swallowed'",
        "xpcall(function() while true do end end, function() return 'handled' end) return 'swallowed'",
    ])
    func endlessLoops(source: String) throws {
        let lua = try LuaHarness(limits: Self.tight)
        let error = lua.failure(source)
        #expect(error?.kind == .limit)
        #expect(error?.message == "time limit exceeded")
        lua.state.beginRun(limits: Self.tight)
        #expect(try lua.run("return 1 + 1") == [2])
    }

    @Test("an instruction cap ends a loop that pcall tries to swallow")
    func instructionCap() throws {
        let lua = try LuaHarness(limits: LuaLimits(memoryBytes: 0, instructions: 1_000_000, seconds: 0))
        let error = lua.failure("for _ = 1, 100 do pcall(function() for _ = 1, 1e9 do end end) end")
        #expect(error?.kind == .limit)
        #expect(error?.message == "instruction limit of 1000000 exceeded")
    }

    @Test("a string.rep memory bomb hits the memory cap", arguments: [
        "local s = string.rep('x', 1 << 30) return #s",
        "local t = {} for i = 1, 1e9 do t[i] = string.rep('x', 1000) .. i end",
        "local t = {} while true do pcall(function() t[#t + 1] = string.rep('y', 1 << 20) end) end",
    ])
    func memoryBombs(source: String) throws {
        let lua = try LuaHarness(limits: LuaLimits(memoryBytes: 16 << 20, instructions: 0, seconds: 5))
        let error = lua.failure(source)
        #expect(error?.kind == .limit)
        #expect(error?.message == "memory limit of 16 MB exceeded")
        lua.state.beginRun(limits: LuaLimits(memoryBytes: 16 << 20, instructions: 0, seconds: 5))
        _ = try lua.run("collectgarbage()")
        #expect(lua.state.memoryInUse < 8 << 20)
        #expect(try lua.run("return #string.rep('z', 1000)") == [1000])
    }

    @Test("small blocks count against the cap as the memory they hold, size class after size class")
    func smallBlocksAcrossSizeClasses() throws {
        // Freed small blocks serve only their own size; filling and dropping each class in turn
        // must still end at the cap, not hold the cap's worth of memory once per class.
        let limits = LuaLimits(memoryBytes: 32 << 20, instructions: 0, seconds: 20)
        let lua = try LuaHarness(limits: limits)
        let error = lua.failure("""
            for _, length in ipairs{ 1, 10, 30, 50, 70, 85, 100, 110 } do
              local t = {}
              for i = 1, 20 * 1024 * 1024 // (length + 40) do
                t[i] = string.format("%0" .. length .. "d", i)
              end
              t = nil
              collectgarbage()
            end
            """)
        #expect(error?.kind == .limit)
        #expect(error?.message == "memory limit of 32 MB exceeded")
        #expect(lua.state.memoryInUse < 48 << 20)
    }

    @Test("a pattern-matching bomb ends at the deadline inside the matcher")
    func patternBomb() throws {
        let lua = try LuaHarness(limits: Self.tight)
        let error = lua.failure("return string.find(string.rep('a', 40), string.rep('a*', 40) .. 'b')")
        #expect(error?.kind == .limit)
        #expect(error?.message == "time limit exceeded")
        lua.state.beginRun(limits: Self.tight)
        let viaMethod = lua.failure("local s = string.rep('a', 40) return s:match(string.rep('a*', 40) .. 'b')")
        #expect(viaMethod?.message == "time limit exceeded")
    }

    @Test("an interrupt request stops the running statement")
    func interrupt() throws {
        let lua = try LuaHarness(limits: LuaLimits(memoryBytes: 0, instructions: 0, seconds: 10))
        lua.env.setFunction("interrupt_me") { [unowned state = lua.state] _ in state.interrupt() }
        let error = lua.failure("interrupt_me() while true do end")
        #expect(error?.message == "interrupted")
    }
}
