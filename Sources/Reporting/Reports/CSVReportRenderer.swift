import Foundation

/// Renders the data of a report as CSV: every table, figure group and chart as its own CSV table.
///
/// The output starts with a UTF-8 byte order mark so that Excel opens Chinese text correctly.
/// Each table is a header line and its rows, quoted as RFC 4180 asks; tables are separated by
/// one blank line. Titles, headings and text blocks are left out, since CSV has no place for them.
///
/// - A group of figures becomes a "指标,数值,单位" table.
/// - A chart becomes a table of its data: "类别", one column per series, and "占比" for a pie.
/// - Numbers are written in full precision ("0.3333333333333333"); percentages as shown ("92.9%"),
///   which Excel reads as numbers; booleans as "是" and "否".
///
/// ```text
/// \u{FEFF}指标,数值,单位
/// 物业企业,28,家
///
/// 街道,企业数
/// 将军路街道,12
/// ```
public struct CSVReportRenderer: ReportRenderer, Sendable, Equatable, Hashable {
    /// The line break after every record; "\r\n" by default, as RFC 4180 has it.
    public var lineEnding: CSVWriter.LineEnding

    /// Whether the output starts with a UTF-8 byte order mark; on by default for Excel, off for
    /// output piped into tools that do not expect one.
    public var includesBOM: Bool
    /// Whether charts are written as tables of their data; figures and tables always are.
    public var includesCharts: Bool

    /// Creates a CSV renderer with the given line ending, writing a byte order mark and chart
    /// data unless told not to.
    public init(lineEnding: CSVWriter.LineEnding = .crlf, includesBOM: Bool = true, includesCharts: Bool = true) {
        self.lineEnding = lineEnding
        self.includesBOM = includesBOM
        self.includesCharts = includesCharts
    }

    /// Returns the report's tables as CSV text, starting with a byte order mark if asked.
    public func render(_ report: Report) -> String {
        let writer = CSVWriter(includesBOM: false, lineEnding: lineEnding)
        let blocks = report.blocks.filter { block in
            if case .chart = block { return includesCharts }
            return true
        }
        let tables = blocks.compactMap(Self.table(for:))
        let parts = tables.map { table in
            writer.write(header: table.columns.map(\.label),
                         rows: table.normalizedRows.map { $0.map(Self.field(for:)) })
        }
        return (includesBOM ? "\u{FEFF}" : "") + parts.joined(separator: lineEnding.rawValue)
    }

    /// The table that stands for `block` in CSV, or `nil` for a block without data.
    static func table(for block: ReportBlock) -> ReportTable? {
        switch block {
        case .figures(let figures):
            return figures.isEmpty ? nil : ReportTable(figures: figures, includesUnit: true)
        case .table(let table):
            return table.columns.isEmpty ? nil : table
        case .chart(let chart):
            return chart.labels.isEmpty ? nil : chart.dataTable
        case .text:
            return nil
        }
    }

    /// The text of one value as a CSV field: numbers in full precision, the rest as displayed.
    static func field(for value: ReportValue) -> String {
        switch value {
        case .number(let number):
            guard number.isFinite else { return value.displayText }
            let text = number == number.rounded() && abs(number) < 1e15
                ? String(Int64(number)) : String(number)
            return text.contains("e") ? ReportValue.decimalText(number, fractionDigits: 12) : text
        default:
            return value.displayText
        }
    }
}
