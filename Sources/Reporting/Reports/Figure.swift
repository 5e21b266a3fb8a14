import Foundation

/// One headline figure of a report: a labelled value with an optional unit and note.
///
/// Figures are the numbers an official quotes: coverage rates, counts, amounts. Renderers show a
/// group of them as aligned lines (text), a two-column table (Markdown, CSV) or cards (HTML).
///
/// ```swift
/// let coverage = Figure(label: "物业企业党组织覆盖率", value: .percent(0.9286), note: "26 / 28")
/// let companies = Figure(label: "物业企业", value: 28, unit: "家")
/// let same = Figure.ratio("物业企业党组织覆盖率", 26, of: 28)   // .percent(26/28), note "26 / 28"
/// ```
public struct Figure: Sendable, Equatable, Hashable {
    /// What the figure measures, e.g. "物业企业党组织覆盖率".
    public var label: String
    /// The measured value.
    public var value: ReportValue
    /// The unit written after the value, e.g. "家" or "人"; `nil` for none.
    public var unit: String?
    /// A short remark shown after the value, e.g. the fraction behind a rate ("26 / 28").
    public var note: String?

    /// Creates a figure from its label, value, and optional unit and note.
    public init(label: String, value: ReportValue, unit: String? = nil, note: String? = nil) {
        self.label = label
        self.value = value
        self.unit = unit
        self.note = note
    }

    /// Creates a figure of a count, such as `Figure("物业企业", count: 28, unit: "家")`.
    public init(_ label: String, count: Int, unit: String? = nil, note: String? = nil) {
        self.init(label: label, value: .integer(Int64(count)), unit: unit, note: note)
    }

    /// Creates a figure of a measure, such as `Figure("党建经费", number: 3000, unit: "元")`.
    public init(_ label: String, number: Double, unit: String? = nil, note: String? = nil) {
        self.init(label: label, value: .number(number), unit: unit, note: note)
    }

    /// Creates a figure of a ratio shown as a percentage, such as
    /// `Figure("回访满意率", percent: 0.986)` shown as "98.6%".
    public init(_ label: String, percent ratio: Double, note: String? = nil) {
        self.init(label: label, value: .percent(ratio), note: note)
    }

    /// Creates a rate figure from a part and a whole: the value is `part / whole` as a percent and
    /// the note reads "part / whole".
    ///
    /// When `whole` is zero the rate is undefined: the value is `.empty` and the note still shows
    /// "0 / 0", so the reader sees why.
    public static func ratio(_ label: String, _ part: Int, of whole: Int, note: String? = nil) -> Figure {
        let value: ReportValue = whole == 0 ? .empty : .percent(Double(part) / Double(whole))
        return Figure(label: label, value: value, note: note ?? "\(part) / \(whole)")
    }

    /// Returns a copy of the figure with `note`, for building in one expression.
    public func noting(_ note: String?) -> Figure {
        var copy = self
        copy.note = note
        return copy
    }

    /// The value followed by its unit, separated by a space: "28 家", "92.9%".
    public var valueText: String {
        let text = value.displayText
        guard let unit, !unit.isEmpty else { return text }
        return text.isEmpty ? unit : "\(text) \(unit)"
    }

    /// The value, unit and note in one line: "92.9% (26 / 28)", "28 家".
    public var summaryText: String {
        guard let note, !note.isEmpty else { return valueText }
        return valueText.isEmpty ? "(\(note))" : "\(valueText) (\(note))"
    }
}

extension Figure: CustomStringConvertible {
    /// The figure on one line, as a console prints it: "物业企业党组织覆盖率: 92.9% (26 / 28)".
    public var description: String {
        "\(label): \(summaryText)"
    }
}
