import Kernel

extension Organization {
    /// Party-building instructor (党建指导员): a person the district or street sends to a company or
    /// compound that has no party organization yet.
    ///
    /// ```lua
    /// org.create_instructor{ name = "李建国", area = "将军路街道", unit = "将军路街道党工委", phone = "0533-5180000" }
    /// ```
    public static let instructor = RecordType(
        name: "org.instructor", title: "党建指导员", singular: "instructor", plural: "instructors",
        key: "name", placement: [.district, .street, .community],
        fields: [
            Field("name", "姓名", .text, required: true, unique: true,
                  summary: "The instructor's name (add a distinguishing note if two share one: 李明(区委组织部)).",
                  check: FieldChecks.notBlank),
            Field("unit", "工作单位", .text, summary: "Where the instructor works."),
            Field("position", "职务", .text, summary: "The instructor's position there."),
            Field("phone", "联系电话", .text, summary: "A phone number."),
            Field("is_party_member", "是否党员", .boolean, default: true, summary: "Whether the instructor is a party member."),
        ],
        summary: "A party-building instructor.")

    /// Instructor assignment (党建指导员选派): an instructor sent to a company (or, with no company,
    /// to the compound it is placed in) for a period.
    ///
    /// An assignment is active from `start_on` (or always, when empty) through `end_on` (or for
    /// good, when empty). Placed where the company or compound is.
    ///
    /// ```lua
    /// org.create_instructor_assignment{ instructor = "李建国", company = "91370302MA3C5L2X19",
    ///                                   area = "颐泽社区", start_on = "2022-03-01" }
    /// ```
    public static let instructorAssignment = RecordType(
        name: "org.instructor_assignment", title: "党建指导员选派", singular: "instructor_assignment",
        plural: "instructor_assignments", key: "id", placement: [.street, .community, .grid, .compound],
        fields: [
            Field("instructor", "党建指导员", .reference("org.instructor"), required: true,
                  summary: "The instructor (by name)."),
            Field("company", "指导企业", .reference("org.company"),
                  summary: "The company guided; empty for a compound-only assignment."),
            Field("start_on", "选派日期", .date, summary: "When the assignment began."),
            Field("end_on", "结束日期", .date, summary: "When it ended; empty while it lasts."),
            Field("tasks", "指导任务", .text, summary: "What the instructor is to achieve (e.g. found a branch)."),
        ],
        summary: "An instructor's assignment to a company or compound.")

    /// The SQL condition that an assignment `a` is active on the date bound to `?`, twice.
    static func activeAssignmentCondition(alias a: String) -> String {
        "(\(a).start_on IS NULL OR \(a).start_on <= ?) AND (\(a).end_on IS NULL OR \(a).end_on >= ?)"
    }

    /// Party-member development plan (发展党员计划单列): per company per year, planned and achieved.
    ///
    /// One plan per company and year; placed where the company is.
    ///
    /// ```lua
    /// org.create_development_plan{ company = "91370302MA3C01037M", area = "颐泽社区", year = 2022,
    ///                              planned = 2, achieved = 2 }
    /// ```
    public static let developmentPlan = RecordType(
        name: "org.development_plan", title: "发展党员计划", singular: "development_plan",
        plural: "development_plans", key: "id", placement: [.district, .street, .community],
        fields: [
            Field("company", "物业企业", .reference("org.company"), required: true, summary: "The company."),
            Field("year", "年度", .integer, required: true, summary: "The plan's year.",
                  check: FieldChecks.integer(in: 1921...2100)),
            Field("planned", "计划发展人数", .integer, required: true, default: 0,
                  summary: "Members planned to be admitted that year.", check: FieldChecks.nonNegative),
            Field("achieved", "实际发展人数", .integer, default: 0,
                  summary: "Members actually admitted so far.", check: FieldChecks.nonNegative),
        ],
        summary: "A company's party-member development plan for one year.")
}
