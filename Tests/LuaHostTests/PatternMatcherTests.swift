import CLua
import Foundation
import LuaHost
import Testing

@Suite("The host's pattern matcher equals the stock one")
struct PatternMatcherTests {
    @Test("a corpus of patterns and subjects gives identical results and errors")
    func differential() throws {
        guard let url = Bundle.module.url(forResource: "pattern_differential", withExtension: "lua",
                                          subdirectory: "Resources"),
              let source = try? String(contentsOf: url, encoding: .utf8)
        else {
            Issue.record("pattern_differential.lua is missing from the test resources")
            return
        }
        let state = try #require(clua_newstate(nil, nil))
        defer { clua_close(state) }
        clua_reset_limits(state, 0, 0, 60)
        lua_pushcclosure(state, clua_openstock, 0)
        #expect(lua_pcallk(state, 0, 0, 0, 0, nil) == LUA_OK)
        lua_getglobal(state, "string")
        lua_setglobal(state, "stock")
        _ = clua_pushmatcher(state)
        lua_setglobal(state, "host")
        #expect(clua_loadtext(state, source, source.utf8.count, "@pattern_differential.lua") == LUA_OK)
        let status = clua_pcall(state, 0, 2)
        if status != LUA_OK {
            Issue.record("the corpus failed: \(String(cString: lua_tolstring(state, -1, nil)))")
            return
        }
        let cases = lua_tointegerx(state, -2, nil)
        let mismatches = Int(lua_rawlen(state, -1))
        var report: [String] = []
        for index in 1...max(1, min(mismatches, 10)) where mismatches > 0 {
            lua_rawgeti(state, -1, lua_Integer(index))
            report.append(String(cString: lua_tolstring(state, -1, nil)))
            clua_pop(state, 1)
        }
        #expect(cases > 3000)
        #expect(mismatches == 0, "\(report.joined(separator: "\n"))")
    }
}
