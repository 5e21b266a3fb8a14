import Foundation

/// A chart of a report: categories along one axis and one or more series of values.
///
/// Bar and line charts draw every series; a pie chart draws the first series only, each category
/// a slice. The categories are the `labels`: a series with fewer values than labels is read as
/// zero for the rest, and values past the last label are not drawn.
///
/// ```swift
/// let complaints = Chart(kind: .bar, title: "各街道投诉量", labels: ["将军路街道", "般阳路街道"],
///                        series: [ChartSeries(name: "2022年", values: [132, 87])])
/// ```
public struct Chart: Sendable, Equatable, Hashable {
    /// The shape of a chart.
    public enum Kind: String, Sendable, Equatable, Hashable, CaseIterable {
        /// Vertical bars, one group per category.
        case bar
        /// A line through one point per category, one line per series.
        case line
        /// Slices of a circle: each category's share of the first series' total.
        case pie
    }

    /// The shape of the chart.
    public var kind: Kind
    /// The caption of the chart.
    public var title: String
    /// The category names, in order.
    public var labels: [String]
    /// The series of values, one value per category.
    public var series: [ChartSeries]

    /// Creates a chart from its kind, title, categories and series.
    public init(kind: Kind, title: String, labels: [String], series: [ChartSeries]) {
        self.kind = kind
        self.title = title
        self.labels = labels
        self.series = series
    }

    /// Creates a chart of one unnamed series from category–value pairs in order.
    public init(kind: Kind, title: String, data: [(label: String, value: Double)]) {
        self.init(kind: kind, title: title, labels: data.map(\.label),
                  series: [ChartSeries(name: "", values: data.map(\.value))])
    }

    /// The series a renderer draws: every series, or only the first for a pie.
    public var drawnSeries: [ChartSeries] {
        kind == .pie ? Array(series.prefix(1)) : series
    }

    /// The value of `series` at `category`; zero when missing or not finite.
    public func value(series index: Int, category: Int) -> Double {
        guard series.indices.contains(index), category >= 0,
              category < series[index].values.count else { return 0 }
        let value = series[index].values[category]
        return value.isFinite ? value : 0
    }

    /// Each category's share of the first series' total, counting negative values as zero.
    ///
    /// All shares are zero when the total is zero.
    public var shares: [Double] {
        let values = labels.indices.map { max(0, value(series: 0, category: $0)) }
        let total = values.reduce(0, +)
        guard total > 0 else { return values.map { _ in 0 } }
        return values.map { $0 / total }
    }
}

/// One named row of values in a chart, e.g. a year's figures per street.
public struct ChartSeries: Sendable, Equatable, Hashable {
    /// The series name shown in legends, e.g. "2022年"; may be empty for a single series.
    public var name: String
    /// One value per category of the chart.
    public var values: [Double]

    /// Creates a series from its name and values.
    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}

// MARK: - The chart's data as a table

extension Chart {
    /// The chart's data as a table: a "类别" column, one column per drawn series, and for a pie
    /// a "占比" column of shares. Markdown and CSV output show charts this way.
    var dataTable: ReportTable {
        let drawn = drawnSeries
        var columns = [ReportColumn(key: "label", label: "类别", alignment: .left)]
        for (index, series) in drawn.enumerated() {
            let name = series.name.isEmpty ? (drawn.count == 1 ? "数值" : "系列\(index + 1)") : series.name
            columns.append(ReportColumn(key: name, label: name, alignment: .right))
        }
        if kind == .pie {
            columns.append(ReportColumn(key: "share", label: "占比", alignment: .right))
        }
        let shares = kind == .pie ? self.shares : []
        let rows: [[ReportValue]] = labels.indices.map { category in
            var row: [ReportValue] = [.text(labels[category])]
            for index in drawn.indices {
                row.append(.number(value(series: index, category: category)))
            }
            if kind == .pie { row.append(.percent(shares[category])) }
            return row
        }
        return ReportTable(title: title, columns: columns, rows: rows)
    }
}
