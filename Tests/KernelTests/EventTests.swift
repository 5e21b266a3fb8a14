import Kernel
import LuaHost
import Testing

@Suite("Events reach handlers in and after the transaction")
struct EventTests {
    @Test("an in-transaction handler sees the event and may write more")
    func inTransaction() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        try host.run("""
            on("shop.shop.created", function(event)
              if event.record.staff >= 20 then
                shop.create_inspection{ code = "I-" .. event.record.code, shop = event.record.code, area = event.record.area }
              end
            end)
            shop.create_shop{ code = "S1", name = "大店", area = "颐泽社区", staff = 25 }
            shop.create_shop{ code = "S2", name = "小店", area = "颐泽社区", staff = 2 }
            """, chunkName: "@rules.lua", writable: true)
        #expect(try kernel.read(as: nil) { try $0.records.list(TestModule.inspection).map { $0["code"] } } == ["I-S1"])
    }

    @Test("a veto rolls the whole change back and says who refused")
    func veto() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        let error = #expect(throws: LuaError.self) {
            try host.run("""
                on("shop.shop.created", function(event)
                  if not event.record.licensed then veto("无证经营: " .. event.record.name) end
                end)
                shop.create_shop{ code = "S1", name = "持证店", area = "颐泽社区", licensed = true }
                shop.create_shop{ code = "S2", name = "无证店", area = "颐泽社区" }
                """, chunkName: "@rules.lua", writable: true)
        }
        #expect(error?.message.contains("vetoed by rules.lua:2: 无证经营: 无证店") == true, "\(error?.message ?? "")")
        #expect(try kernel.read(as: nil) { try $0.records.count(TestModule.shop) } == 0)
    }

    @Test("a failing handler undoes the write it guarded, even when caught, and the others still run")
    func failingHandler() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        let results = try host.run("""
            local seen = {}
            on("shop.shop.created", function(event)
              shop.create_inspection{ code = "I-" .. event.record.code, shop = event.record.code, area = event.record.area }
              if event.record.code == "S1" then error("broken handler") end
            end)
            on("shop.shop.created", function(event) seen[#seen + 1] = event.record.code end)
            local ok, message = pcall(shop.create_shop, { code = "S1", name = "一", area = "颐泽社区" })
            shop.create_shop{ code = "S2", name = "二", area = "雁阳社区", staff = 1 }
            return ok, message, seen[1]
            """, chunkName: "@handlers.lua", writable: true)
        #expect(results.first == false)
        let message = results.dropFirst().first?.stringValue ?? ""
        #expect(message.contains("handler at handlers.lua:2 failed: handlers.lua:4: broken handler (the write was undone)"), "\(message)")
        #expect(results.last == "S1", "the other handler ran")
        let (shops, inspections) = try kernel.read(as: nil) { session in
            (try session.records.list(TestModule.shop).map { $0["code"] }, try session.records.count(TestModule.inspection))
        }
        #expect(shops == ["S2"], "the guarded write is undone, the next one stands")
        #expect(inspections == 1, "the failing handler's own write is undone too; S2's stands")
    }

    @Test("after-commit handlers see committed data and do not run after a rollback")
    func afterCommit() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        try host.run("""
            counted = {}
            on("shop.shop.created", function(event)
              counted[#counted + 1] = #shop.shops{} .. ":" .. event.record.code
            end, { after_commit = true })
            shop.create_shop{ code = "S1", name = "一", area = "颐泽社区" }
            shop.create_shop{ code = "S2", name = "二", area = "颐泽社区" }
            """, chunkName: "=t", writable: true)
        #expect(try host.run("return counted", chunkName: "=t", writable: false) == [["2:S1", "2:S2"]])
        _ = try? host.run("shop.create_shop{ code = 'S3', name = '三', area = '颐泽社区' } error('abort')",
                          chunkName: "=t", writable: true)
        #expect(try host.run("return #counted", chunkName: "=t", writable: false) == [2])
    }

    @Test("an iterator an after-commit handler keeps ends with the handler's session")
    func afterCommitIterator() throws {
        let kernel = try shopKernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        try host.run("""
            on("shop.shop.created", function() kept = db.rows("SELECT code FROM area") end, { after_commit = true })
            shop.create_shop{ code = "S1", name = "一", area = "颐泽社区" }
            """, chunkName: "=t", writable: true)
        #expect(host.events.takeFailures().isEmpty)
        let error = #expect(throws: LuaError.self) { try host.run("return kept()", chunkName: "=t", writable: false) }
        #expect(error?.message.contains("belongs to a statement that has finished") == true, "\(String(describing: error))")
    }
}
