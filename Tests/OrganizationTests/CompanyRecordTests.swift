import Foundation
import Kernel
import LuaHost
import Organization
import RedPropTesting
import Testing

/// Companies and the other organization records through the generated Lua functions: validation,
/// scope, audit and events.
struct CompanyRecordTests {
    @Test("a company is created, found and listed from Lua")
    func createFindList() throws {
        let kernel = try Fixtures.kernel()
        let results = try kernel.runLua("""
            org.create_company{ credit_code = "914403001922038216", name = "淄博颐泽物业服务有限公司",
                                area = "颐泽社区", employees = 46, party_members = 5, has_party_charter = "是" }
            local company = org.company("914403001922038216")
            return company.name, company.area_name, company.has_party_charter,
                   #org.companies{ street = "将军路街道" }, #org.companies{ street = "般阳路街道" }
            """, writable: true)
        #expect(results == ["淄博颐泽物业服务有限公司", "颐泽社区", true, 1, 0])
    }

    @Test("a credit code with a wrong check character is refused, naming the record, field and expected character")
    func wrongCheckCharacterIsRefused() throws {
        let kernel = try Fixtures.kernel()
        let message = errorMessage {
            try kernel.runLua("""
                org.create_company{ credit_code = "914403001922038217", name = "错码物业", area = "颐泽社区" }
                """, writable: true)
        }
        #expect(message?.contains("物业企业 '914403001922038217', field 'credit_code' (统一社会信用代码)") == true)
        #expect(message?.contains("should be '6', not '7'") == true)
        #expect(try kernel.read(as: nil) { try $0.records.count(Organization.company) } == 0)
    }

    @Test("party members cannot outnumber employees")
    func membersWithinStaff() throws {
        let kernel = try Fixtures.kernel()
        let message = errorMessage {
            try kernel.write(as: nil) { try Fixtures.company($0, 1, employees: 3, members: 5) }
        }
        #expect(message?.contains("field 'party_members' (党员人数)") == true)
    }

    @Test("a company with no staff recorded is accepted")
    func companyWithoutStaff() throws {
        let kernel = try Fixtures.kernel()
        try kernel.write(as: nil) { session in
            try Fixtures.company(session, 1, employees: nil, members: nil)
            try Fixtures.company(session, 2, employees: 0, members: 0)
        }
        #expect(try kernel.read(as: nil) { try $0.records.count(Organization.company) } == 2)
    }

    @Test("negative staff counts and unknown party-organization kinds are refused with the field named")
    func invalidFields() throws {
        let kernel = try Fixtures.kernel()
        let negative = errorMessage { try kernel.write(as: nil) { try Fixtures.company($0, 1, employees: -2) } }
        #expect(negative?.contains("field 'employees' (员工人数): must be 0 or more") == true)
        let kind = errorMessage {
            try kernel.runLua("org.create_party_organization{ name = 'X', kind = 'club', area = '颐泽社区' }",
                             writable: true)
        }
        #expect(kind?.contains("field 'kind' (类型): expected one of industry_committee (行业党委)") == true)
    }

    @Test("a street actor cannot place a company in another street")
    func scopeIsEnforced() throws {
        let kernel = try Fixtures.kernel()
        let message = errorMessage {
            try kernel.runLua("""
                org.create_company{ credit_code = "914403001922038216", name = "越界物业", area = "般阳社区" }
                """, as: SampleDistrict.streetActor, writable: true)
        }
        #expect(message?.contains("no area '般阳社区' in the scope of jiangjunlu-street") == true)
    }

    @Test("every write is audited and emits an org event")
    func writesAreAuditedAndAnnounced() throws {
        let kernel = try Fixtures.kernel()
        let host = try ScriptHost(kernel: kernel, actorName: nil)
        let results = try host.run("""
            local seen = {}
            on("org.*", function(event) seen[#seen + 1] = event.name end)
            org.create_company{ credit_code = "914403001922038216", name = "甲物业", area = "颐泽社区" }
            org.update_company("914403001922038216", { employees = 25, party_members = 2 })
            org.create_party_organization{ name = "甲物业党支部", kind = "company_branch", area = "颐泽社区",
                                           companies = { "914403001922038216" } }
            return table.concat(seen, ",")
            """, chunkName: "=test", writable: true)
        #expect(results == ["org.company.created,org.company.updated,org.party_organization.created"])
        let entries = try kernel.read(as: nil) { try $0.audit.entries(type: "org.company") }
        #expect(entries.map(\.operation) == ["update", "create"])
        #expect(entries.first?.after["employees"] == 25)
    }

    @Test("a second development plan for the same company and year is refused")
    func onePlanPerYear() throws {
        let kernel = try Fixtures.kernel()
        let message = errorMessage {
            try kernel.write(as: nil) { session in
                try Fixtures.company(session, 1)
                for _ in 0..<2 {
                    try session.records.create(Organization.developmentPlan, [
                        "company": .string(Fixtures.code(1)), "area": "颐泽社区", "year": 2022, "planned": 2,
                    ])
                }
            }
        }
        #expect(message?.contains("发展党员计划 (org.development_plan), field 'year' (年度)") == true)
    }

    @Test("a support package defaults to the standard items and 3000 yuan")
    func supportPackageDefaults() throws {
        let kernel = try Fixtures.kernel()
        let package = try kernel.write(as: nil) { session in
            try Fixtures.company(session, 1)
            try Fixtures.organization(session, "甲支部", kind: .companyBranch, companies: [1])
            return try session.records.create(Organization.supportPackage, [
                "organization": "甲支部", "area": "颐泽社区", "given_on": "2021-07-01",
            ])
        }
        #expect(package["items"] == .string(Organization.standardPackageItems))
        #expect(package["funds"] == 3000.0)
    }
}
