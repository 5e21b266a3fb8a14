import Kernel
import Organization

extension Coordination {
    /// Joint-meeting body (联席会议): the district joint meeting, a street's party-building alliance,
    /// a community's "three meetings". Its level is the kind of area it is placed in.
    ///
    /// ```lua
    /// coord.create_body{ name = "淄川区红色物业联席会议", area = "淄川区", convener = "区委组织部",
    ///                    established = "2021-03-15" }
    /// ```
    public static let body = RecordType(
        name: "coord.body", title: "联席会议", singular: "body", plural: "bodies", key: "name",
        placement: [.district, .street, .community],
        fields: [
            Field("name", "名称", .text, required: true, unique: true, summary: "The body's name.",
                  check: FieldChecks.notBlank),
            Field("convener", "牵头单位", .text, summary: "The unit that convenes it."),
            Field("established", "成立日期", .date,
                  summary: "When it was set up; no meeting is required of it for periods that ended before."),
            Field("duties", "工作职责", .text, summary: "What the body is for."),
        ],
        summary: "A joint-meeting body at district, street or community level.")

    /// Member unit (成员单位) of a joint-meeting body, with its written duties.
    ///
    /// ```lua
    /// coord.create_member_unit{ body = "淄川区红色物业联席会议", area = "淄川区", name = "区委组织部",
    ///                           duties = "统筹指导物业行业党建工作" }
    /// ```
    public static let memberUnit = RecordType(
        name: "coord.member_unit", title: "成员单位", singular: "member_unit", plural: "member_units", key: "id",
        placement: [.district, .street, .community],
        fields: [
            Field("body", "联席会议", .reference("coord.body"), required: true, summary: "The body (by name)."),
            Field("name", "单位名称", .text, required: true, summary: "The unit.", check: FieldChecks.notBlank),
            Field("duties", "工作职责", .text, required: true, summary: "Its written duties in the body."),
            Field("contact", "联络人", .text, summary: "Its liaison."),
        ],
        summary: "A member unit of a joint-meeting body and its duties.")

    /// Issue category (突出问题类别) a body coordinates; the district reserves some to itself.
    ///
    /// Stored as `coord.category` (table `coord_category`).
    ///
    /// An open issue of a reserved category (maintenance-fund approval, owners'-committee
    /// re-election) escalates straight to the district.
    ///
    /// ```lua
    /// coord.create_category{ code = "C04", name = "维修资金使用审批", body = "淄川区红色物业联席会议",
    ///                              area = "淄川区", reserved_for_district = true, time_limit_days = 30 }
    /// ```
    public static let issueCategory = RecordType(
        name: "coord.category", title: "问题类别", singular: "category", plural: "categories",
        key: "code", placement: [.district, .street, .community],
        fields: [
            Field("code", "类别编号", .text, required: true, unique: true, summary: "A short code (C01).",
                  check: FieldChecks.notBlank),
            Field("name", "类别名称", .text, required: true, summary: "What kind of issue it is."),
            Field("body", "联席会议", .reference("coord.body"), required: true,
                  summary: "The body that coordinates issues of this category."),
            Field("reserved_for_district", "区级专属", .boolean, default: false,
                  summary: "Whether the district decides it: its issues escalate straight to the district."),
            Field("time_limit_days", "办理时限(天)", .integer, default: 30,
                  summary: "Days an open issue may stay at one level without a due date before it is overdue.",
                  check: FieldChecks.positive),
            Field("description", "说明", .text, summary: "Examples and boundaries of the category."),
        ],
        summary: "A category of prominent issue a body coordinates.")

    /// Coordination procedure (协调程序) of a body: one of its standard procedures, numbered.
    ///
    /// ```lua
    /// coord.create_procedure{ body = "淄川区红色物业联席会议", area = "淄川区", number = 1, name = "问题受理",
    ///                         steps = "社区受理登记→分类→三日内协调" }
    /// ```
    public static let procedure = RecordType(
        name: "coord.procedure", title: "协调程序", singular: "procedure", plural: "procedures", key: "id",
        placement: [.district, .street, .community],
        fields: [
            Field("body", "联席会议", .reference("coord.body"), required: true, summary: "The body (by name)."),
            Field("number", "序号", .integer, required: true, summary: "Its place in the body's list.",
                  check: FieldChecks.positive),
            Field("name", "程序名称", .text, required: true, summary: "The procedure."),
            Field("steps", "工作流程", .text, summary: "Its steps."),
        ],
        summary: "A standard coordination procedure of a body.")
}
