import Kernel
import RedPropTesting
import LuaHost
import Testing

@Suite("Records of declared types: validated, scoped, queryable")
struct RecordStoreTests {
    @Test("a record is created, found by key or id, updated and deleted")
    func lifecycle() throws {
        let kernel = try shopKernel()
        try kernel.write(as: nil) { session throws in
            let store = session.records
            let shop = try store.create(TestModule.shop, ["code": "S1", "name": "颐泽便利店", "area": "颐泽社区",
                                                         "licensed": "是", "kind": "零售", "opened": "2022/3/5"])
            #expect(shop["licensed"] == true)
            #expect(shop["kind"] == "retail")
            #expect(shop["opened"] == "2022-03-05")
            #expect(shop["area"] == "370302001001")
            #expect(shop["area_name"] == "颐泽社区")
            #expect(try store.find(TestModule.shop, .integer(shop.id))?["name"] == "颐泽便利店")
            let changed = try store.update(TestModule.shop, "S1", ["staff": 12])
            #expect(changed["staff"] == 12)
            try store.delete(TestModule.shop, "S1")
            #expect(try store.find(TestModule.shop, "S1") == nil)
        }
    }

    @Test("an invalid value is refused with the record, the field and the reason", arguments: [
        (["code": "S1", "area": "颐泽社区"] as [String: LuaValue], "field 'name' (名称): a value is required"),
        (["code": "S1", "name": "x", "area": "颐泽社区", "staff": "many"], "field 'staff' (员工数): expected a whole number, got 'many'"),
        (["code": "S1", "name": "x", "area": "颐泽社区", "staff": -3], "field 'staff' (员工数): must not be negative"),
        (["code": "S1", "name": "x", "area": "颐泽社区", "opened": "2023-02-30"], "field 'opened' (开业日期): expected a date YYYY-MM-DD"),
        (["code": "S1", "name": "x", "area": "颐泽社区", "kind": "bank"], "field 'kind' (类型): expected one of food (餐饮), retail (零售)"),
        (["code": "S1", "name": "x", "area": "颐泽社区", "colour": "red"], "unknown field 'colour'"),
        (["code": "S1", "name": "x", "area": "第一网格"], "a 商铺 belongs in a 社区/小区"),
        (["code": "S1", "name": "x"], "field 'area' (所属区域) is required"),
    ])
    func validation(input: [String: LuaValue], expected: String) throws {
        let kernel = try shopKernel()
        let error = #expect(throws: KernelError.self) {
            try kernel.write(as: nil) { try $0.records.create(TestModule.shop, input) }
        }
        #expect(error?.description.contains(expected) == true, "\(error?.description ?? "")")
        #expect(error?.description.hasPrefix("商铺 'S1'") == true || input["code"] == nil)
    }

    @Test("a unique field refuses a second record with the same value")
    func uniqueness() throws {
        let kernel = try shopKernel()
        let error = #expect(throws: KernelError.self) {
            try kernel.write(as: nil) { session throws in
                try session.records.create(TestModule.shop, ["code": "S1", "name": "一", "area": "颐泽社区"])
                try session.records.create(TestModule.shop, ["code": "S1", "name": "二", "area": "雁阳社区"])
            }
        }
        #expect(error?.description.contains("'S1' is already used by another 商铺") == true)
    }

    @Test("references resolve by key, come back as keys, and block deletion")
    func references() throws {
        let kernel = try shopKernel()
        try kernel.write(as: nil) { session throws in
            let store = session.records
            try store.create(TestModule.shop, ["code": "S1", "name": "一", "area": "颐泽社区"])
            try store.create(TestModule.shop, ["code": "S2", "name": "二", "area": "颐泽社区"])
            let inspection = try store.create(TestModule.inspection, [
                "code": "I1", "shop": "S1", "partners": "S1、S2", "area": "颐泽社区",
            ])
            #expect(inspection["shop"] == "S1")
            #expect(inspection["partners"] == ["S1", "S2"])
            #expect(try store.list(TestModule.inspection, RecordQuery(LuaTable(["partners": "S2"]), for: TestModule.inspection)).count == 1)
            #expect(throws: KernelError.self) { try store.delete(TestModule.shop, "S1") }
            #expect(throws: KernelError.self) {
                try store.create(TestModule.inspection, ["code": "I2", "shop": "S9", "area": "颐泽社区"])
            }
        }
    }

    @Test("filters select by field, area kind, order and limit, within the actor's scope")
    func filters() throws {
        let kernel = try shopKernel()
        try kernel.write(as: nil) { session throws in
            for (index, area) in ["颐泽社区", "雁阳社区", "般阳社区", "颐泽花园"].enumerated() {
                try session.records.create(TestModule.shop, ["code": .string("S\(index)"), "name": "店", "area": .string(area),
                                                             "staff": .integer(Int64(index * 10)), "licensed": .boolean(index % 2 == 0)])
            }
        }
        try kernel.read(as: nil) { session throws in
            func codes(_ filter: LuaTable) throws -> [String] {
                try session.records.list(TestModule.shop, RecordQuery(filter, for: TestModule.shop)).compactMap { $0["code"].stringValue }
            }
            #expect(try codes(LuaTable(["street": "将军路街道"])) == ["S0", "S1", "S3"])
            #expect(try codes(LuaTable(["community": "颐泽社区"])) == ["S0", "S3"])
            #expect(try codes(LuaTable(["licensed": true])) == ["S0", "S2"])
            #expect(try codes(LuaTable(["order": "-staff", "limit": 2])) == ["S3", "S2"])
            #expect(throws: KernelError.self) { try codes(LuaTable(["colour": "red"])) }
        }
        let streetSees = try kernel.read(as: SampleDistrict.streetActor) { try $0.records.count(TestModule.shop) }
        #expect(streetSees == 3)
    }
}
