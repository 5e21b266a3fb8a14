import Coordination
import Kernel
import LuaHost
import Organization
import RedPropTesting
import Testing

/// Cadence compliance: the required cadences are data, and the report lists every body that
/// missed a required meeting in a period.
struct CadenceTests {
    @Test("the three standard cadences are seeded with the district, and audited")
    func seeded() throws {
        let kernel = try Fixtures.emptyKernel()
        let (cadences, audit) = try kernel.read(as: nil) { session in
            (try session.records.list(Coordination.cadence), try session.audit.entries(type: "coord.cadence"))
        }
        #expect(cadences.map { $0["name"] } == ["街道每月联席会议", "社区每季度联席会", "社区每月恳谈会"])
        #expect(cadences.map { $0["period"] } == ["month", "quarter", "month"])
        #expect(audit.count == 3)
        #expect(audit.first?.actor == "district-admin")
    }

    @Test("installing the module on a database whose district exists seeds the cadences too")
    func seededOnExistingDistrict() throws {
        let location = TestKernel.temporaryLocation()
        let first = try Kernel(location: location, modules: [Organization()], create: true,
                               clock: KernelClock(today: TestKernel.today))
        try first.initialise(districtCode: "370302", districtName: "淄川区")
        let second = try Kernel(location: location, modules: [Organization(), Coordination()],
                                clock: KernelClock(today: TestKernel.today))
        let names = try second.read(as: nil) { try $0.records.list(Coordination.cadence).map { $0["name"] } }
        #expect(names == ["街道每月联席会议", "社区每季度联席会", "社区每月恳谈会"])
    }

    @Test("a quarter lists every body that missed a required meeting")
    func gapsOfAQuarter() throws {
        let kernel = try Fixtures.kernel()
        try kernel.write(as: nil) { session in
            for month in ["10", "11", "12"] {
                try Fixtures.meeting(session, "将军路街道党建联盟", .joint, "2022-\(month)-10")
                try Fixtures.meeting(session, "颐泽社区三会", .heartToHeart, "2022-\(month)-15")
                if month != "11" { try Fixtures.meeting(session, "雁阳社区三会", .heartToHeart, "2022-\(month)-15") }
            }
            try Fixtures.meeting(session, "颐泽社区三会", .joint, "2022-11-20")
            try Fixtures.meeting(session, "雁阳社区三会", .coordination, "2022-11-20")
        }
        let gaps = try kernel.read(as: nil) { session in
            try CadenceCompliance(session: session).gaps(in: .init(from: #require(CalendarDate("2022-10-01")),
                                                                   through: #require(CalendarDate("2022-12-31"))))
        }
        let lines = gaps.map { "\($0.body["name"].stringValue ?? "") \($0.kind.rawValue) \($0.period)" }
        #expect(lines == [
            "雁阳社区三会 joint 2022Q4", "雁阳社区三会 heart_to_heart 2022-11",
            "般阳社区三会 joint 2022Q4", "般阳社区三会 heart_to_heart 2022-10",
            "般阳社区三会 heart_to_heart 2022-11", "般阳社区三会 heart_to_heart 2022-12",
        ])
    }

    @Test("changing a cadence's count changes what is missed: the cadence is data")
    func cadenceIsData() throws {
        let kernel = try Fixtures.kernel()
        try kernel.write(as: nil) { session in
            try Fixtures.meeting(session, "将军路街道党建联盟", .joint, "2023-01-10")
            try session.records.update(Coordination.cadence, "街道每月联席会议", ["count": 2])
        }
        let results = try kernel.runLua("""
            local gaps = coord.cadence_gaps{ period = "2023-01", street = "将军路街道" }
            local street = {}
            for _, gap in ipairs(gaps) do
              if gap.level == "street" then street[#street + 1] = gap end
            end
            return #street, street[1].held, street[1].required, street[1].cadence
            """)
        #expect(results == [1, 1, 2, "街道每月联席会议"])
    }

    @Test("a period still running, or one that ended before the body existed, is not missed")
    func unfinishedAndEarlierPeriods() throws {
        let kernel = try Fixtures.kernel()
        _ = try kernel.write(as: nil) { session in
            try session.records.update(Coordination.body, "将军路街道党建联盟", ["established": "2023-01-15"])
        }
        let periods = try kernel.read(as: nil) { session in
            let street = try session.geography.require("将军路街道")
            return try CadenceCompliance(session: session, filter: AreaFilter(area: street))
                .gaps(in: .init(from: #require(CalendarDate("2022-11-01")), through: #require(CalendarDate("2023-12-31"))))
                .filter { $0.level == .street }.map(\.period.description)
        }
        // December 2022 ended before the body existed; February 2023 is still running on 2023-02-27.
        #expect(periods == ["2023-01"])
    }

    @Test("the coord.cadence report shows the requirements and the missed meetings")
    func cadenceReport() throws {
        let kernel = try Fixtures.kernel()
        let report = try kernel.read(as: nil) { session in
            try #require(session.registry.reports.first { $0.name == "coord.cadence" })
                .build(session, ["period": "2022Q4", "community": "颐泽社区"])
        }
        let missed = try #require(report.section(titled: "二、未按要求召开"))
        #expect(missed.figures.first { $0.label == "未按要求召开的联席会议" }?.value == 1)
        #expect(missed.figures.first { $0.label == "缺少的会议" }?.value == 4)
        #expect(missed.tables.first?.rows.count == 4)
        #expect(report.section(titled: "一、频次要求")?.tables.first?.rows.count == 3)
    }

    @Test("a bad period is an error naming the option")
    func badPeriod() throws {
        let kernel = try Fixtures.kernel()
        let message = errorMessage { try kernel.runLua("return coord.cadence_gaps{ period = '2022-13' }") }
        #expect(message?.contains("option 'period' must be a year (2022), a month (2023-01) or a quarter (2022Q4)") == true)
    }

    @Test("periods parse from years, months and quarters")
    func periods() throws {
        #expect(Period(parsing: "2022Q4")?.start.description == "2022-10-01")
        #expect(Period(parsing: "2022-q4")?.end.description == "2022-12-31")
        #expect(Period(parsing: "2023-2")?.end.description == "2023-02-28")
        #expect(Period(parsing: "2024-02")?.end.description == "2024-02-29")
        #expect(Period(parsing: "2022")?.description == "2022")
        #expect(Period(parsing: "2022Q5") == nil)
        let months = Period.all(.month, from: try #require(CalendarDate("2022-11-15")), through: try #require(CalendarDate("2023-02-27")))
        #expect(months.map(\.description) == ["2022-12", "2023-01"])
    }
}
