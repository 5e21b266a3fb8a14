import Foundation
import Kernel
import RedPropTesting
import LuaHost
import Testing

@Suite("The kernel's Lua libraries")
struct LuaKernelAPITests {
    @Test("area finds, lists, walks and creates areas in scope")
    func areaLibrary() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        let results = try host.run("""
            local street = area.find("将军路街道")
            local names = {}
            area.walk("将军路街道", function(a, depth) names[#names + 1] = depth .. a.name end)
            local communities = area.list{ kind = "community", within = "370302001" }
            return street.kind_name, street.parent, table.concat(names, ","), #communities, area.find("nowhere"),
                   communities[1].parent, area.list{ kind = "street" }[1].parent
            """, chunkName: "=t", writable: false)
        #expect(results[0] == "街道")
        #expect(results[1] == "370302")
        #expect(results[2].stringValue?.hasPrefix("0将军路街道,1颐泽社区,2颐泽花园,2第一网格,2第二网格,1雁阳社区") == true, "\(results[2])")
        #expect(results[3] == 2)
        #expect(results[4] == .nil)
        #expect(results[5] == "370302001")
        #expect(results[6] == "370302")
    }

    @Test("db runs read-only SQL with bound parameters for the district")
    func databaseLibrary() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        let results = try host.run("""
            local rows = db.query("SELECT code, name FROM area WHERE kind = ? ORDER BY code", "street")
            local count = 0
            for row in db.rows("SELECT kind, count(*) AS n FROM area GROUP BY kind") do count = count + row.n end
            return #rows, rows[1].name, count, db.query("SELECT ? AS x", "'; DROP TABLE area; --")[1].x
            """, chunkName: "=t", writable: false)
        #expect(results == [2, "将军路街道", 13, "'; DROP TABLE area; --"])
        let write = #expect(throws: LuaError.self) {
            try host.run("db.query('DELETE FROM area')", chunkName: "=t", writable: true)
        }
        #expect(write?.message.contains("read-only queries") == true)
    }

    @Test("db refuses statements SQLite calls read-only that would end the run's transaction or open files",
          arguments: ["COMMIT", "BEGIN", "SAVEPOINT s", "RELEASE s", "ROLLBACK", "END",
                      "ATTACH 'other.sqlite' AS other", "DETACH other", "/* note */ -- comment\n COMMIT",
                      "PRAGMA foreign_keys = OFF"])
    func databaseRefusesTransactionControl(sql: String) throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        let error = #expect(throws: LuaError.self) {
            try host.run("for _ in db.rows(...) do end", chunkName: "=t", arguments: [.string(sql)], writable: true)
        }
        #expect(error?.message.contains("db runs read-only queries") == true, "\(String(describing: error))")
        let commented = try host.run("return db.query([[ /* 说明 */ -- 注释\n SELECT 1 AS x]])[1].x",
                                     chunkName: "=t", writable: false)
        #expect(commented == [1])
    }

    @Test("db.rows gives each row as a fresh table of SQLite's values, NULL columns absent")
    func databaseRowValues() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        let results = try host.run("""
            local kept = {}
            for row in db.rows([[SELECT 1 AS i, 2.5 AS f, '街道' AS t, x'00ff' AS b, NULL AS n UNION ALL
                                 SELECT 2, -0.5, '', x'', NULL]]) do
              kept[#kept + 1] = row
            end
            local first, second = kept[1], kept[2]
            return #kept, math.type(first.i), first.f, first.t, #first.b, first.b:byte(2), first.n == nil,
                   second.i, second.t, rawequal(first, second)
            """, chunkName: "=t", writable: false)
        #expect(results == [2, "integer", 2.5, "街道", 2, 255, true, 2, "", false])
    }

    @Test("db.values gives the row number and each column, and a NULL first column does not end the loop")
    func databaseValues() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        let results = try host.run("""
            local seen = {}
            for n, first, second in db.values("SELECT NULL, 'a' UNION ALL SELECT 1.5, NULL UNION ALL SELECT ?, x'41'", 7) do
              seen[#seen + 1] = n .. ":" .. tostring(first) .. "," .. tostring(second)
            end
            local none = 0
            for _ in db.values("SELECT 1 WHERE 0") do none = none + 1 end
            return table.concat(seen, " "), none
            """, chunkName: "=t", writable: false)
        #expect(results == ["1:nil,a 2:1.5,nil 3:7,A", 0])
    }

    @Test("db.rows after a break, after its run has ended, and on an error while stepping")
    func databaseRowsLifetime() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        let broken = try host.run("""
            for _ in db.rows("SELECT code FROM area ORDER BY code") do break end
            local one = db.values("SELECT 'a'")
            local first, second, third = select(2, one()), one(), one()
            assert(first == "a" and second == nil and third == nil, "an exhausted iterator stays exhausted")
            stale = db.rows("SELECT code FROM area")
            return stale().code
            """, chunkName: "=t", writable: false)
        #expect(broken == ["370302"])
        let finished = #expect(throws: LuaError.self) { try host.run("return stale()", chunkName: "=t", writable: false) }
        #expect(finished?.message.contains("this iterator belongs to a statement that has finished") == true)
        #expect(finished?.line == 1)
        let overflow = #expect(throws: LuaError.self) {
            try host.run("for row in db.rows('SELECT abs(-9223372036854775807 - 1) AS x') do end",
                         chunkName: "=t", writable: false)
        }
        #expect(overflow?.message.contains("db: SELECT abs(-9223372036854775807 - 1) AS x: integer overflow") == true,
                "\(String(describing: overflow))")
        let queryOverflow = #expect(throws: LuaError.self) {
            try host.run("return db.query('SELECT 1 AS x UNION ALL SELECT abs(-9223372036854775807 - 1)')",
                         chunkName: "=t", writable: false)
        }
        #expect(queryOverflow?.message.contains("integer overflow") == true, "\(String(describing: queryOverflow))")
        #expect(try host.run("return db.query('SELECT 7 AS x')[1].x", chunkName: "=t", writable: false) == [7])
    }

    static let endlessSQL = """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) AS c FROM n
        """

    @Test("the time limit stops a long SQL statement, even one a pcall wraps",
          arguments: ["return db.query(...)", "for _ in db.values(...) do end", "return pcall(db.query, ...), 'swallowed'"])
    func timeLimitStopsSQL(source: String) throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil,
                                  limits: LuaLimits(memoryBytes: 64 << 20, instructions: 0, seconds: 0.3))
        let started = ContinuousClock.now
        let error = #expect(throws: LuaError.self) {
            try host.run(source, chunkName: "=t", arguments: [.string(Self.endlessSQL)], writable: false)
        }
        #expect(error?.kind == .limit)
        #expect(error?.message == "time limit exceeded")
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(try host.run("return db.query('SELECT 2 AS x')[1].x", chunkName: "=t", writable: false) == [2])
    }

    @Test("a limit that stops an event handler's SQL fails the run, and its writes roll back")
    func limitInHandlerRollsBack() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil,
                                  limits: LuaLimits(memoryBytes: 64 << 20, instructions: 0, seconds: 0.3))
        let error = #expect(throws: LuaError.self) {
            try host.run("""
                local sql = ...
                on("shop.shop.created", function() return db.query(sql) end)
                shop.create_shop{ code = "S1", name = "一", area = "颐泽社区" }
                return "done"
                """, chunkName: "=t", arguments: [.string(Self.endlessSQL)], writable: true)
        }
        #expect(error?.message == "time limit exceeded")
        #expect(try kernel.read(as: nil) { try $0.records.count(TestModule.shop) } == 0)
    }

    @Test("Ctrl-C stops a long SQL statement")
    func interruptStopsSQL() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        // interrupt() only sets a flag the state reads: safe from another thread, as Ctrl-C's handler is.
        struct Interrupter: @unchecked Sendable { let state: LuaState }
        let interrupter = Interrupter(state: host.state)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { interrupter.state.interrupt() }
        let error = #expect(throws: LuaError.self) {
            try host.run("return db.query(...)", chunkName: "=t", arguments: [.string(Self.endlessSQL)], writable: false)
        }
        #expect(error?.message == "interrupted")
    }

    @Test("redprop.params reads KEY=VALUE arguments and ignores the rest")
    func params() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        let results = try host.run("""
            local p = redprop.params{ "street=将军路街道", "micro_grid=a=b", "loose", "=x", "period=" }
            return p.street, p.micro_grid, p.loose, p[""], p.period, next(redprop.params())
            """, chunkName: "=t", writable: false)
        #expect(results == ["将军路街道", "a=b", .nil, .nil, .nil, .nil])
    }

    @Test("db is refused for an actor whose scope is narrower than the district")
    func databaseRefusedForStreets() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: SampleDistrict.streetActor)
        let error = #expect(throws: LuaError.self) { try host.run("return db.query('SELECT 1')", chunkName: "=t", writable: false) }
        #expect(error?.message.contains("only for actors whose scope is the whole district") == true)
    }

    @Test("audit entries and the actor are readable from Lua")
    func auditAndActor() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: SampleDistrict.streetActor)
        try host.run("shop.create_shop{ code = 'S1', name = '一', area = '颐泽社区' }", chunkName: "=t", writable: true)
        let results = try host.run("""
            local entry = audit.entries{ type = "shop.shop" }[1]
            return entry.operation, entry.actor, entry.after.name, redprop.actor().scope_name
            """, chunkName: "=t", writable: false)
        #expect(results == ["create", "jiangjunlu-street", "一", "将军路街道"])
    }

    @Test("a report built in Lua renders in every format")
    func reportBuilder() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        let results = try host.run("""
            local r = report.new{ title = "商铺统计" }
            r:section("概况"):figure("商铺数", 3, { unit = "家" }):ratio("持证率", 2, 3)
            r:table({ { name = "颐泽便利店", staff = 3 } }, { columns = { { "name", "名称" }, { "staff", "员工" } } })
            r:chart{ kind = "pie", title = "类型", labels = { "餐饮", "零售" }, values = { 1, 2 } }
            report.show(r)
            return r:render("md"), r:render("html")
            """, chunkName: "=t", writable: false)
        #expect(results[0].stringValue?.contains("# 商铺统计") == true)
        #expect(results[0].stringValue?.contains("66.7%") == true)
        #expect(results[1].stringValue?.contains("<svg") == true)
        #expect(host.takeShownReports().first?.title == "商铺统计")
    }
}
