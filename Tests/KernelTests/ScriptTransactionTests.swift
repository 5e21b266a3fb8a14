import Kernel
import LuaHost
import Testing

@Suite("A script runs in one transaction")
struct ScriptTransactionTests {
    @Test("a failing write script rolls back every write of the run")
    func rollback() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        let source = """
            shop.create_shop{ code = "S1", name = "一", area = "颐泽社区" }
            area.create{ code = "370302001001G09", name = "新网格", kind = "grid", parent = "颐泽社区" }
            shop.create_shop{ code = "S2", name = "二", area = "颐泽社区", staff = "many" }
            """
        let error = #expect(throws: LuaError.self) { try host.run(source, chunkName: "@load.lua", writable: true) }
        #expect(error?.line == 3)
        #expect(error?.message.contains("field 'staff' (员工数): expected a whole number") == true)
        try kernel.read(as: nil) { session throws in
            #expect(try session.records.count(TestModule.shop) == 0)
            #expect(try session.geography.find("370302001001G09") == nil)
            #expect(try session.audit.entries(type: "shop.shop").isEmpty)
        }
    }

    @Test("a successful write script commits everything")
    func commit() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        try host.run("for i = 1, 20 do shop.create_shop{ code = 'S' .. i, name = '店', area = '雁阳御城' } end",
                     chunkName: "=t", writable: true)
        #expect(try kernel.read(as: nil) { try $0.records.count(TestModule.shop) } == 20)
    }

    @Test("a read-only script cannot write")
    func readOnly() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        let error = #expect(throws: LuaError.self) {
            try host.run("shop.create_shop{ code = 'S1', name = '一', area = '颐泽社区' }", chunkName: "=t", writable: false)
        }
        #expect(error?.message.contains("read-only") == true)
    }

    @Test("a read-only script sees records as plain tables and iterates them")
    func reading() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        try host.run("for i = 1, 5 do shop.create_shop{ code = 'S' .. i, name = '店' .. i, area = '颐泽社区', staff = i } end",
                     chunkName: "=t", writable: true)
        let results = try host.run("""
            local total = 0
            for s in shop.each_shop{ order = "staff" } do total = total + s.staff end
            local found = shop.shop("S3")
            return total, found.name, #shop.shops{ limit = 2 }, shop.shop("nope")
            """, chunkName: "=t", writable: false)
        #expect(results == [15, "店3", 2, .nil])
    }

    @Test("a runaway script ends at its time limit and the host keeps working")
    func limits() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil,
                                  limits: LuaLimits(memoryBytes: 32 << 20, instructions: 0, seconds: 0.3))
        let error = #expect(throws: LuaError.self) { try host.run("while true do end", chunkName: "=t", writable: true) }
        #expect(error?.kind == .limit)
        #expect(try host.run("return redprop.today()", chunkName: "=t", writable: false) == ["2023-02-27"])
    }
}
