import Foundation
import Testing
@testable import Reporting

/// The report model and its text, Markdown, CSV, JSON and HTML renderers.
struct ReportRenderingTests {
    /// A small report with a table whose first column is Chinese.
    private var streetReport: Report {
        let table = ReportTable(title: "各街道", columns: [
            ReportColumn(key: "street", label: "街道"),
            ReportColumn(key: "companies", label: "企业数"),
        ], rows: [["将军路街道", 12], ["般阳路", 9]])
        return Report(title: "统计", sections: [ReportSection(blocks: [.table(table)])])
    }

    /// Figures as in the district's annual statistics.
    private var figures: [Figure] {
        [Figure.ratio("物业企业党组织覆盖率", 26, of: 28), Figure(label: "物业企业", value: 28, unit: "家")]
    }

    /// A report holding one chart of each kind.
    private var chartReport: Report {
        let labels = ["将军路街道", "般阳路街道"]
        var section = ReportSection(title: "图表")
        section.add(Chart(kind: .bar, title: "投诉量", labels: labels, series: [
            ChartSeries(name: "2021年", values: [120, 87]), ChartSeries(name: "2022年", values: [132, 60]),
        ]))
        section.add(Chart(kind: .line, title: "月度受理", labels: ["1月", "2月", "3月"],
                          series: [ChartSeries(name: "受理", values: [10, 14, 9])]))
        section.add(Chart(kind: .pie, title: "诉求类型", labels: ["环境", "停车"],
                          series: [ChartSeries(name: "件", values: [3, 1])]))
        return Report(title: "图表", sections: [section])
    }

    // MARK: - Text

    @Test func textTableAlignsChineseByDisplayWidth() {
        let expected = """
            统计
            ====

            各街道
            街道        企业数
            ----------  ------
            将军路街道      12
            般阳路           9

            """
        #expect(TextReportRenderer().render(streetReport) == expected)
    }

    @Test func textFiguresAlignLabelsAndValues() {
        let report = Report(title: "Stats", subtitle: "淄川区", sections: [
            ReportSection(title: "一、覆盖", blocks: [.figures(figures)]),
        ])
        let expected = """
            Stats
            =====
            淄川区

            一、覆盖
            --------

            物业企业党组织覆盖率  92.9% (26 / 28)
            物业企业                 28 家

            """
        #expect(report.rendered(as: .text) == expected)
    }

    @Test func textChartsAreBarsScaledToFortyColumns() {
        let report = Report(title: "T", sections: [ReportSection(blocks: [
            .chart(Chart(kind: .bar, title: "数量", data: [("甲", 40), ("乙街道", 10), ("丙", 0)])),
            .chart(Chart(kind: .pie, title: "占比", data: [("甲", 3), ("乙", 1)])),
        ])])
        let lines = TextReportRenderer().render(report).components(separatedBy: "\n")
        #expect(lines[3] == "数量")
        #expect(lines[4] == "甲      " + String(repeating: "█", count: 40) + " 40")
        #expect(lines[5] == "乙街道  " + String(repeating: "█", count: 10) + " 10")
        #expect(lines[6] == "丙      0")
        #expect(lines[8] == "占比")
        #expect(lines[9] == "甲  " + String(repeating: "█", count: 30) + " 75% (3)")
        #expect(lines[10] == "乙  " + String(repeating: "█", count: 10) + " 25% (1)")
    }

    @Test func textOutputHasNoTrailingSpaces() {
        var report = chartReport
        report.add(.table(ReportTable(headings: ["名称", "备注"], rows: [["甲", .empty], ["乙街道", "有 "]])))
        report.add(.text("第一行   \n第二行"))
        let text = report.rendered(as: .text)
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        for line in text.components(separatedBy: "\n") {
            #expect(!line.hasSuffix(" "), "\(line)")
        }
    }

    // MARK: - Markdown

    @Test func markdownHasHeadingsAndEscapedPipeTables() {
        var report = Report(title: "统计", subtitle: "2022年")
        report.addSection("一、覆盖") { section in
            section.add(figures: figures)
            section.add(ReportTable(title: "明细", headings: ["名称", "数量"], rows: [["A|B", 3], ["甲\n乙", 4]]))
        }
        let expected = """
            # 统计

            2022年

            ## 一、覆盖

            | 指标 | 数值 |
            | --- | --- |
            | 物业企业党组织覆盖率 | 92.9% (26 / 28) |
            | 物业企业 | 28 家 |

            ### 明细

            | 名称 | 数量 |
            | --- | ---: |
            | A\\|B | 3 |
            | 甲<br>乙 | 4 |

            """
        #expect(report.rendered(as: .md) == expected)
    }

    @Test func markdownShowsChartsAsTablesOfTheirData() {
        let markdown = MarkdownReportRenderer().render(chartReport)
        #expect(markdown.contains("### 投诉量\n\n| 类别 | 2021年 | 2022年 |\n| --- | ---: | ---: |\n| 将军路街道 | 120 | 132 |"))
        #expect(markdown.contains("| 类别 | 件 | 占比 |\n| --- | ---: | ---: |\n| 环境 | 3 | 75% |\n| 停车 | 1 | 25% |"))
    }

    // MARK: - CSV

    @Test func csvStartsWithAByteOrderMarkAndSeparatesTablesWithABlankLine() {
        var report = streetReport
        report.add(.figures(figures))
        report.add(.table(ReportTable(headings: ["名称", "备注"], rows: [["翠园", "门岗,24小时"], ["松园", "他说\"好\""]])))
        let csv = CSVReportRenderer().render(report)
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let expected = "\u{FEFF}街道,企业数\r\n将军路街道,12\r\n般阳路,9\r\n"
            + "\r\n指标,数值,单位\r\n物业企业党组织覆盖率,92.9%,\r\n物业企业,28,家\r\n"
            + "\r\n名称,备注\r\n翠园,\"门岗,24小时\"\r\n松园,\"他说\"\"好\"\"\"\r\n"
        #expect(csv == expected)
    }

    @Test func csvOfAReportReadsBackWithTheCSVReader() throws {
        let csv = CSVReportRenderer(lineEnding: .lf).render(streetReport)
        let (header, records) = try CSVReader.parse(Data(csv.utf8))
        #expect(header == ["街道", "企业数"])
        #expect(records.map(\.fields) == [["将军路街道", "12"], ["般阳路", "9"]])
    }

    // MARK: - JSON

    @Test func jsonKeepsTheStructureWithNumbersAsNumbers() throws {
        var report = streetReport
        report.subtitle = "2022年"
        report.add(.figures(figures))
        report.add(.chart(Chart(kind: .pie, title: "占比", data: [("甲", 3), ("乙", 1)])))
        report.add(.text("说明"))
        let json = JSONReportRenderer().render(report)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["title"] as? String == "统计")
        #expect(root["subtitle"] as? String == "2022年")
        let sections = try #require(root["sections"] as? [[String: Any]])
        #expect(sections[0]["title"] is NSNull)
        let blocks = try #require(sections[0]["blocks"] as? [[String: Any]])
        #expect(blocks.map { $0["type"] as? String } == ["table", "figures", "chart", "text"])
        let rows = try #require(blocks[0]["rows"] as? [[Any]])
        #expect(rows[0][0] as? String == "将军路街道")
        #expect((rows[0][1] as? NSNumber)?.intValue == 12)
        let figure = try #require((blocks[1]["figures"] as? [[String: Any]])?.first)
        #expect((figure["value"] as? NSNumber)?.doubleValue == 26.0 / 28.0)
        #expect(figure["display"] as? String == "92.9%")
        #expect(figure["kind"] as? String == "percent")
        #expect(blocks[2]["kind"] as? String == "pie")
        #expect(blocks[3]["text"] as? String == "说明")
    }

    @Test func jsonIsPrettyPrintedWithSortedKeys() throws {
        let json = JSONReportRenderer().render(streetReport)
        #expect(json.hasPrefix("{\n  \"sections\" : ["))
        let sections = try #require(json.range(of: "\"sections\""))
        let subtitle = try #require(json.range(of: "\"subtitle\""))
        let title = try #require(json.range(of: "\"title\" : \"统计\""))
        #expect(sections.lowerBound < subtitle.lowerBound && subtitle.lowerBound < title.lowerBound)
    }

    // MARK: - HTML

    @Test func htmlIsOneSelfContainedChinesePage() {
        let html = HTMLReportRenderer().render(streetReport)
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"zh-CN\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("\"Noto Sans CJK SC\", \"WenQuanYi Micro Hei\""))
        #expect(html.contains("sans-serif"))
        #expect(html.contains("@media print"))
        for external in ["http:", "https:", "<link", "<script", "src=", "@import", "url("] {
            #expect(!html.contains(external), "\(external)")
        }
        #expect(html.contains("<td class=\"num\">12</td>"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func htmlEscapesEveryPieceOfReportText() {
        let hostile = "<script>alert('x') & \"y\"</script>"
        var report = Report(title: hostile, subtitle: hostile)
        report.add(.figures([Figure(label: hostile, value: .text(hostile), unit: hostile, note: hostile)]))
        report.add(.table(ReportTable(title: hostile, headings: [hostile], rows: [[.text(hostile)]])))
        report.add(.chart(Chart(kind: .bar, title: hostile, data: [(hostile, 1)])))
        report.add(.chart(Chart(kind: .pie, title: hostile, data: [(hostile, 1), ("b", 2)])))
        report.add(.text(hostile))
        let html = HTMLReportRenderer().render(report)
        #expect(!html.contains("<script"))
        #expect(!html.contains("'x'"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"))
    }

    @Test func htmlDrawsEveryChartKindAsInlineSVG() {
        let html = HTMLReportRenderer().render(chartReport)
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        let svg = SVGChartRenderer()
        let charts = chartReport.sections[0].charts
        let bar = svg.svg(for: charts[0]), line = svg.svg(for: charts[1]), pie = svg.svg(for: charts[2])
        #expect(bar.hasPrefix("<svg") && bar.contains("<rect") && bar.contains(">132</text>"))
        #expect(bar.contains(">将军路街道</text>") && bar.contains(">2022年</text>"))
        #expect(bar.contains(SVGChartRenderer.palette[0]) && bar.contains(SVGChartRenderer.palette[1]))
        #expect(line.hasPrefix("<svg") && line.contains("<polyline") && line.contains("<circle"))
        #expect(line.contains(">14</text>") && line.contains(">2月</text>"))
        #expect(pie.hasPrefix("<svg") && pie.contains("<path") && pie.contains(" A"))
        #expect(pie.contains(">环境 75% (3)</text>") && pie.contains(">停车 25% (1)</text>"))
    }

    @Test func svgChartsAreDeterministic() {
        let chart = chartReport.sections[0].charts[0]
        #expect(SVGChartRenderer().svg(for: chart) == SVGChartRenderer().svg(for: chart))
    }

    @Test func chartsWithoutDataSayNoData() {
        let empty = Chart(kind: .line, title: "空", labels: [], series: [])
        #expect(SVGChartRenderer().svg(for: empty).contains("无数据"))
        let zero = Chart(kind: .pie, title: "零", data: [("甲", 0)])
        #expect(SVGChartRenderer().svg(for: zero).contains("无数据"))
    }
}
