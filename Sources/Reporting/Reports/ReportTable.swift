import Foundation

/// A titled table of a report: columns and rows of values.
///
/// Rows are matched to columns by position. A row shorter than the columns is read as if padded
/// with `.empty`; cells past the last column are not shown by any renderer.
///
/// ```swift
/// var table = ReportTable(title: "各街道物业企业", columns: [
///     ReportColumn(key: "street", label: "街道"),
///     ReportColumn(key: "companies", label: "企业数"),
/// ])
/// table.addRow(["将军路街道", 12])
/// table.addRow(["般阳路街道", 9])
/// ```
public struct ReportTable: Sendable, Equatable, Hashable {
    /// The caption above the table, or `nil` for none.
    public var title: String?
    /// The columns, in display order.
    public var columns: [ReportColumn]
    /// The rows, each a list of values in column order.
    public var rows: [[ReportValue]]

    /// Creates a table from its columns and rows.
    public init(title: String? = nil, columns: [ReportColumn], rows: [[ReportValue]] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// Creates a table whose column keys are its headings, for quick tables from scripts.
    public init(title: String? = nil, headings: [String], rows: [[ReportValue]] = []) {
        self.init(title: title, columns: headings.map { ReportColumn(key: $0) }, rows: rows)
    }

    /// Appends a row of values in column order.
    public mutating func addRow(_ row: [ReportValue]) {
        rows.append(row)
    }

    /// Whether the table has no rows.
    public var isEmpty: Bool {
        rows.isEmpty
    }

    /// The value at `row` and `column`, or `.empty` when that cell is missing.
    public func cell(row: Int, column: Int) -> ReportValue {
        guard rows.indices.contains(row), column >= 0, column < rows[row].count else { return .empty }
        return rows[row][column]
    }

    /// The rows cut or padded with `.empty` to exactly one value per column.
    public var normalizedRows: [[ReportValue]] {
        rows.map { row in
            (0..<columns.count).map { $0 < row.count ? row[$0] : .empty }
        }
    }

    /// The alignment the renderers use for the column at `index`.
    ///
    /// A column's own alignment wins; without one, a column is right-aligned when it has at least
    /// one value and every non-empty value in it is numeric, and left-aligned otherwise.
    public func alignment(ofColumn index: Int) -> ColumnAlignment {
        guard columns.indices.contains(index) else { return .left }
        if let alignment = columns[index].alignment { return alignment }
        var sawNumber = false
        for row in rows where index < row.count {
            let value = row[index]
            if value == .empty { continue }
            guard value.isNumeric else { return .left }
            sawNumber = true
        }
        return sawNumber ? .right : .left
    }

    /// The alignments of all columns, in order, as the renderers use them.
    public var resolvedAlignments: [ColumnAlignment] {
        columns.indices.map { alignment(ofColumn: $0) }
    }
}

// MARK: - Figures as a table

extension ReportTable {
    /// Creates the "指标 / 数值 / 单位" table that Markdown and CSV output use for figures.
    ///
    /// With `includesUnit` false the unit is folded into the value column and the note is added
    /// after it, giving the two-column form used in Markdown.
    init(figures: [Figure], includesUnit: Bool) {
        if includesUnit {
            self.init(columns: [
                ReportColumn(key: "label", label: "指标", alignment: .left),
                ReportColumn(key: "value", label: "数值"),
                ReportColumn(key: "unit", label: "单位", alignment: .left),
            ], rows: figures.map { [.text($0.label), $0.value, ReportValue($0.unit)] })
        } else {
            self.init(columns: [
                ReportColumn(key: "label", label: "指标", alignment: .left),
                ReportColumn(key: "value", label: "数值", alignment: .left),
            ], rows: figures.map { [.text($0.label), .text($0.summaryText)] })
        }
    }
}

// MARK: - Columns

/// Where text sits within a column that is wider than it.
public enum ColumnAlignment: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Text starts at the left edge; the default for text.
    case left
    /// Text ends at the right edge; the default for numbers.
    case right
    /// Text is centred, with any odd column of padding on the right.
    case center
}

/// One column of a report table: a stable key, the heading people read, and its alignment.
///
/// The key names the column in machine output (JSON) and in scripts; the label is what a table
/// shows as its heading. Leave `alignment` as `nil` to let the table decide: columns whose values
/// are all numbers are right-aligned, all others left-aligned.
///
/// ```swift
/// let street = ReportColumn(key: "street", label: "街道")
/// let count = ReportColumn(key: "companies", label: "企业数")           // right-aligned if numeric
/// let remark = ReportColumn(key: "remark", label: "备注", alignment: .left)
/// ```
public struct ReportColumn: Sendable, Equatable, Hashable {
    /// The machine name of the column, e.g. "companies".
    public var key: String
    /// The heading shown to people, e.g. "企业数".
    public var label: String
    /// The alignment of the column, or `nil` to right-align numeric columns and left-align others.
    public var alignment: ColumnAlignment?

    /// Creates a column; the label defaults to the key.
    public init(key: String, label: String? = nil, alignment: ColumnAlignment? = nil) {
        self.key = key
        self.label = label ?? key
        self.alignment = alignment
    }
}
