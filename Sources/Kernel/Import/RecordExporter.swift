import LuaHost
import Reporting

/// Writes the records of one type in scope as CSV that ``RecordImporter`` reads back.
public struct RecordExporter {
    let session: Session

    /// CSV text with a header of Chinese labels (or field names) and one line per record.
    public func csv(_ type: RecordType, labels: Bool = true) throws -> String {
        let header = [labels ? RecordType.areaLabel : "area"] + type.fields.map { labels ? $0.label : $0.name }
        let cursor = try session.records.cursor(type)
        var rows: [[String]] = []
        while let record = try cursor.next() {
            rows.append([record["area"].stringValue ?? ""] + type.fields.map { Self.text(record[$0.name]) })
        }
        return CSVWriter(includesBOM: true).write(header: header, rows: rows)
    }

    static func text(_ value: LuaValue) -> String {
        switch value {
        case .nil: ""
        case .boolean(let flag): flag ? "是" : "否"
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .string(let text): text
        case .table(let table): table.sequence.map(text).joined(separator: "、")
        }
    }
}

extension Session {
    /// CSV import into this session's transaction.
    public var importer: RecordImporter { RecordImporter(session: self) }
    /// CSV export of records in scope.
    public var exporter: RecordExporter { RecordExporter(session: self) }
}
