import Foundation

/// A part of a report under one heading, holding blocks in the order they are shown.
///
/// ```swift
/// var section = ReportSection(title: "一、组织覆盖")
/// section.add(figures: [Figure.ratio("物业企业党组织覆盖率", 26, of: 28)])
/// section.add(text: "覆盖率按已建立党组织的在册物业企业计算。")
/// ```
public struct ReportSection: Sendable, Equatable, Hashable {
    /// The heading of the section, or `nil` for a section shown without one.
    public var title: String?
    /// The blocks of the section, in display order.
    public var blocks: [ReportBlock]

    /// Creates a section from its heading and blocks.
    public init(title: String? = nil, blocks: [ReportBlock] = []) {
        self.title = title
        self.blocks = blocks
    }

    /// Appends a block.
    public mutating func add(_ block: ReportBlock) {
        blocks.append(block)
    }

    /// Appends a group of figures.
    public mutating func add(figures: [Figure]) {
        blocks.append(.figures(figures))
    }

    /// Appends a table.
    public mutating func add(_ table: ReportTable) {
        blocks.append(.table(table))
    }

    /// Appends a chart.
    public mutating func add(_ chart: Chart) {
        blocks.append(.chart(chart))
    }

    /// Appends a paragraph of text.
    public mutating func add(text: String) {
        blocks.append(.text(text))
    }

    /// Returns a copy of the section with `block` appended, for building in one expression.
    public func adding(_ block: ReportBlock) -> ReportSection {
        var copy = self
        copy.add(block)
        return copy
    }

    /// Whether the section has no blocks.
    public var isEmpty: Bool {
        blocks.isEmpty
    }

    /// All tables of the section, in order.
    public var tables: [ReportTable] {
        blocks.compactMap { block in
            if case .table(let table) = block { return table }
            return nil
        }
    }

    /// All charts of the section, in order.
    public var charts: [Chart] {
        blocks.compactMap { block in
            if case .chart(let chart) = block { return chart }
            return nil
        }
    }

    /// All figures of the section, in order, across its figure groups.
    public var figures: [Figure] {
        blocks.flatMap { block -> [Figure] in
            if case .figures(let figures) = block { return figures }
            return []
        }
    }
}

// MARK: - Blocks

/// One piece of a report section: a group of figures, a table, a chart or a paragraph of text.
///
/// Blocks are shown in the order they were added. Each renderer decides how a kind of block looks:
/// figures become aligned lines, a two-column table or cards; charts become bars of "█" in text,
/// a data table in Markdown and CSV, and inline SVG in HTML.
///
/// ```swift
/// let block: ReportBlock = .figures([Figure(label: "物业企业", value: 28, unit: "家")])
/// block.typeName   // "figures"
/// ```
public enum ReportBlock: Sendable, Equatable, Hashable {
    /// A group of headline figures shown together.
    case figures([Figure])
    /// A table of rows and columns.
    case table(ReportTable)
    /// A bar, line or pie chart.
    case chart(Chart)
    /// A paragraph of plain text; blank lines separate paragraphs.
    case text(String)

    /// The block's kind as written in the "type" field of JSON output: "figures", "table", "chart"
    /// or "text".
    public var typeName: String {
        switch self {
        case .figures: return "figures"
        case .table: return "table"
        case .chart: return "chart"
        case .text: return "text"
        }
    }

    /// The block's own title (a table's or chart's), or `nil` for figures, text and untitled tables.
    public var title: String? {
        switch self {
        case .table(let table): return table.title
        case .chart(let chart): return chart.title
        case .figures, .text: return nil
        }
    }

    /// Whether the block has nothing to show: no figures, no columns, or only whitespace.
    ///
    /// A table with columns but no rows is not empty: its header says what was looked for.
    public var isEmpty: Bool {
        switch self {
        case .figures(let figures): return figures.isEmpty
        case .table(let table): return table.columns.isEmpty
        case .chart(let chart): return chart.labels.isEmpty && chart.title.isEmpty
        case .text(let text): return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
    }
}
