import Foundation

/// An output format for reports, named as on the command line (`--format md`).
///
/// ```swift
/// let format = ReportFormat(name: "markdown") ?? .text   // .md
/// let page = ReportFormat.html.render(report)
/// try page.write(toFile: "report.\(ReportFormat.html.fileExtension)", atomically: true, encoding: .utf8)
/// ```
public enum ReportFormat: String, CaseIterable, Sendable, Equatable, Hashable {
    /// Aligned plain text for a terminal, with CJK text aligned by display width.
    case text
    /// Markdown with pipe tables.
    case md
    /// CSV of every table, with a UTF-8 byte order mark so that Excel reads Chinese correctly.
    case csv
    /// Pretty-printed JSON of the whole report, with sorted keys.
    case json
    /// One self-contained HTML page with inline CSS and SVG charts.
    case html

    /// Finds a format by its name or a common alias ("txt", "markdown", "htm"), ignoring case.
    public init?(name: String) {
        let name = name.trimmingCharacters(in: .whitespaces).lowercased()
        if let format = ReportFormat(rawValue: name) {
            self = format
            return
        }
        switch name {
        case "txt", "plain": self = .text
        case "markdown": self = .md
        case "htm": self = .html
        default: return nil
        }
    }

    /// Finds the format of an output file from its extension: "统计.html" gives `.html`,
    /// "out.txt" `.text`; `nil` for a path without a known extension.
    public init?(path: String) {
        let pathExtension = URL(fileURLWithPath: path).pathExtension
        guard !pathExtension.isEmpty, let format = ReportFormat(name: pathExtension) else { return nil }
        self = format
    }

    /// The renderer that produces this format.
    public var renderer: any ReportRenderer {
        switch self {
        case .text: return TextReportRenderer()
        case .md: return MarkdownReportRenderer()
        case .csv: return CSVReportRenderer()
        case .json: return JSONReportRenderer()
        case .html: return HTMLReportRenderer()
        }
    }

    /// Renders `report` in this format.
    public func render(_ report: Report) -> String {
        renderer.render(report)
    }

    /// The usual file name extension, without the dot: "txt", "md", "csv", "json", "html".
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .md: return "md"
        case .csv: return "csv"
        case .json: return "json"
        case .html: return "html"
        }
    }

    /// The media type of the output, with its character set.
    public var mediaType: String {
        switch self {
        case .text: return "text/plain; charset=utf-8"
        case .md: return "text/markdown; charset=utf-8"
        case .csv: return "text/csv; charset=utf-8"
        case .json: return "application/json"
        case .html: return "text/html; charset=utf-8"
        }
    }
}
