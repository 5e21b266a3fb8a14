import Kernel
import Reporting

/// The built-in report `org.overview`: every organization-leadership indicator, the companies to
/// act on, and the breakdown by street and community.
///
/// ```
/// redprop report org.overview                       # the actor's whole scope
/// redprop report org.overview --param street=将军路街道 --param year=2022
/// ```
enum OverviewReport {
    static let declaration = ReportDeclaration(
        "org.overview", title: "组织领导工作统计",
        summary: "Party-organization coverage, owners' committees, zero clearance, instructors, charters, development plans.",
        parameters: AreaFilter.reportParameters + [ReportParameter("year", "发展党员计划年度（如 2022，默认最近一年）")]
    ) { session, parameters in
        let filter = try AreaFilter(parameters, session: session, function: "org.overview", otherKeys: ["year"])
        let year = try parameters["year"].map { text -> Int in
            guard let year = Int(text) else {
                throw KernelError(.invalid, "parameter 'year' must be a year such as 2022, got '\(text)'", at: "org.overview")
            }
            return year
        }
        return try build(OrganizationIndicators(session: session, filter: filter), year: year)
    }

    static func build(_ indicators: OrganizationIndicators, year: Int?) throws -> Report {
        let session = indicators.session
        let overview = try OrganizationOverview(indicators, year: year)
        let subtitle = "\(indicators.filter.label(in: session)) · 截至 \(session.clock.today)"
        return try Report(title: "组织领导工作统计", subtitle: subtitle) { report in
            report.addSection("一、党组织覆盖") { section in
                section.add(figures: [
                    Figure("物业企业", count: overview.companyCoverage.whole, unit: "家"),
                    Figure("企业党支部", count: overview.branches.branches, unit: "个",
                           note: "其中联合党支部 \(overview.branches.jointBranches) 个"),
                    Figure("党组织覆盖企业", count: overview.companyCoverage.part, unit: "家"),
                    overview.companyCoverage.figure("物业企业党组织覆盖率"),
                    overview.committeeCoverage.figure("业委会党的组织覆盖率"),
                ])
                section.add(text: "覆盖率 = 被任一党组织覆盖的企业 / 全部企业（同一企业被多个党组织覆盖只计一次）；"
                    + "Lua 函数的 percent 字段按向下取整给出整数百分比（26/28 记为 92%）。")
            }
            report.addSection("二、“清零”与党建指导员") { section in
                section.add(figures: [
                    Figure("20人以上无党员企业", count: overview.zeroClearance.count, unit: "家",
                           note: overview.zeroClearance.isEmpty ? "已清零" : "未清零"),
                    Figure("未建党组织企业", count: overview.instructors.uncovered.count, unit: "家"),
                    Figure("已选派党建指导员", count: overview.instructors.withInstructor, unit: "家"),
                ])
                section.add(companyTable("20人以上无党员企业", overview.zeroClearance))
                var table = ReportTable(title: "未建党组织企业及党建指导员", columns: companyColumns + [
                    ReportColumn(key: "instructors", label: "党建指导员"),
                ])
                for entry in overview.instructors.uncovered {
                    table.addRow(companyRow(entry.company)
                        + [.text(entry.instructors.isEmpty ? "未选派" : entry.instructors.joined(separator: "、"))])
                }
                section.add(table)
            }
            report.addSection("三、党建入章与发展党员") { section in
                var figures = [overview.charter.figure("党建工作写入公司章程")]
                let development = overview.development
                figures.append(Figure.ratio("发展党员计划完成率\(development.year.map { "（\($0)年）" } ?? "")",
                                            development.achieved, of: development.planned))
                section.add(figures: figures)
                section.add(companyTable("章程未写入党建的企业", overview.charter.missing))
            }
            for kind in [AreaKind.street, .community] where indicators.filter.area.map({ $0.kind != .community }) ?? true {
                let lines = try OrganizationOverview.breakdown(indicators, by: kind, year: year)
                guard !lines.isEmpty else { continue }
                report.addSection(kind == .street ? "四、分街道" : "五、分社区") { section in
                    section.add(breakdownTable(lines, kind: kind))
                    if kind == .street {
                        section.add(Chart(kind: .bar, title: "各街道物业企业党组织覆盖",
                                          labels: lines.map(\.area.name), series: [
                                              ChartSeries(name: "企业", values: lines.map { Double($0.overview.companyCoverage.whole) }),
                                              ChartSeries(name: "已覆盖", values: lines.map { Double($0.overview.companyCoverage.part) }),
                                          ]))
                    }
                }
            }
        }
    }

    static let companyColumns = [
        ReportColumn(key: "name", label: "企业名称"), ReportColumn(key: "credit_code", label: "统一社会信用代码"),
        ReportColumn(key: "area_name", label: "所属区域"), ReportColumn(key: "employees", label: "员工"),
        ReportColumn(key: "party_members", label: "党员"),
    ]

    static func companyRow(_ company: Record) -> [ReportValue] {
        [ReportValue(company["name"].stringValue), ReportValue(company["credit_code"].stringValue),
         ReportValue(company["area_name"].stringValue),
         company["employees"].integerValue.map(ReportValue.integer) ?? .empty,
         company["party_members"].integerValue.map(ReportValue.integer) ?? .empty]
    }

    static func companyTable(_ title: String, _ companies: [Record]) -> ReportTable {
        ReportTable(title: title, columns: companyColumns, rows: companies.map(companyRow))
    }

    static func breakdownTable(_ lines: [OrganizationOverview.Line], kind: AreaKind) -> ReportTable {
        var table = ReportTable(title: "分\(kind.chineseName)统计", columns: [
            ReportColumn(key: "area", label: kind.chineseName), ReportColumn(key: "companies", label: "企业"),
            ReportColumn(key: "covered", label: "已覆盖"), ReportColumn(key: "coverage", label: "覆盖率"),
            ReportColumn(key: "committees", label: "业委会"), ReportColumn(key: "committee_rate", label: "业委会覆盖率"),
            ReportColumn(key: "zero_clearance", label: "20人以上无党员"),
            ReportColumn(key: "without_instructor", label: "未派指导员"),
            ReportColumn(key: "charter_rate", label: "入章率"),
        ])
        for line in lines {
            let overview = line.overview
            table.addRow([
                .text(line.area.name), ReportValue(overview.companyCoverage.whole), ReportValue(overview.companyCoverage.part),
                overview.companyCoverage.rate.map(ReportValue.percent) ?? .empty,
                ReportValue(overview.committeeCoverage.whole),
                overview.committeeCoverage.rate.map(ReportValue.percent) ?? .empty,
                ReportValue(overview.zeroClearance.count), ReportValue(overview.instructors.withoutInstructor.count),
                overview.charter.rate.map(ReportValue.percent) ?? .empty,
            ])
        }
        return table
    }
}
