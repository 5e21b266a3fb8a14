import Kernel
import Organization

extension Coordination {
    /// Meeting (会议) of a joint-meeting body: a joint meeting, a heart-to-heart talk or a
    /// coordination meeting, with its attendees, agenda, decisions and the issues it took up.
    ///
    /// Hold meetings with `coord.hold_meeting{…}`, which refuses a date after today (by the
    /// session's clock), places the meeting where its body is and emits `coord.meeting.held`.
    /// The generated `coord.create_meeting` (and CSV import) refuse dates after the wall-clock
    /// today only.
    ///
    /// ```lua
    /// coord.hold_meeting{ body = "颐泽社区“三会”", kind = "heart_to_heart", date = "2023-02-20",
    ///                     attendees = "社区书记、物业经理、业主代表12人", agenda = "电动车充电难",
    ///                     decisions = "增设充电桩20个", issues = { "XT-2023-004" } }
    /// ```
    public static let meeting = RecordType(
        name: "coord.meeting", title: "会议", singular: "meeting", plural: "meetings", key: "id",
        placement: [.district, .street, .community],
        fields: [
            Field("body", "联席会议", .reference("coord.body"), required: true, summary: "The body that met (by name)."),
            Field("kind", "会议类型", .choice(MeetingKind.allCases.map(\.choice)), required: true,
                  summary: "Joint meeting, heart-to-heart talk or coordination meeting."),
            Field("date", "会议日期", .date, required: true, summary: "When it was held (not after today).",
                  check: FieldChecks.notInFuture),
            Field("topic", "会议主题", .text, summary: "Its subject."),
            Field("attendees", "参会人员", .text, summary: "Who attended (names or units, separated by 、)."),
            Field("attendee_count", "参会人数", .integer, summary: "How many attended.", check: FieldChecks.nonNegative),
            Field("agenda", "议程", .text, summary: "What was discussed."),
            Field("decisions", "议定事项", .text, summary: "What was decided."),
            Field("issues", "关联问题", .references("coord.issue"), summary: "The coordination issues it took up (by number)."),
        ],
        summary: "A meeting held by a joint-meeting body.")

    /// Cross-appointment kinds (双向进入、交叉任职).
    public enum AppointmentKind: String, Sendable, CaseIterable {
        /// A company's party secretary on the community's committee (企业党组织书记进社区“两委”).
        case companyToCommunity = "company_to_community"
        /// A community cadre serving in a company (社区干部兼任企业党建/质量监督职务).
        case communityToCompany = "community_to_company"
        /// A grid worker doubling as property-service supervisor (网格员兼任物业服务监督员).
        case gridSupervisor = "grid_supervisor"

        /// The Chinese name.
        public var chineseName: String {
            switch self {
            case .companyToCommunity: "企业书记进社区两委"
            case .communityToCompany: "社区干部进企业"
            case .gridSupervisor: "网格员兼任物业服务监督员"
            }
        }

        /// The field choice.
        public var choice: Choice { Choice(rawValue, chineseName) }
    }

    /// Cross-appointment (交叉任职): a person holding a post on the other side — a company secretary
    /// on the community committee, a grid worker as property-service supervisor.
    ///
    /// ```lua
    /// coord.create_cross_appointment{ person = "张伟", kind = "grid_supervisor", area = "颐泽社区第一网格",
    ///                                 company = "914403001922038216", position = "物业服务监督员" }
    /// ```
    public static let crossAppointment = RecordType(
        name: "coord.cross_appointment", title: "交叉任职", singular: "cross_appointment",
        plural: "cross_appointments", key: "id", placement: [.street, .community, .grid, .compound],
        fields: [
            Field("person", "姓名", .text, required: true, summary: "Who holds the post.", check: FieldChecks.notBlank),
            Field("kind", "任职类型", .choice(AppointmentKind.allCases.map(\.choice)), required: true,
                  summary: "Which way the appointment goes."),
            Field("company", "物业企业", .reference("org.company"), summary: "The company involved, if any."),
            Field("position", "兼任职务", .text, summary: "The post held on the other side."),
            Field("since", "任职日期", .date, summary: "Since when."),
            Field("until", "卸任日期", .date, summary: "Until when; empty while it lasts."),
        ],
        summary: "A cross-appointment between community and company.")
}
