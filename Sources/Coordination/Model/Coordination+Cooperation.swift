import Kernel
import Organization

extension Coordination {
    /// Cross-appointment kinds (双向进入、交叉任职).
    public enum AppointmentKind: String, Sendable, CaseIterable, ChoiceEnumeration {
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
    }

    /// Cross-appointment (交叉任职): a person holding a post on the other side — a company secretary
    /// on the community committee, a grid worker as property-service supervisor.
    ///
    /// ```lua
    /// coord.create_cross_appointment{ person = "张伟", kind = "grid_supervisor", area = "颐泽社区第一网格",
    ///                                 company = "91370302MA3C01037M", position = "物业服务监督员" }
    /// ```
    public static let crossAppointment = RecordType(
        name: "coord.cross_appointment", title: "交叉任职", singular: "cross_appointment",
        plural: "cross_appointments", key: "id", placement: [.street, .community, .grid, .compound],
        fields: [
            Field("person", "姓名", .text, required: true, summary: "Who holds the post.", check: FieldChecks.notBlank),
            Field("kind", "任职类型", .choice(AppointmentKind.choices), required: true,
                  summary: "Which way the appointment goes."),
            Field("company", "物业企业", .reference("org.company"), summary: "The company involved, if any."),
            Field("position", "兼任职务", .text, summary: "The post held on the other side."),
            Field("since", "任职日期", .date, summary: "Since when."),
            Field("until", "卸任日期", .date, summary: "Until when; empty while it lasts."),
        ],
        summary: "A cross-appointment between community and company.")

    /// Party-building cooperation agreement (党建联建协议) between a community and a company.
    ///
    /// ```lua
    /// coord.create_agreement{ title = "颐泽社区—颐泽物业党建联建协议", area = "颐泽社区",
    ///                         company = "91370302MA3C01037M", signed_on = "2022-06-28" }
    /// ```
    public static let agreement = RecordType(
        name: "coord.agreement", title: "党建联建协议", singular: "agreement", plural: "agreements", key: "id",
        placement: [.street, .community],
        fields: [
            Field("title", "协议名称", .text, required: true, summary: "The agreement's title.", check: FieldChecks.notBlank),
            Field("company", "物业企业", .reference("org.company"), summary: "The company that signed it."),
            Field("party_organization", "企业党组织", .reference("org.party_organization"),
                  summary: "The company's party organization, if it signed."),
            Field("signed_on", "签订日期", .date, required: true, summary: "When it was signed."),
            Field("expires_on", "到期日期", .date, summary: "When it ends, if it does."),
            Field("content", "联建内容", .text, summary: "What the parties do together."),
        ],
        summary: "A party-building cooperation agreement between a community and a company.")

    /// Kinds of joint event between community and company (一起过组织生活).
    public enum JointEventKind: String, Sendable, CaseIterable, ChoiceEnumeration {
        /// A joint volunteer event (联合志愿服务).
        case volunteer
        /// "Three meetings and one lesson" held together (三会一课).
        case partyLesson = "party_lesson"
        /// A themed party day (主题党日).
        case themedPartyDay = "themed_party_day"
        /// Party-member points assessment (党员积分).
        case memberPoints = "member_points"
        /// Party-member review (民主评议党员).
        case memberReview = "member_review"

        /// The Chinese name.
        public var chineseName: String {
            switch self {
            case .volunteer: "志愿服务"
            case .partyLesson: "三会一课"
            case .themedPartyDay: "主题党日"
            case .memberPoints: "党员积分"
            case .memberReview: "民主评议党员"
            }
        }
    }

    /// Joint event (联合活动): a volunteer event or a piece of shared organizational life.
    ///
    /// ```lua
    /// coord.create_joint_event{ title = "清理楼道杂物", kind = "volunteer", date = "2022-05-14",
    ///                           area = "颐泽花园", companies = { "91370302MA3C01037M" }, participants = 36 }
    /// ```
    public static let jointEvent = RecordType(
        name: "coord.joint_event", title: "联合活动", singular: "joint_event", plural: "joint_events", key: "id",
        placement: [.street, .community, .grid, .compound],
        fields: [
            Field("title", "活动名称", .text, required: true, summary: "What was done.", check: FieldChecks.notBlank),
            Field("kind", "活动类型", .choice(JointEventKind.choices), required: true, default: "volunteer",
                  summary: "Volunteer event or a kind of shared organizational life."),
            Field("date", "活动日期", .date, required: true, summary: "When it took place."),
            Field("companies", "参与企业", .references("org.company"), summary: "The companies that took part."),
            Field("participants", "参与人数", .integer, summary: "How many took part.", check: FieldChecks.nonNegative),
            Field("summary", "活动内容", .text, summary: "A short account."),
        ],
        summary: "A joint volunteer event or shared organizational life of community and company.",
        validate: FieldChecks.notAfterToday("date"))

    /// Convenience service project (便民服务项目): claimed by someone, delivered on a day.
    ///
    /// A project counts as delivered once `delivered_on` is set.
    ///
    /// ```lua
    /// coord.create_service_project{ name = "颐泽花园电动车充电桩", category = "充电桩", area = "颐泽花园",
    ///     claimed_by = "颐泽物业党支部", company = "91370302MA3C01037M",
    ///     claimed_on = "2022-04-01", delivered_on = "2022-06-30" }
    /// ```
    public static let serviceProject = RecordType(
        name: "coord.service_project", title: "便民服务项目", singular: "service_project", plural: "service_projects",
        key: "id", placement: [.street, .community, .grid, .compound],
        fields: [
            Field("name", "项目名称", .text, required: true, summary: "The project.", check: FieldChecks.notBlank),
            Field("category", "项目类别", .text, summary: "充电桩, 网格员驿站, 适老化改造, …"),
            Field("claimed_by", "认领单位", .text, required: true, summary: "Who claimed it (a branch, a company, a unit)."),
            Field("company", "物业企业", .reference("org.company"), summary: "The company involved, if any."),
            Field("claimed_on", "认领日期", .date, summary: "When it was claimed."),
            Field("delivered_on", "完成日期", .date, summary: "When it was delivered; empty until then."),
            Field("beneficiaries", "受益人数", .integer, summary: "Residents served.", check: FieldChecks.nonNegative),
        ],
        summary: "A convenience service project claimed and delivered for residents.",
        validate: FieldChecks.notAfterToday("delivered_on"))
}
