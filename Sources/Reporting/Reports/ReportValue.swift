import Foundation

/// One value shown in a report: text, a count, a measure, a ratio, a yes/no, or nothing.
///
/// A value keeps its kind so that every renderer can present it well: numbers are right-aligned in
/// text tables and written as numbers in JSON, ratios are shown as percentages, booleans in Chinese.
///
/// ```swift
/// let coverage: ReportValue = .percent(26.0 / 28.0)
/// coverage.displayText            // "92.9%"
/// ReportValue.percent(0.75).displayText   // "75%"
/// ```
public enum ReportValue: Sendable, Equatable, Hashable {
    /// Free text, shown as it is.
    case text(String)
    /// A whole number, such as a count of companies or party members.
    case integer(Int64)
    /// A measure with a fractional part, shown with at most two decimals ("3.14", "2.5", "7").
    case number(Double)
    /// A ratio between 0 and 1, shown as a percentage with one decimal, or none when whole.
    case percent(Double)
    /// A yes/no answer, shown as "是" or "否".
    case boolean(Bool)
    /// No value: an empty cell.
    case empty

    /// Creates an integer value from a Swift `Int`.
    public init(_ value: Int) {
        self = .integer(Int64(value))
    }

    /// Creates a number value from a `Double`.
    public init(_ value: Double) {
        self = .number(value)
    }

    /// Creates a text value, or `.empty` when `text` is `nil`.
    public init(_ text: String?) {
        self = text.map(ReportValue.text) ?? .empty
    }

    /// The text a person reads: "92.9%", "是", "1234.5"; empty for `.empty`.
    public var displayText: String {
        switch self {
        case .text(let text): return text
        case .integer(let value): return String(value)
        case .number(let value): return Self.numberText(value)
        case .percent(let ratio): return Self.decimalText(ratio * 100, fractionDigits: 1) + "%"
        case .boolean(let flag): return flag ? "是" : "否"
        case .empty: return ""
        }
    }

    /// Whether the value is a number of any kind (integer, number or percent).
    public var isNumeric: Bool {
        switch self {
        case .integer, .number, .percent: return true
        case .text, .boolean, .empty: return false
        }
    }

    /// The numeric value (a percent gives its ratio), or `nil` for text, booleans and `.empty`.
    public var doubleValue: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value), .percent(let value): return value
        case .text, .boolean, .empty: return nil
        }
    }

    /// The name of the value's kind, as written in JSON output: "text", "integer", "number", ….
    public var kindName: String {
        switch self {
        case .text: return "text"
        case .integer: return "integer"
        case .number: return "number"
        case .percent: return "percent"
        case .boolean: return "boolean"
        case .empty: return "empty"
        }
    }

    // MARK: - Formatting

    /// Formats a measure with at most two decimals, or up to six when two would show a non-zero as 0.
    static func numberText(_ value: Double) -> String {
        let text = decimalText(value, fractionDigits: 2)
        if value != 0, value.isFinite, text == "0" {
            return decimalText(value, fractionDigits: 6)
        }
        return text
    }

    /// Formats `value` rounded to `fractionDigits` decimals, without trailing zeros and without a
    /// locale: always "." and no grouping, so output is the same on every machine.
    static func decimalText(_ value: Double, fractionDigits: Int) -> String {
        guard value.isFinite else {
            return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞")
        }
        var scale: Int64 = 1
        for _ in 0..<max(0, fractionDigits) { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded()
        guard scaled < 9.0e15 else { return String(value) }
        let units = Int64(scaled)
        let whole = units / scale
        var fraction = String(units % scale)
        fraction = String(repeating: "0", count: max(0, fractionDigits - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = (value < 0 && units != 0) ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}

// MARK: - Literals

extension ReportValue: ExpressibleByStringLiteral {
    /// Creates a text value from a string literal.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension ReportValue: ExpressibleByIntegerLiteral {
    /// Creates an integer value from an integer literal.
    public init(integerLiteral value: Int64) {
        self = .integer(value)
    }
}

extension ReportValue: ExpressibleByFloatLiteral {
    /// Creates a number value from a floating-point literal.
    public init(floatLiteral value: Double) {
        self = .number(value)
    }
}

extension ReportValue: ExpressibleByBooleanLiteral {
    /// Creates a boolean value from `true` or `false`.
    public init(booleanLiteral value: Bool) {
        self = .boolean(value)
    }
}
