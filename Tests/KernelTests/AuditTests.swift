import GRDB
import Kernel
import RedPropTesting
import Testing

@Suite("Every write leaves an audit entry that nothing can change")
struct AuditTests {
    @Test("create, update and delete are logged with actor, before and after")
    func entries() throws {
        let kernel = try shopKernel()
        try kernel.write(as: SampleDistrict.streetActor) { session throws in
            try session.records.create(TestModule.shop, ["code": "S1", "name": "一", "area": "颐泽社区"])
            try session.records.update(TestModule.shop, "S1", ["name": "一号店"])
            try session.records.delete(TestModule.shop, "S1")
        }
        let entries = try kernel.read(as: nil) { try $0.audit.entries(type: "shop.shop") }
        #expect(entries.map(\.operation) == ["delete", "update", "create"])
        #expect(entries.allSatisfy { $0.actor == SampleDistrict.streetActor && $0.recordKey == "S1" })
        #expect(entries[1].before["name"] == "一")
        #expect(entries[1].after["name"] == "一号店")
        #expect(entries[0].after == .nil)
        #expect(entries[2].at.hasSuffix("+08:00"), "shown in the district's time zone, Asia/Shanghai by default")
    }

    @Test("areas and actors are audited too")
    func kernelWrites() throws {
        let kernel = try shopKernel()
        let types = try kernel.read(as: nil) { try Set($0.audit.entries(limit: 1000).map(\.recordType)) }
        #expect(types == ["area", "actor"])
    }

    @Test("the log refuses UPDATE and DELETE, even as raw SQL", arguments: [
        "UPDATE audit_log SET actor = 'someone-else'",
        "DELETE FROM audit_log",
    ])
    func appendOnly(sql: String) throws {
        let kernel = try shopKernel()
        let error = #expect(throws: DatabaseError.self) {
            try kernel.write(as: nil) { try $0.db.execute(sql: sql) }
        }
        #expect(error?.message == "the audit log is append-only")
    }
}
