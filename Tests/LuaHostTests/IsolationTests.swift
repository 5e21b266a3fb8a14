import LuaHost
import Testing

@Suite("Environments cannot change what other environments see")
struct IsolationTests {
    @Test("globals and library tables are per environment")
    func librariesArePerEnvironment() throws {
        let state = try LuaState()
        state.beginRun(limits: .reportScript)
        let plugin = try state.makeEnvironment(name: "plugin a")
        let other = try state.makeEnvironment(name: "plugin b")
        try plugin.run("""
            string.upper = function() return 'hijacked' end
            string.format = nil
            table.insert = nil
            math.pi = 3
            shared = 'leak'
            """, chunkName: "=a")
        let results = try other.run("return string.upper('ok'), string.format('%d', 7), math.pi > 3.14, shared",
                                    chunkName: "=b")
        #expect(results == ["OK", "7", true, .nil])
    }

    @Test("the string metatable cannot be tampered with", arguments: [
        "getmetatable('').__index = { upper = function() return 'hijacked' end }",
        "local mt = getmetatable('') mt.__index.upper = function() return 'hijacked' end",
        "setmetatable('', {})",
        "rawset(getmetatable(''), '__index', {})",
    ])
    func stringMetatable(attack: String) throws {
        let state = try LuaState()
        state.beginRun(limits: .reportScript)
        let attacker = try state.makeEnvironment(name: "attacker")
        let victim = try state.makeEnvironment(name: "victim")
        do { try attacker.run(attack, chunkName: "=attack") } catch {}
        #expect(try victim.run("return ('ok'):upper()", chunkName: "=victim") == ["OK"])
    }

    @Test("a method call on a string ignores the caller's own string table")
    func methodsUseThePristineTable() throws {
        let state = try LuaState()
        state.beginRun(limits: .reportScript)
        let env = try state.makeEnvironment(name: "a")
        #expect(try env.run("string.rep = nil return ('ab'):rep(2)", chunkName: "=a") == ["abab"])
    }

    @Test("load in one environment cannot reach another's globals")
    func loadStaysInside() throws {
        let state = try LuaState()
        state.beginRun(limits: .reportScript)
        let first = try state.makeEnvironment(name: "first")
        let second = try state.makeEnvironment(name: "second")
        try first.run("token = 'first'", chunkName: "=first")
        #expect(try second.run("return load('return token')()", chunkName: "=second") == [.nil])
        #expect(try second.run("return _G.token, _G == _ENV", chunkName: "=second") == [.nil, true])
    }
}
