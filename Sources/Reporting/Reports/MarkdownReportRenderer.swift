import Foundation

/// Renders a report as Markdown: headings, pipe tables and paragraphs.
///
/// The title is a `#` heading and sections are `##` headings; table and chart captions are `###`
/// headings. Figures become a two-column "指标 | 数值" table, and charts a table of their data.
/// Pipes in cells are escaped as `\|` and line breaks become `<br>`, so every row stays one line.
///
/// ```markdown
/// # 物业党建统计
///
/// ## 一、组织覆盖
///
/// | 指标 | 数值 |
/// | --- | --- |
/// | 物业企业党组织覆盖率 | 92.9% (26 / 28) |
/// ```
public struct MarkdownReportRenderer: ReportRenderer, Sendable, Equatable, Hashable {
    /// Creates a Markdown renderer.
    public init() {}

    /// Returns the report as Markdown ending with a line break.
    public func render(_ report: Report) -> String {
        var chunks: [String] = []
        if !report.title.isEmpty {
            chunks.append("# " + report.title.singleLine)
        }
        if let subtitle = report.subtitle, !subtitle.isEmpty {
            chunks.append(subtitle.singleLine)
        }
        for section in report.sections {
            if let heading = section.title, !heading.isEmpty {
                chunks.append("## " + heading.singleLine)
            }
            for block in section.blocks {
                let text = markdown(for: block)
                if !text.isEmpty { chunks.append(text) }
            }
        }
        return chunks.map(\.trimmingTrailingSpaces).joined(separator: "\n\n") + "\n"
    }

    /// The Markdown of one block, without blank lines around it.
    func markdown(for block: ReportBlock) -> String {
        switch block {
        case .figures(let figures):
            return figures.isEmpty ? "" : pipeTable(ReportTable(figures: figures, includesUnit: false))
        case .table(let table):
            return captioned(table.title, pipeTable(table))
        case .chart(let chart):
            var data = chart.dataTable
            data.title = nil
            return captioned(chart.title, chart.labels.isEmpty ? "(无数据)" : pipeTable(data))
        case .text(let text):
            let lines = text.physicalLines.map(\.trimmingTrailingSpaces)
            return lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
        }
    }

    /// The table under a `###` caption, or alone when there is no caption.
    private func captioned(_ title: String?, _ body: String) -> String {
        guard let title = title?.singleLine, !title.isEmpty else { return body }
        return body.isEmpty ? "### " + title : "### " + title + "\n\n" + body
    }

    /// A pipe table: header, alignment row, one line per row.
    func pipeTable(_ table: ReportTable) -> String {
        guard !table.columns.isEmpty else { return "" }
        let alignments = table.resolvedAlignments.map { alignment -> String in
            switch alignment {
            case .left: return "---"
            case .right: return "---:"
            case .center: return ":---:"
            }
        }
        var lines = [row(table.columns.map(\.label)), row(alignments, escaping: false)]
        for cells in table.normalizedRows {
            lines.append(row(cells.map(\.displayText)))
        }
        return lines.joined(separator: "\n")
    }

    /// One table line: `| a | b |`.
    private func row(_ cells: [String], escaping: Bool = true) -> String {
        let texts = escaping ? cells.map(Self.escapeCell) : cells
        return "| " + texts.joined(separator: " | ") + " |"
    }

    /// A cell's text made safe for a pipe table: `|` escaped, line breaks as `<br>`.
    static func escapeCell(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "|": result += "\\|"
            case _ where character.isNewline: result += "<br>"
            default: result.append(character)
            }
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
