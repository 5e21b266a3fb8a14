import Foundation

/// Renders a report as one self-contained HTML page that opens offline and prints well.
///
/// The page has no external assets: the style sheet is inline, charts are inline SVG, and the
/// fonts are whatever the machine has, preferring "Noto Sans CJK SC" and "WenQuanYi Micro Hei"
/// (Debian's CJK fonts) before a generic sans-serif. Figures are cards, tables have a striped
/// body with numbers right-aligned, and `@media print` keeps cards, charts and rows on one page.
/// All report text is HTML-escaped (`&`, `<`, `>`, `"`, `'`).
///
/// ```swift
/// let page = HTMLReportRenderer().render(report)
/// try page.write(toFile: "党建统计.html", atomically: true, encoding: .utf8)
/// ```
public struct HTMLReportRenderer: ReportRenderer, Sendable, Equatable, Hashable {
    /// Creates an HTML renderer.
    public init() {}

    /// Returns the report as a complete HTML document.
    public func render(_ report: Report) -> String {
        var html = """
            <!doctype html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(report.title.htmlEscaped)</title>
            <style>
            \(Self.styleSheet)
            </style>
            </head>
            <body>
            <main>
            <header>
            <h1>\(report.title.htmlEscaped)</h1>

            """
        if let subtitle = report.subtitle, !subtitle.isEmpty {
            html += "<p class=\"subtitle\">\(subtitle.htmlEscaped)</p>\n"
        }
        html += "</header>\n"
        for section in report.sections {
            html += "<section>\n"
            if let heading = section.title, !heading.isEmpty {
                html += "<h2>\(heading.htmlEscaped)</h2>\n"
            }
            for block in section.blocks {
                html += self.html(for: block)
            }
            html += "</section>\n"
        }
        return html + "</main>\n</body>\n</html>\n"
    }

    /// The HTML of one block, ending with a line break.
    func html(for block: ReportBlock) -> String {
        switch block {
        case .figures(let figures):
            let cards = figures.map { figure -> String in
                var card = "<div class=\"card\"><div class=\"label\">\(figure.label.htmlEscaped)</div>"
                card += "<div class=\"value\">\(figure.value.displayText.htmlEscaped)"
                if let unit = figure.unit, !unit.isEmpty {
                    card += "<span class=\"unit\">\(unit.htmlEscaped)</span>"
                }
                card += "</div>"
                if let note = figure.note, !note.isEmpty {
                    card += "<div class=\"note\">\(note.htmlEscaped)</div>"
                }
                return card + "</div>\n"
            }
            return "<div class=\"figures\">\n" + cards.joined() + "</div>\n"
        case .table(let table):
            return self.html(for: table)
        case .chart(let chart):
            return "<figure class=\"chart\">\n<figcaption>\(chart.title.htmlEscaped)</figcaption>\n"
                + SVGChartRenderer().svg(for: chart) + "</figure>\n"
        case .text(let text):
            var paragraphs: [[String]] = [[]]
            for line in text.physicalLines {
                let line = line.trimmingCharacters(in: .whitespaces)
                if !line.isEmpty {
                    paragraphs[paragraphs.count - 1].append(line.htmlEscaped)
                } else if paragraphs[paragraphs.count - 1].isEmpty == false {
                    paragraphs.append([])
                }
            }
            let html = paragraphs.filter { !$0.isEmpty }.map { "<p>" + $0.joined(separator: "<br>\n") + "</p>\n" }
            return "<div class=\"text\">\n" + html.joined() + "</div>\n"
        }
    }

    /// A table with caption, header and body; numeric columns get the class "num".
    func html(for table: ReportTable) -> String {
        let classes = table.resolvedAlignments.map { alignment -> String in
            switch alignment {
            case .left: return ""
            case .right: return " class=\"num\""
            case .center: return " class=\"center\""
            }
        }
        var html = "<table>\n"
        if let title = table.title, !title.isEmpty {
            html += "<caption>\(title.htmlEscaped)</caption>\n"
        }
        html += "<thead><tr>"
        for (index, column) in table.columns.enumerated() {
            html += "<th\(classes[index]) scope=\"col\">\(column.label.htmlEscaped)</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.normalizedRows {
            html += "<tr>" + row.indices.map { "<td\(classes[$0])>\(row[$0].displayText.htmlEscaped)</td>" }.joined()
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The page's inline style sheet, print rules included.
    static let styleSheet = """
        :root { --accent: #b71c1c; --ink: #222; --muted: #666; --line: #ddd; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f4f4f2; color: var(--ink);
          font: 15px/1.6 "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif; }
        main { max-width: 980px; margin: 0 auto; padding: 32px 28px 48px; background: #fff; }
        header { border-bottom: 3px solid var(--accent); margin-bottom: 24px; }
        h1 { font-size: 26px; margin: 0 0 4px; color: var(--accent); }
        .subtitle { margin: 0 0 12px; color: var(--muted); }
        h2 { font-size: 20px; margin: 32px 0 12px; padding-left: 10px; border-left: 4px solid var(--accent); }
        .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; margin: 12px 0 24px; }
        .card { border: 1px solid var(--line); border-top: 3px solid var(--accent); border-radius: 6px; padding: 12px 14px; }
        .card .label { color: var(--muted); font-size: 13px; }
        .card .value { font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; }
        .card .unit { font-size: 14px; font-weight: 400; margin-left: 4px; color: var(--muted); }
        .card .note { font-size: 12px; color: var(--muted); }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 24px; font-size: 14px; }
        caption { text-align: left; font-weight: 700; padding: 6px 0; }
        th, td { border: 1px solid var(--line); padding: 6px 10px; text-align: left; vertical-align: top; }
        thead th { background: #f6e7e7; }
        tbody tr:nth-child(even) { background: #fafafa; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .center { text-align: center; }
        figure.chart { margin: 8px 0 24px; }
        figcaption { font-weight: 700; margin-bottom: 6px; }
        svg { display: block; max-width: 100%; height: auto; }
        .text p { margin: 8px 0; }
        @media print {
          body { background: #fff; font-size: 12px; }
          main { max-width: none; padding: 0; }
          .card, figure.chart, tr { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          h2 { break-after: avoid; page-break-after: avoid; }
          tbody tr:nth-child(even) { background: #fff; }
        }
        """
}
