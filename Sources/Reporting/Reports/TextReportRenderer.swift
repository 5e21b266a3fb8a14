import Foundation

/// Renders a report as aligned plain text for a terminal or a `.txt` file.
///
/// Columns are padded by display width, so Chinese text lines up with ASCII in a monospaced
/// font. Output is deterministic and has no trailing spaces:
///
/// ```text
/// 物业党建统计
/// ============
///
/// 物业企业党组织覆盖率  92.9% (26 / 28)
///
/// 街道        企业数
/// ----------  ------
/// 将军路街道      12
///
/// 各街道投诉量
/// 将军路街道  ████████████████████████████████████████ 132
/// ```
///
/// Blocks are separated by one blank line. The title is underlined with "=" and section headings
/// with "-" to their display width. Charts become horizontal bars of "█", the largest value
/// `barWidth` columns long; pie charts show each share, 100% being `barWidth` columns.
public struct TextReportRenderer: ReportRenderer, Sendable, Equatable, Hashable {
    /// The length in columns of the longest bar of a chart.
    public var barWidth: Int

    /// Creates a text renderer whose longest chart bar is `barWidth` columns.
    public init(barWidth: Int = 40) {
        self.barWidth = max(1, barWidth)
    }

    /// Returns the report as aligned text ending with a line break.
    public func render(_ report: Report) -> String {
        var chunks: [[String]] = []
        var head: [String] = []
        let title = report.title.singleLine
        if !title.isEmpty {
            head += [title, "=".repeated(title.displayWidth)]
        }
        if let subtitle = report.subtitle?.singleLine, !subtitle.isEmpty {
            head.append(subtitle)
        }
        chunks.append(head)
        for section in report.sections {
            if let heading = section.title?.singleLine, !heading.isEmpty {
                chunks.append([heading, "-".repeated(heading.displayWidth)])
            }
            for block in section.blocks {
                chunks.append(lines(for: block))
            }
        }
        let text = chunks.filter { !$0.isEmpty }.map(\.joinedAsLines).joined(separator: "\n")
        return text.isEmpty ? "\n" : text
    }

    /// The lines of one block, without blank lines around it.
    func lines(for block: ReportBlock) -> [String] {
        switch block {
        case .figures(let figures): return figureLines(figures)
        case .table(let table): return tableLines(table)
        case .chart(let chart): return chartLines(chart)
        case .text(let text):
            var lines = text.physicalLines.map(\.trimmingTrailingSpaces)
            while lines.last?.isEmpty == true { lines.removeLast() }
            while lines.first?.isEmpty == true { lines.removeFirst() }
            return lines
        }
    }

    // MARK: - Figures

    /// One "label  value unit (note)" line per figure, labels and values aligned.
    func figureLines(_ figures: [Figure]) -> [String] {
        let labels = figures.map(\.label.singleLine)
        let values = figures.map(\.value.displayText.singleLine)
        let labelWidth = labels.map(\.displayWidth).max() ?? 0
        let valueWidth = values.map(\.displayWidth).max() ?? 0
        return figures.indices.map { index in
            var line = labels[index].padded(toDisplayWidth: labelWidth) + "  "
                + values[index].padded(toDisplayWidth: valueWidth, alignment: .right)
            if let unit = figures[index].unit?.singleLine, !unit.isEmpty { line += " " + unit }
            if let note = figures[index].note?.singleLine, !note.isEmpty { line += " (" + note + ")" }
            return line.trimmingTrailingSpaces
        }
    }

    // MARK: - Tables

    /// The caption, the header, a rule of "-" and the rows, each column padded to its width.
    func tableLines(_ table: ReportTable) -> [String] {
        var lines: [String] = []
        if let title = table.title?.singleLine, !title.isEmpty { lines.append(title) }
        guard !table.columns.isEmpty else { return lines }
        let alignments = table.resolvedAlignments
        let header = table.columns.map(\.label.singleLine)
        let body = table.normalizedRows.map { row in row.map(\.displayText.singleLine) }
        let widths = header.indices.map { column in
            max(1, header[column].displayWidth, body.map { $0[column].displayWidth }.max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { cells[$0].padded(toDisplayWidth: widths[$0], alignment: alignments[$0]) }
                .joined(separator: "  ")
        }
        lines.append(line(header))
        lines.append(widths.map { "-".repeated($0) }.joined(separator: "  "))
        lines += body.map(line)
        return lines
    }

    // MARK: - Charts

    /// The caption and one bar row per category, or per category and series.
    func chartLines(_ chart: Chart) -> [String] {
        var lines: [String] = []
        if !chart.title.isEmpty { lines.append(chart.title.singleLine) }
        let series = chart.drawnSeries
        guard !chart.labels.isEmpty, !series.isEmpty else { return lines + ["(无数据)"] }
        let labels = chart.labels.map(\.singleLine)
        let labelWidth = labels.map(\.displayWidth).max() ?? 0
        if chart.kind == .pie {
            let shares = chart.shares
            for index in labels.indices {
                let value = ReportValue.number(chart.value(series: 0, category: index)).displayText
                let text = ReportValue.percent(shares[index]).displayText + " (" + value + ")"
                lines.append(row(labels[index].padded(toDisplayWidth: labelWidth), bar(shares[index], of: 1), text))
            }
            return lines
        }
        let names = series.indices.map { series[$0].name.isEmpty ? "系列\($0 + 1)" : series[$0].name.singleLine }
        let nameWidth = names.map(\.displayWidth).max() ?? 0
        let largest = labels.indices.flatMap { category in
            series.indices.map { abs(chart.value(series: $0, category: category)) }
        }.max() ?? 0
        for category in labels.indices {
            for index in series.indices {
                let value = chart.value(series: index, category: category)
                var lead = (index == 0 ? labels[category] : "").padded(toDisplayWidth: labelWidth)
                if series.count > 1 { lead += "  " + names[index].padded(toDisplayWidth: nameWidth) }
                lines.append(row(lead, bar(abs(value), of: largest), ReportValue.number(value).displayText))
            }
        }
        return lines
    }

    /// A chart row: the lead, two spaces, the bar and its value separated by a space.
    private func row(_ lead: String, _ bar: String, _ value: String) -> String {
        (lead + "  " + (bar.isEmpty ? value : bar + " " + value)).trimmingTrailingSpaces
    }

    /// A bar of "█" for `magnitude`, `barWidth` long at `maximum`, at least one for any non-zero.
    private func bar(_ magnitude: Double, of maximum: Double) -> String {
        guard maximum > 0, magnitude > 0 else { return "" }
        let length = Int((magnitude / maximum * Double(barWidth)).rounded())
        return "█".repeated(min(barWidth, max(1, length)))
    }
}
