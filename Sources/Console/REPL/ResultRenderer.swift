import Foundation
import Kernel
import LuaHost
import Reporting

/// Turns a statement's results and shown reports into the text the console prints.
///
/// Single-line values print on one line separated by tabs, as `lua.c`
/// prints them; a list of records prints as a table in the console's
/// format — aligned text (by display width, so Chinese lines up), a
/// Markdown pipe table, CSV or a JSON array.
///
/// ```text
/// id  code             name      kind
/// --  ---------------  --------  --------
///  9  370302001001C01  颐泽花园  compound
/// ```
struct ResultRenderer {
    /// The format of record lists and reports.
    var format: ReportFormat

    /// The text for `results` and `reports`, ending with a line break; empty when there is nothing.
    func render(_ results: [ConsoleResult], reports: [Report] = []) -> String {
        var blocks: [String] = []
        var line: [String] = []
        func endLine() {
            if !line.isEmpty { blocks.append(line.joined(separator: "\t")) }
            line = []
        }
        for result in results {
            switch result {
            case .text(let text) where !text.contains("\n"):
                line.append(text)
            case .text(let text):
                endLine()
                blocks.append(text)
            case .records(let columns, let rows, let total):
                endLine()
                blocks.append(records(columns: columns, rows: rows, total: total))
            case .shown:
                break
            }
        }
        endLine()
        blocks += reports.map(render)
        return blocks.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined()
    }

    /// A shown report in the console's format (CSV without the byte order mark Excel needs).
    func render(_ report: Report) -> String {
        format == .csv ? CSVReportRenderer(lineEnding: .lf, includesBOM: false).render(report) : format.render(report)
    }

    // MARK: - Lists of records

    /// A list of records as a table; `total` counts the rows not handed back too.
    func records(columns: [String], rows: [LuaTable], total: Int) -> String {
        if format == .json {
            let lines = rows.map { "  " + LuaValue.table($0).jsonText }
            return lines.isEmpty ? "[]" : "[\n" + lines.joined(separator: ",\n") + "\n]"
        }
        let table = ReportTable(
            columns: columns.map { column in
                let numeric = rows.contains { $0[column].numberValue != nil }
                    && rows.allSatisfy { $0[column] == .nil || $0[column].numberValue != nil }
                return ReportColumn(key: column, label: column, alignment: numeric ? .right : .left)
            },
            rows: rows.map { row in columns.map { Self.cell(row[$0]) } })
        let report = Report(title: "", sections: [ReportSection(blocks: [.table(table)])])
        var text = render(report)
        if total > rows.count {
            if !text.hasSuffix("\n") { text += "\n" }
            text += "… \(total - rows.count) more rows (\(total) in all)"
        }
        return text
    }

    /// A cell as Lua would print it: integers plain, floats with `%.14g`, booleans as `true`/`false`.
    static func cell(_ value: LuaValue) -> ReportValue {
        switch value {
        case .nil: return .empty
        case .boolean(let flag): return .text(flag ? "true" : "false")
        case .integer(let number): return .text(String(number))
        case .number(let number): return .text(luaNumberText(number))
        case .string(let text): return .text(text.replacingNewlines)
        case .table: return .text(value.jsonText)
        }
    }

    /// A float the way Lua's `tostring` writes it: `0.5`, `3.0`, `1e+100`, `inf`.
    static func luaNumberText(_ number: Double) -> String {
        if number.isNaN { return number.sign == .minus ? "-nan" : "nan" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        var text = String(format: "%.14g", number)
        if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "n" || $0 == "i" }) { text += ".0" }
        return text
    }
}

extension String {
    /// The text with line breaks and tabs shown as spaces (one table cell per line).
    fileprivate var replacingNewlines: String {
        String(map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
