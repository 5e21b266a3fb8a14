import Kernel
import Organization
import Reporting

/// The built-in reports of comprehensive coordination: `coord.overview`, `coord.cadence` and
/// `coord.escalations`.
///
/// ```
/// redprop report coord.overview
/// redprop report coord.cadence --param period=2022Q4 --param street=将军路街道
/// redprop report coord.escalations
/// ```
enum CoordinationReports {
    static let declarations = [overview, cadence, escalations]

    static let overview = ReportDeclaration(
        "coord.overview", title: "综合协调工作统计",
        summary: "The district joint meeting, bodies by level, cross-appointments, cooperation results, issues.",
        parameters: AreaFilter.reportParameters
    ) { session, parameters in
        let filter = try AreaFilter(parameters, session: session, function: "coord.overview")
        let indicators = CoordinationIndicators(session: session, filter: filter)
        let results = try indicators.results()
        func value(_ key: String) -> Int { results[key] ?? 0 }
        return try Report(title: "综合协调工作统计", subtitle: "\(filter.label(in: session)) · 截至 \(session.clock.today)") { report in
            if let body = try indicators.districtBody() {
                let profile = try indicators.profile(of: body)
                report.addSection("一、区级联席会议") { section in
                    section.add(figures: [
                        Figure(label: "联席会议", value: ReportValue(body["name"].stringValue)),
                        Figure("成员单位", count: profile.memberUnits, unit: "个"),
                        Figure("突出问题类别", count: profile.issueCategories, unit: "类",
                               note: "其中区级专属 \(profile.reservedCategories) 类"),
                        Figure("协调程序", count: profile.procedures, unit: "项"),
                        Figure("召开会议", count: profile.meetings, unit: "次"),
                    ])
                }
            }
            report.addSection("二、联席会议与交叉任职") { section in
                section.add(figures: [
                    Figure("街道联席会议", count: value("bodies_street"), unit: "个"),
                    Figure("社区联席会议", count: value("bodies_community"), unit: "个"),
                    Figure("会议记录", count: value("meetings"), unit: "次"),
                    Figure("网格员兼任物业服务监督员", count: value("grid_supervisors"), unit: "人"),
                    Figure("企业书记进社区两委", count: value("secretaries_on_committees"), unit: "人"),
                ])
            }
            report.addSection("三、共驻共建成效") { section in
                section.add(figures: [
                    Figure("联合志愿服务活动", count: value("volunteer_events"), unit: "次"),
                    Figure("党建联建协议", count: value("agreements"), unit: "份"),
                    Figure("便民服务项目（已完成）", count: value("service_projects_delivered"), unit: "个",
                           note: "认领 \(value("service_projects")) 个"),
                ])
            }
            let overdue = try indicators.overdueIssues().count
            report.addSection("四、协调事项") { section in
                section.add(figures: [
                    Figure("协调中", count: value("issues_open"), unit: "件"),
                    Figure("已解决", count: value("issues_resolved"), unit: "件"),
                    Figure("已办结", count: value("issues_closed"), unit: "件"),
                    Figure("超期未办结", count: overdue, unit: "件"),
                ])
            }
        }
    }

    static let cadence = ReportDeclaration(
        "coord.cadence", title: "会议频次落实情况",
        summary: "Every body that missed a required meeting in a period (default the last 12 months).",
        parameters: AreaFilter.reportParameters + [
            ReportParameter("period", "统计期间，如 2022Q4、2022-11、2022"),
            ReportParameter("from", "起始日期 YYYY-MM-DD"), ReportParameter("to", "截止日期 YYYY-MM-DD"),
        ]
    ) { session, parameters in
        let filter = try AreaFilter(parameters, session: session, function: "coord.cadence",
                                    otherKeys: ["period", "from", "to"])
        let window = try CadenceCompliance.Window(period: parameters["period"], from: parameters["from"],
                                                  to: parameters["to"], today: session.clock.today,
                                                  function: "coord.cadence")
        let compliance = CadenceCompliance(session: session, filter: filter)
        let gaps = try compliance.gaps(in: window)
        let bodies = try compliance.bodies()
        return Report(title: "联席会议召开频次检查",
                      subtitle: "\(filter.label(in: session)) · \(window.from) 至 \(min(window.through, session.clock.today))") { report in
            report.addSection("一、频次要求") { section in
                section.add(ReportTable(title: "会议频次要求", columns: [
                    ReportColumn(key: "name", label: "要求"), ReportColumn(key: "level", label: "层级"),
                    ReportColumn(key: "kind", label: "会议类型"), ReportColumn(key: "period", label: "周期"),
                    ReportColumn(key: "count", label: "次数"),
                ], rows: ((try? compliance.cadences()) ?? []).map { cadence in
                    [.text(cadence.name), .text(cadence.level.chineseName), .text(cadence.kind.chineseName),
                     .text(cadence.period.chineseName), ReportValue(cadence.count)]
                }))
            }
            report.addSection("二、未按要求召开") { section in
                let missing = Set(gaps.map(\.body.id)).count
                section.add(figures: [
                    Figure("检查的联席会议", count: bodies.count, unit: "个"),
                    Figure("未按要求召开的联席会议", count: missing, unit: "个"),
                    Figure("缺少的会议", count: gaps.reduce(0) { $0 + $1.required - $1.held }, unit: "次"),
                ])
                section.add(ReportTable(title: "缺会明细", columns: [
                    ReportColumn(key: "body", label: "联席会议"), ReportColumn(key: "area", label: "所属区域"),
                    ReportColumn(key: "kind", label: "会议类型"), ReportColumn(key: "period", label: "周期"),
                    ReportColumn(key: "held", label: "已开"), ReportColumn(key: "required", label: "应开"),
                ], rows: gaps.map { gap in
                    [ReportValue(gap.body["name"].stringValue), ReportValue(gap.body["area_name"].stringValue),
                     .text(gap.kind.chineseName), .text(gap.period.chineseName), ReportValue(gap.held),
                     ReportValue(gap.required)]
                }))
            }
        }
    }

    static let escalations = ReportDeclaration(
        "coord.escalations", title: "协调事项上报情况",
        summary: "Issues that went up the chain, the days at each level, and the overdue ones.",
        parameters: AreaFilter.reportParameters
    ) { session, parameters in
        let filter = try AreaFilter(parameters, session: session, function: "coord.escalations")
        let indicators = CoordinationIndicators(session: session, filter: filter)
        let workflow = IssueWorkflow(session: session)
        var query = RecordQuery()
        if let area = filter.area { query.within = [(area.code, nil)] }
        let issues = try session.records.list(Coordination.issue, query)
        return try Report(title: "协调事项上报与办理", subtitle: "\(filter.label(in: session)) · 截至 \(session.clock.today)") { report in
            var table = ReportTable(title: "逐级上报", columns: [
                ReportColumn(key: "number", label: "编号"), ReportColumn(key: "title", label: "事项"),
                ReportColumn(key: "area", label: "所属区域"), ReportColumn(key: "status", label: "状态"),
                ReportColumn(key: "community", label: "社区(天)"), ReportColumn(key: "street", label: "街道(天)"),
                ReportColumn(key: "district", label: "区(天)"),
            ])
            for issue in issues {
                let stays = try workflow.chain(of: issue)
                func days(_ level: CoordinationLevel) -> ReportValue {
                    let matching = stays.filter { $0.level == level }
                    return matching.isEmpty ? .empty : ReportValue(matching.reduce(0) { $0 + $1.days })
                }
                let status = IssueStatus(rawValue: issue["status"].stringValue ?? "")?.chineseName
                table.addRow([ReportValue(issue["number"].stringValue), ReportValue(issue["title"].stringValue),
                              ReportValue(issue["area_name"].stringValue), ReportValue(status),
                              days(.community), days(.street), days(.district)])
            }
            let overdue = try indicators.overdueIssues()
            report.addSection("一、逐级上报与各级用时") { section in section.add(table) }
            report.addSection("二、超期未办结") { section in
                section.add(figures: [Figure("超期未办结", count: overdue.count, unit: "件")])
                section.add(ReportTable(title: "超期事项", columns: [
                    ReportColumn(key: "number", label: "编号"), ReportColumn(key: "title", label: "事项"),
                    ReportColumn(key: "level", label: "当前层级"), ReportColumn(key: "since", label: "到达日期"),
                    ReportColumn(key: "deadline", label: "时限"), ReportColumn(key: "days", label: "超期(天)"),
                ], rows: overdue.map { item in
                    [ReportValue(item.issue["number"].stringValue), ReportValue(item.issue["title"].stringValue),
                     .text(item.stay.level.chineseName), .text(item.stay.entered.description),
                     .text(item.deadline.description), ReportValue(item.daysOverdue)]
                }))
            }
        }
    }
}
