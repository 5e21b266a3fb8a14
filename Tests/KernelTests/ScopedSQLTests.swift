import Kernel
import LuaHost
import RedPropTesting
import Testing

@Suite("Scoped SQL")
struct ScopedSQLTests {
    /// Shops in three communities of two streets.
    private func kernelWithShops() throws -> Kernel {
        let kernel = try shopKernel()
        try kernel.write(as: nil) { session in
            for (code, area) in [("S1", "370302001001"), ("S2", "370302001002"), ("S3", "370302002001")] {
                try session.records.create(TestModule.shop, ["code": .string(code), "name": "店", "area": .string(area)])
            }
        }
        return kernel
    }

    @Test("a query without a {scope} condition is refused before it runs")
    func queryWithoutScopeIsRefused() throws {
        let kernel = try kernelWithShops()
        let message = errorMessage {
            try kernel.read(as: nil) { try $0.sql.rows("SELECT * FROM shop_shop") }
        }
        #expect(message?.contains("names no {scope ALIAS} condition") == true)
    }

    @Test("each actor sees only the rows of its scope, and a filter narrows it further")
    func rowsKeepToTheScope() throws {
        let kernel = try kernelWithShops()
        let sql = "SELECT s.code FROM shop_shop s WHERE {scope s} ORDER BY s.code"
        let district = try kernel.read(as: nil) { try $0.sql.values(String.self, sql) }
        let street = try kernel.read(as: SampleDistrict.streetActor) { try $0.sql.values(String.self, sql) }
        let community = try kernel.read(as: SampleDistrict.communityActor) { try $0.sql.values(String.self, sql) }
        #expect(district == ["S1", "S2", "S3"])
        #expect(street == ["S1", "S2"])
        #expect(community == ["S3"])
        let narrowed = try kernel.read(as: SampleDistrict.streetActor) { session in
            try session.sql.values(String.self, sql, within: AreaFilter(area: try session.geography.require("雁阳社区")))
        }
        #expect(narrowed == ["S2"])
    }

    @Test("records and counts come back in one query, in scope, with their own ? arguments")
    func recordsAndCounts() throws {
        let kernel = try kernelWithShops()
        let (records, count, byID) = try kernel.read(as: SampleDistrict.streetActor) { session in
            (try session.sql.records(TestModule.shop, where: "t.name = ?", ["店"]),
             try session.sql.count(TestModule.shop, where: "t.code <> ?", ["S1"]),
             try session.sql.records(TestModule.shop, ids: [3, 2, 1]))
        }
        #expect(records.map { $0["code"] } == ["S1", "S2"])
        #expect(count == 1)
        #expect(byID.map { $0["code"] } == ["S2", "S1"])
    }

    @Test("the area table is scoped with {scope_area}")
    func areaTableIsScoped() throws {
        let kernel = try kernelWithShops()
        let names = try kernel.read(as: SampleDistrict.communityActor) { session in
            try session.sql.values(String.self, "SELECT a.name FROM area a WHERE {scope_area a} AND a.kind = 'compound'")
        }
        #expect(names == ["般阳花苑"])
    }
}
