import Foundation
import Kernel
import LuaHost
import Organization
import RedPropTesting

/// Builders for organization tests over the sample district (see `SampleDistrict`):
///
/// ```
/// 将军路街道 (370302001) ── 颐泽社区 (370302001001, 小区 颐泽花园), 雁阳社区 (370302001002, 小区 雁阳御城)
/// 般阳路街道 (370302002) ── 般阳社区 (370302002001, 小区 般阳花苑)
/// ```
enum Fixtures {
    /// A kernel over the sample district with the Organization module.
    static func kernel() throws -> Kernel {
        try TestKernel.withSampleDistrict(modules: [Organization()])
    }

    /// A valid credit code, different for each `number`.
    static func code(_ number: Int) -> String {
        let prefix = String(format: "91370302MA3C%05d", number)
        return prefix + String(CreditCode.checkCharacter(for: prefix) ?? "0")
    }

    /// Creates company `number` (named 测试物业N) with its credit code from ``code(_:)``.
    @discardableResult
    static func company(_ session: Session, _ number: Int, area: String = "颐泽社区", employees: Int? = 10,
                        members: Int? = 1, charter: Bool = false) throws -> Record {
        var fields: [String: LuaValue] = [
            "credit_code": .string(code(number)), "name": .string("测试物业\(number)"), "area": .string(area),
            "has_party_charter": .boolean(charter),
        ]
        if let employees { fields["employees"] = .integer(Int64(employees)) }
        if let members { fields["party_members"] = .integer(Int64(members)) }
        return try session.records.create(Organization.company, fields)
    }

    /// Creates a party organization of `kind` covering the companies numbered `companies`.
    @discardableResult
    static func organization(_ session: Session, _ name: String, kind: Organization.PartyOrganizationKind,
                             area: String = "颐泽社区", companies: [Int]) throws -> Record {
        try session.records.create(Organization.partyOrganization, [
            "name": .string(name), "kind": .string(kind.rawValue), "area": .string(area),
            "companies": .table(LuaTable(sequence: companies.map { .string(code($0)) })),
        ])
    }

    /// Creates an instructor and assigns them to company `number` from `start` to `end`.
    static func assign(_ session: Session, _ instructor: String, to number: Int, area: String = "颐泽社区",
                       start: String = "2022-01-01", end: String? = nil) throws {
        if try session.records.find(Organization.instructor, .string(instructor)) == nil {
            try session.records.create(Organization.instructor, ["name": .string(instructor), "area": "370302"])
        }
        var fields: [String: LuaValue] = ["instructor": .string(instructor), "company": .string(code(number)),
                                          "area": .string(area), "start_on": .string(start)]
        if let end { fields["end_on"] = .string(end) }
        try session.records.create(Organization.instructorAssignment, fields)
    }
}
