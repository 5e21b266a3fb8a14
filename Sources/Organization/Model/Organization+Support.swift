import Kernel

extension Organization {
    /// Support package (红色大礼包): what was given to a party organization, and when.
    ///
    /// The standard package is a flag, a charter, an emblem, readings, wall charts and 3000 yuan;
    /// `items` lists what was actually given (separated by 、).
    ///
    /// ```lua
    /// org.create_support_package{ organization = "颐泽物业党支部", area = "颐泽社区", given_on = "2021-07-01",
    ///                             funds = 3000 }   -- items default to the standard package
    /// ```
    public static let supportPackage = RecordType(
        name: "org.support_package", title: "红色大礼包", singular: "support_package", plural: "support_packages",
        key: "id", placement: [.district, .street, .community, .compound],
        fields: [
            Field("organization", "受赠党组织", .reference("org.party_organization"), required: true,
                  summary: "The party organization that received it."),
            Field("given_on", "发放日期", .date, required: true, summary: "When it was given."),
            Field("items", "物品", .text, default: .string(standardPackageItems),
                  summary: "What was given, separated by 、 (default: the standard package)."),
            Field("funds", "经费(元)", .number, default: 3000, summary: "Funds given, in yuan.",
                  check: FieldChecks.nonNegative),
            Field("given_by", "发放单位", .text, summary: "Who gave it."),
        ],
        summary: "A ledger line of the \"red gift package\" given to a party organization.")

    /// The items of the standard package: flag, charter, emblem, readings, wall charts.
    public static let standardPackageItems = "党旗、党章、党徽、学习读本、制度挂图"

    /// Work standard item (《“红色物业”工作标准》条目): one line of the checklist of what a company's
    /// party work must do.
    ///
    /// ```lua
    /// org.create_work_standard{ code = "WS01", area = "淄川区", title = "党组织应建尽建", category = "组织建设" }
    /// ```
    public static let workStandard = RecordType(
        name: "org.work_standard", title: "工作标准条目", singular: "work_standard", plural: "work_standards",
        key: "code", placement: [.district],
        fields: [
            Field("code", "条目编号", .text, required: true, unique: true, summary: "The item's number (WS01).",
                  check: FieldChecks.notBlank),
            Field("title", "标准内容", .text, required: true, summary: "What must be done."),
            Field("category", "类别", .text, summary: "The chapter of the standard (组织建设, 阵地建设, …)."),
            Field("weight", "分值", .integer, default: 10, summary: "Points in the assessment.",
                  check: FieldChecks.nonNegative),
        ],
        summary: "One item of the \"Red Property\" work standard.")

    /// Work-standard compliance (工作标准达标情况): whether a company meets one item, as assessed.
    ///
    /// ```lua
    /// org.create_standard_compliance{ company = "91370302MA3C01037M", standard = "WS01", area = "颐泽社区",
    ///                                 compliant = true, assessed_on = "2022-12-20" }
    /// ```
    public static let standardCompliance = RecordType(
        name: "org.standard_compliance", title: "工作标准达标情况", singular: "standard_compliance",
        plural: "standard_compliances", key: "id", placement: [.district, .street, .community],
        fields: [
            Field("company", "物业企业", .reference("org.company"), required: true, summary: "The company."),
            Field("standard", "标准条目", .reference("org.work_standard"), required: true,
                  summary: "The work-standard item (its code)."),
            Field("compliant", "是否达标", .boolean, required: true, summary: "Whether the company meets it."),
            Field("assessed_on", "评估日期", .date, summary: "When it was assessed."),
            Field("note", "说明", .text, summary: "What is missing, or how it was verified."),
        ],
        summary: "Whether one company meets one item of the work standard.")
}
