import Foundation

/// A report: a titled list of sections of figures, tables, charts and text, ready to render.
///
/// A report is plain data. Swift code and Lua scripts build one the same way, then render it as
/// aligned text, Markdown, CSV, JSON or a self-contained HTML page.
///
/// ```swift
/// var report = Report(title: "物业党建工作统计", subtitle: "淄川区 · 2022年度")
/// report.addSection("一、组织覆盖") { section in
///     section.add(figures: [Figure.ratio("物业企业党组织覆盖率", 26, of: 28)])
/// }
/// print(report.rendered(as: .text))
/// ```
public struct Report: Sendable, Equatable, Hashable {
    /// The title of the report.
    public var title: String
    /// A line under the title (area, period, source), or `nil` for none.
    public var subtitle: String?
    /// The sections, in display order.
    public var sections: [ReportSection]

    /// Creates a report from its title, optional subtitle and sections.
    public init(title: String, subtitle: String? = nil, sections: [ReportSection] = []) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
    }

    /// Creates a report and fills it in with `build`.
    ///
    /// ```swift
    /// let report = Report(title: "网格服务统计") { report in
    ///     report.add(.figures([Figure("网格员", count: 412, unit: "人")]))
    /// }
    /// ```
    public init(title: String, subtitle: String? = nil, build: (inout Report) throws -> Void) rethrows {
        self.init(title: title, subtitle: subtitle)
        try build(&self)
    }

    // MARK: - Building

    /// Appends a section.
    public mutating func add(_ section: ReportSection) {
        sections.append(section)
    }

    /// Appends a section with the given heading, filled in by `build`.
    public mutating func addSection(_ title: String? = nil, _ build: (inout ReportSection) throws -> Void) rethrows {
        var section = ReportSection(title: title)
        try build(&section)
        sections.append(section)
    }

    /// Appends a block to the last section, starting an untitled section when there is none.
    public mutating func add(_ block: ReportBlock) {
        if sections.isEmpty {
            sections.append(ReportSection())
        }
        sections[sections.count - 1].add(block)
    }

    /// Returns a copy of the report with `section` appended, for building in one expression.
    public func adding(_ section: ReportSection) -> Report {
        var copy = self
        copy.add(section)
        return copy
    }

    // MARK: - Reading

    /// Whether the report has no blocks in any section.
    public var isEmpty: Bool {
        sections.allSatisfy(\.isEmpty)
    }

    /// The first section with the heading `title`, or `nil` when there is none.
    public func section(titled title: String) -> ReportSection? {
        sections.first { $0.title == title }
    }

    /// All blocks of the report, section after section.
    public var blocks: [ReportBlock] {
        sections.flatMap(\.blocks)
    }

    // MARK: - Rendering

    /// Renders the report in `format`.
    public func rendered(as format: ReportFormat) -> String {
        format.renderer.render(self)
    }
}
