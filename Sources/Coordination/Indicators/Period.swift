import Foundation
import Kernel

/// A calendar month, quarter or year: the unit a meeting cadence counts in.
///
/// ```swift
/// Period(parsing: "2022Q4")        // 2022-10-01 … 2022-12-31, "2022Q4"
/// Period(parsing: "2023-01")       // January 2023
/// Period.all(.quarter, from: start, through: end)   // the quarters wholly inside
/// ```
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Month, quarter or year.
    public var kind: Coordination.CadencePeriod
    /// Its first day.
    public var start: CalendarDate
    /// Its last day.
    public var end: CalendarDate

    /// The period of `kind` containing `date`.
    public init(_ kind: Coordination.CadencePeriod, containing date: CalendarDate) {
        self.kind = kind
        let firstMonth = switch kind {
        case .month: date.month
        case .quarter: (date.quarter - 1) * 3 + 1
        case .year: 1
        }
        let months = switch kind {
        case .month: 1
        case .quarter: 3
        case .year: 12
        }
        start = CalendarDate(year: date.year, month: firstMonth, day: 1) ?? date
        let next = Self.firstDay(year: date.year, month: firstMonth + months)
        end = next.adding(days: -1)
    }

    /// Parses `2023` (a year), `2023-01` or `2023-1` (a month), `2023Q1` or `2023-Q1` (a quarter).
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        if let year = Int(trimmed), trimmed.count == 4, let day = CalendarDate(year: year, month: 1, day: 1) {
            self.init(.year, containing: day)
        } else if let q = trimmed.firstIndex(of: "Q") {
            let yearText = trimmed[..<q].trimmingCharacters(in: CharacterSet(charactersIn: "-"))
            guard let year = Int(yearText), yearText.count == 4, let quarter = Int(trimmed[trimmed.index(after: q)...]),
                  (1...4).contains(quarter), let day = CalendarDate(year: year, month: quarter * 3, day: 1)
            else { return nil }
            self.init(.quarter, containing: day)
        } else {
            let parts = trimmed.split(separator: "-")
            guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
                  let day = CalendarDate(year: year, month: month, day: 1)
            else { return nil }
            self.init(.month, containing: day)
        }
    }

    /// The periods of `kind` lying wholly within `from`…`through`, in order.
    public static func all(_ kind: Coordination.CadencePeriod, from: CalendarDate, through: CalendarDate) -> [Period] {
        var periods: [Period] = []
        var period = Period(kind, containing: from)
        while period.start <= through {
            if period.start >= from && period.end <= through { periods.append(period) }
            period = Period(kind, containing: period.end.adding(days: 1))
        }
        return periods
    }

    /// Whether `date` falls in the period.
    public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }

    /// `2023-01`, `2022Q4` or `2022`.
    public var description: String {
        switch kind {
        case .month: String(format: "%04d-%02d", start.year, start.month)
        case .quarter: "\(start.year)Q\(start.quarter)"
        case .year: String(start.year)
        }
    }

    /// `2023年1月`, `2022年第4季度`, `2022年`.
    public var chineseName: String {
        switch kind {
        case .month: "\(start.year)年\(start.month)月"
        case .quarter: "\(start.year)年第\(start.quarter)季度"
        case .year: "\(start.year)年"
        }
    }

    /// Earlier start first, then earlier end.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    private static func firstDay(year: Int, month: Int) -> CalendarDate {
        let carried = (month - 1) / 12
        return CalendarDate(year: year + carried, month: (month - 1) % 12 + 1, day: 1) ?? CalendarDate(dayNumber: 0)
    }
}
