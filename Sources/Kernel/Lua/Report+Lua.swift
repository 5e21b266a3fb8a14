import LuaHost
import Reporting

/// Reports built in Lua: the document table `report.new` builds, read into a ``Report``.
///
/// ```lua
/// local r = report.new{ title = "物业党建统计", subtitle = "淄川区" }
/// r:section("组织覆盖")
/// r:ratio("物业企业党组织覆盖率", 26, 28)
/// r:table(org.companies{}, { columns = { {"name", "企业名称"}, {"employees", "员工数"} } })
/// r:chart{ kind = "bar", title = "各街道企业数", labels = {"将军路", "般阳路"}, values = {12, 16} }
/// report.show(r)
/// ```
extension Report {
    /// Reads a report document table; errors name the section and block.
    public init(luaValue: LuaValue) throws {
        guard let document = luaValue.tableValue else {
            throw KernelError(.invalid, "a report must be a table made by report.new")
        }
        self.init(title: document["title"].stringValue ?? "报告", subtitle: document["subtitle"].stringValue)
        for (sectionIndex, sectionValue) in (document["sections"].tableValue?.sequence ?? []).enumerated() {
            var section = ReportSection(title: sectionValue["title"].stringValue)
            for (blockIndex, block) in (sectionValue["blocks"].tableValue?.sequence ?? []).enumerated() {
                let place = "report section \(sectionIndex + 1), block \(blockIndex + 1)"
                section.add(try Self.block(block, place: place))
            }
            add(section)
        }
    }

    private static func block(_ block: LuaValue, place: String) throws -> ReportBlock {
        switch block["type"].stringValue {
        case "figures":
            let figures = (block["figures"].tableValue?.sequence ?? []).map { figure in
                Figure(label: figure["label"].stringValue ?? "", value: reportValue(figure["value"],
                       percent: figure["format"].stringValue == "percent"),
                       unit: figure["unit"].stringValue, note: figure["note"].stringValue)
            }
            return .figures(figures)
        case "table":
            let columnValues = block["columns"].tableValue?.sequence ?? []
            let columns = columnValues.map { column in
                ReportColumn(key: column["key"].stringValue ?? "", label: column["label"].stringValue,
                             alignment: column["align"].stringValue.flatMap(ColumnAlignment.init(rawValue:)))
            }
            let percentColumns = columnValues.map { $0["format"].stringValue == "percent" }
            let rows = (block["rows"].tableValue?.sequence ?? []).map { row -> [ReportValue] in
                let positional = row.tableValue?.sequence ?? []
                return columns.indices.map { index in
                    let keyed = row[columns[index].key]
                    let value = keyed != .nil ? keyed : (index < positional.count ? positional[index] : .nil)
                    return reportValue(value, percent: percentColumns[index])
                }
            }
            return .table(ReportTable(title: block["title"].stringValue, columns: columns, rows: rows))
        case "chart":
            guard let kind = block["kind"].stringValue.flatMap(Chart.Kind.init(rawValue:)) else {
                throw KernelError(.invalid, "a chart's kind must be bar, line or pie", at: place)
            }
            let labels = (block["labels"].tableValue?.sequence ?? []).map { $0.stringValue ?? $0.jsonText }
            let series = (block["series"].tableValue?.sequence ?? []).map { series in
                ChartSeries(name: series["name"].stringValue ?? "",
                            values: (series["values"].tableValue?.sequence ?? []).map { $0.numberValue ?? 0 })
            }
            return .chart(Chart(kind: kind, title: block["title"].stringValue ?? "", labels: labels, series: series))
        case "text":
            return .text(block["text"].stringValue ?? "")
        default:
            throw KernelError(.invalid, "unknown block type \(block["type"].describedForError)", at: place)
        }
    }

    /// A Lua value shown in a report.
    static func reportValue(_ value: LuaValue, percent: Bool) -> ReportValue {
        switch value {
        case .nil: .empty
        case .boolean(let flag): .boolean(flag)
        case .integer(let number): percent ? .percent(Double(number)) : .integer(number)
        case .number(let number): percent ? .percent(number) : .number(number)
        case .string(let text): .text(text)
        case .table(let table): .text(table.sequence.compactMap(\.stringValue).joined(separator: "、"))
        }
    }
}
