import Foundation

/// Renders a report as pretty-printed JSON with sorted keys, for programs that read reports.
///
/// The JSON follows the report's structure. Every block has a "type" ("figures", "table",
/// "chart" or "text"); numbers are JSON numbers, percentages their ratio (0.9286), booleans JSON
/// booleans, empty values and missing titles `null`. A figure also carries its "kind" and the
/// "display" text people see. Numbers that are not finite are written as `null`.
///
/// ```json
/// {
///   "sections" : [
///     {
///       "blocks" : [
///         { "figures" : [ { "display" : "92.9%", "kind" : "percent", "label" : "物业企业党组织覆盖率",
///                           "note" : "26 / 28", "unit" : null, "value" : 0.9286 } ],
///           "type" : "figures" }
///       ],
///       "title" : "一、组织覆盖"
///     }
///   ],
///   "subtitle" : null,
///   "title" : "物业党建统计"
/// }
/// ```
public struct JSONReportRenderer: ReportRenderer, Sendable, Equatable, Hashable {
    /// Creates a JSON renderer.
    public init() {}

    /// Returns the report as JSON text ending with a line break.
    public func render(_ report: Report) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Self.json(for: report)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    // MARK: - Report to JSON values

    /// The report as a JSON value.
    static func json(for report: Report) -> Node {
        .object([
            "title": .string(report.title),
            "subtitle": Node(report.subtitle),
            "sections": .array(report.sections.map { section in
                .object([
                    "title": Node(section.title),
                    "blocks": .array(section.blocks.map(json(for:))),
                ])
            }),
        ])
    }

    /// One block as a JSON object with its "type".
    static func json(for block: ReportBlock) -> Node {
        var object: [String: Node] = ["type": .string(block.typeName)]
        switch block {
        case .figures(let figures):
            object["figures"] = .array(figures.map { figure in
                .object([
                    "label": .string(figure.label),
                    "value": json(for: figure.value),
                    "kind": .string(figure.value.kindName),
                    "display": .string(figure.value.displayText),
                    "unit": Node(figure.unit),
                    "note": Node(figure.note),
                ])
            })
        case .table(let table):
            let alignments = table.resolvedAlignments
            object["title"] = Node(table.title)
            object["columns"] = .array(table.columns.indices.map { index in
                .object([
                    "key": .string(table.columns[index].key),
                    "label": .string(table.columns[index].label),
                    "alignment": .string(alignments[index].rawValue),
                ])
            })
            object["rows"] = .array(table.rows.map { .array($0.map(json(for:))) })
        case .chart(let chart):
            object["kind"] = .string(chart.kind.rawValue)
            object["title"] = .string(chart.title)
            object["labels"] = .array(chart.labels.map(Node.string))
            object["series"] = .array(chart.series.map { series in
                .object(["name": .string(series.name), "values": .array(series.values.map(Node.number))])
            })
        case .text(let text):
            object["text"] = .string(text)
        }
        return .object(object)
    }

    /// One value as plain JSON: a string, number, boolean or `null`.
    static func json(for value: ReportValue) -> Node {
        switch value {
        case .text(let text): return .string(text)
        case .integer(let integer): return .integer(integer)
        case .number(let number), .percent(let number): return .number(number)
        case .boolean(let flag): return .boolean(flag)
        case .empty: return .null
        }
    }
}

extension JSONReportRenderer {
    /// A JSON value, encoded with `JSONEncoder` so that key order and number formatting are stable.
    enum Node: Encodable, Sendable, Equatable {
        case string(String)
        case integer(Int64)
        case number(Double)
        case boolean(Bool)
        case array([Node])
        case object([String: Node])
        case null

        /// A string, or `null` for `nil`.
        init(_ text: String?) {
            self = text.map(Node.string) ?? .null
        }

        /// Writes the value; a number that is not finite is written as `null`, which JSON allows.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let text): try container.encode(text)
            case .integer(let integer): try container.encode(integer)
            case .number(let number):
                if number.isFinite { try container.encode(number) } else { try container.encodeNil() }
            case .boolean(let flag): try container.encode(flag)
            case .array(let values): try container.encode(values)
            case .object(let members): try container.encode(members)
            case .null: try container.encodeNil()
            }
        }
    }
}
