import Foundation
import Kernel
import Testing

@Suite("CSV import is header-driven and all or nothing")
struct ImportTests {
    @Test("Chinese headers and a BOM are accepted, and export reads back")
    func chineseHeaders() throws {
        let kernel = try shopKernel()
        let csv = "\u{FEFF}编号,名称,所属区域,员工数,持证\nS1,颐泽便利店,颐泽社区,3,是\nS2,\"雁阳, 超市\",雁阳社区,,否\n"
        let count = try kernel.write(as: nil) { try $0.importer.importCSV(Data(csv.utf8), as: TestModule.shop, fileName: "shops.csv") }
        #expect(count == 2)
        let exported = try kernel.read(as: nil) { try $0.exporter.csv(TestModule.shop) }
        #expect(exported.hasPrefix("\u{FEFF}所属区域,编号,名称,员工数,持证,开业日期,类型\n"))
        #expect(exported.contains("370302001002,S2,\"雁阳, 超市\",0,否,,\n"))
        let again = try shopKernel()
        let reimported = try again.write(as: nil) {
            try $0.importer.importCSV(Data(exported.utf8), as: TestModule.shop, fileName: "export.csv")
        }
        #expect(reimported == 2)
    }

    @Test("a file that fails on line 1000 of 2000 writes nothing and names the line and column")
    func failureInTheMiddle() throws {
        let kernel = try shopKernel()
        var lines = ["code,name,area,staff"]
        for index in 2...2000 {
            lines.append("S\(index),店\(index),颐泽社区,\(index == 1000 ? "很多" : String(index))")
        }
        let data = Data(lines.joined(separator: "\n").utf8)
        let error = #expect(throws: ImportError.self) {
            try kernel.write(as: nil) { try $0.importer.importCSV(data, as: TestModule.shop, fileName: "big.csv") }
        }
        #expect(error?.problems.count == 1)
        #expect(error?.problems.first?.line == 1000)
        #expect(error?.problems.first?.column == 4)
        #expect(error?.description.hasPrefix("big.csv: line 1000, column 4: 商铺 'S1000', field 'staff'") == true,
                "\(error?.description ?? "")")
        #expect(try kernel.read(as: nil) { try $0.records.count(TestModule.shop) } == 0)
    }

    @Test("an unknown column is an error on line 1")
    func unknownColumn() throws {
        let kernel = try shopKernel()
        let error = #expect(throws: ImportError.self) {
            try kernel.write(as: nil) {
                try $0.importer.importCSV(Data("code,colour\nS1,red\n".utf8), as: TestModule.shop, fileName: "x.csv")
            }
        }
        #expect(error?.problems.first?.line == 1)
        #expect(error?.problems.first?.column == 2)
    }
}
