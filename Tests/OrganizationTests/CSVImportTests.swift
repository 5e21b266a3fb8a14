import Foundation
import Kernel
import LuaHost
import Organization
import RedPropTesting
import Testing

/// Organization records through the kernel's CSV import and export: Chinese headers, lists of
/// references, and all-or-nothing errors that name the line and column.
struct CSVImportTests {
    private func importCSV(_ kernel: Kernel, _ text: String, as type: RecordType) throws -> Int {
        try kernel.write(as: nil) { session in
            try session.importer.importCSV(Data(text.utf8), as: type, fileName: "\(type.plural).csv")
        }
    }

    @Test("companies import with Chinese headers, and export back the same")
    func companiesWithChineseHeaders() throws {
        let kernel = try Fixtures.kernel()
        let csv = """
            统一社会信用代码,企业名称,所属区域,员工人数,党员人数,党建写入公司章程
            \(Fixtures.code(1)),淄博颐泽物业服务有限公司,颐泽社区,46,5,是
            \(Fixtures.code(2)),淄川雁阳物业管理有限公司,370302001002,18,0,否
            """
        #expect(try importCSV(kernel, csv, as: Organization.company) == 2)
        let exported = try kernel.read(as: nil) { try $0.exporter.csv(Organization.company) }
        #expect(exported.contains("统一社会信用代码,企业名称,法定代表人"))
        #expect(exported.contains("370302001001,\(Fixtures.code(1)),淄博颐泽物业服务有限公司,,,46,5,是"))
        let other = try Fixtures.kernel()
        #expect(try importCSV(other, exported, as: Organization.company) == 2)
    }

    @Test("a party organization's covered companies are listed with 、 and English headers work too")
    func partyOrganizationsWithReferences() throws {
        let kernel = try Fixtures.kernel()
        try kernel.write(as: nil) { session in
            for number in 1...3 { try Fixtures.company(session, number) }
        }
        let csv = """
            name,kind,area,companies,secretary,founded
            将军路街道联合党支部,联合党支部,将军路街道,\(Fixtures.code(1))、\(Fixtures.code(2));\(Fixtures.code(3)),王红,2021/11/1
            """
        #expect(try importCSV(kernel, csv, as: Organization.partyOrganization) == 1)
        let branch = try kernel.read(as: nil) { try $0.records.require(Organization.partyOrganization, "将军路街道联合党支部") }
        #expect(branch["kind"] == "joint_branch")
        #expect(branch["founded"] == "2021-11-01")
        #expect(branch["companies"].tableValue?.sequence.count == 3)
    }

    @Test("a file with one bad credit code imports nothing and names the line, column and expected character")
    func badRowImportsNothing() throws {
        let kernel = try Fixtures.kernel()
        let bad = String(Fixtures.code(2).dropLast()) + (Fixtures.code(2).hasSuffix("0") ? "1" : "0")
        let csv = """
            企业名称,统一社会信用代码,所属区域
            甲物业,\(Fixtures.code(1)),颐泽社区
            乙物业,\(bad),颐泽社区
            """
        var thrown: ImportError?
        do {
            _ = try importCSV(kernel, csv, as: Organization.company)
        } catch let error as ImportError {
            thrown = error
        }
        let problem = try #require(thrown?.problems.first)
        #expect(problem.line == 3)
        #expect(problem.column == 2)
        #expect(problem.reason.contains("should be '\(Fixtures.code(2).last ?? "?")'"))
        #expect(thrown?.description.hasSuffix("nothing was imported") == true)
        #expect(try kernel.read(as: nil) { try $0.records.count(Organization.company) } == 0)
    }

    @Test("every organization record type has a CSV header the importer accepts")
    func everyTypeRoundTrips() throws {
        let kernel = try Fixtures.kernel()
        for type in Organization().recordTypes {
            let header = try kernel.read(as: nil) { try $0.exporter.csv(type) }
            let lines = header.split(whereSeparator: \.isNewline)
            #expect(lines.count == 1, "\(type.name) exports only its header when empty")
            #expect(try importCSV(kernel, String(header), as: type) == 0)
        }
    }
}
