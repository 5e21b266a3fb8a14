import Foundation
import Testing
@testable import Reporting

/// The report model: values and how they read, tables, charts, building reports, and formats.
struct ReportModelTests {
    /// A one-table report.
    private var streetReport: Report {
        Report(title: "统计", sections: [ReportSection(blocks: [
            .table(ReportTable(headings: ["街道", "企业数"], rows: [["将军路街道", 12]])),
        ])])
    }

    // MARK: - Values

    @Test func percentagesShowOneDecimalUnlessWhole() {
        #expect(ReportValue.percent(0.9286).displayText == "92.9%")
        #expect(ReportValue.percent(26.0 / 28.0).displayText == "92.9%")
        #expect(ReportValue.percent(0.75).displayText == "75%")
        #expect(ReportValue.percent(1).displayText == "100%")
        #expect(ReportValue.percent(0).displayText == "0%")
        #expect(ReportValue.percent(0.99999).displayText == "100%")
        #expect(ReportValue.percent(0.1234).displayText == "12.3%")
        #expect(ReportValue.percent(-0.005).displayText == "-0.5%")
    }

    @Test func valuesShowAsPeopleReadThem() {
        #expect(ReportValue.integer(8200).displayText == "8200")
        #expect(ReportValue.number(3.14159).displayText == "3.14")
        #expect(ReportValue.number(2.0).displayText == "2")
        #expect(ReportValue.number(-1234.5).displayText == "-1234.5")
        #expect(ReportValue.number(0.001234).displayText == "0.001234")
        #expect(ReportValue.boolean(true).displayText == "是")
        #expect(ReportValue.boolean(false).displayText == "否")
        #expect(ReportValue.empty.displayText == "")
        #expect(ReportValue.number(.nan).displayText == "NaN")
    }

    @Test func aRatioWithAZeroWholeIsEmptyButKeepsItsNote() {
        let figure = Figure.ratio("覆盖率", 0, of: 0)
        #expect(figure.value == .empty)
        #expect(figure.note == "0 / 0")
    }

    @Test func numericColumnsAreRightAlignedUnlessTheColumnSaysOtherwise() {
        let table = ReportTable(columns: [
            ReportColumn(key: "a"), ReportColumn(key: "b"), ReportColumn(key: "c", alignment: .left),
        ], rows: [["甲", 1, 2], ["乙", .empty, .percent(0.5)]])
        #expect(table.resolvedAlignments == [.left, .right, .left])
    }

    @Test func figuresReadAsOneLine() {
        #expect(Figure.ratio("物业企业党组织覆盖率", 26, of: 28).description == "物业企业党组织覆盖率: 92.9% (26 / 28)")
        #expect(Figure("物业企业", count: 28, unit: "家").description == "物业企业: 28 家")
        #expect(Figure("回访满意率", percent: 0.986).valueText == "98.6%")
    }

    @Test func shortRowsArePaddedWithEmptyCells() {
        let table = ReportTable(headings: ["a", "b", "c"], rows: [["x"], ["y", 1, 2, 3]])
        #expect(table.normalizedRows == [["x", .empty, .empty], ["y", 1, 2]])
        #expect(table.cell(row: 0, column: 2) == .empty)
        #expect(table.cell(row: 5, column: 0) == .empty)
    }

    @Test func pieSharesIgnoreNegativeValuesAndAZeroTotal() {
        let chart = Chart(kind: .pie, title: "占比", data: [("甲", 3), ("乙", -2), ("丙", 1)])
        #expect(chart.shares == [0.75, 0, 0.25])
        #expect(Chart(kind: .pie, title: "零", data: [("甲", 0)]).shares == [0])
        #expect(chart.value(series: 0, category: 7) == 0)
    }

    @Test func blocksAddedToAReportWithoutSectionsGoToAnUntitledOne() {
        var report = Report(title: "统计") { report in
            report.add(.text("说明"))
        }
        report.addSection("一、覆盖") { section in
            section.add(figures: [Figure("物业企业", count: 28)])
        }
        report.add(.text("补充"))
        #expect(report.sections.map(\.title) == [nil, "一、覆盖"])
        #expect(report.section(titled: "一、覆盖")?.blocks.map(\.typeName) == ["figures", "text"])
        #expect(report.blocks.count == 3)
        #expect(!report.isEmpty)
    }

    // MARK: - Formats

    @Test func formatsAreFoundByNameOrAlias() {
        #expect(ReportFormat.allCases.map(\.rawValue) == ["text", "md", "csv", "json", "html"])
        #expect(ReportFormat(name: "Markdown") == .md)
        #expect(ReportFormat(name: "txt") == .text)
        #expect(ReportFormat(name: "pdf") == nil)
        #expect(ReportFormat.csv.render(streetReport) == CSVReportRenderer().render(streetReport))
        #expect(ReportFormat.html.renderer is HTMLReportRenderer)
    }

    @Test func formatsAreFoundFromAnOutputPath() {
        #expect(ReportFormat(path: "/tmp/党建统计.html") == .html)
        #expect(ReportFormat(path: "out.TXT") == .text)
        #expect(ReportFormat(path: "README") == nil)
    }
}
