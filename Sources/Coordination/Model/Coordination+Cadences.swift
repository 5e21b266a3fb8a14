import Kernel
import Organization

extension Coordination {
    /// How often a cadence asks for meetings.
    public enum CadencePeriod: String, Sendable, CaseIterable, ChoiceEnumeration {
        /// Every calendar month (每月).
        case month
        /// Every calendar quarter (每季度).
        case quarter
        /// Every calendar year (每年).
        case year

        /// The Chinese name.
        public var chineseName: String {
            switch self {
            case .month: "每月"
            case .quarter: "每季度"
            case .year: "每年"
            }
        }
    }

    /// Required meeting cadence (会议频次要求): every body of a level must hold at least `count`
    /// meetings of a kind each period. Data, not code: a district changes it with
    /// `coord.update_cadence`.
    ///
    /// A handler of `area.created` seeds the three standard cadences when the district is created: the street
    /// joint meeting monthly, the community joint meeting quarterly, the community heart-to-heart
    /// talk monthly. Coordination meetings are held as needed and have no cadence.
    ///
    /// ```lua
    /// coord.update_cadence("社区每月恳谈会", { count = 2 })
    /// ```
    public static let cadence = RecordType(
        name: "coord.cadence", title: "会议频次要求", singular: "cadence", plural: "cadences", key: "name",
        placement: [.district],
        fields: [
            Field("name", "名称", .text, required: true, unique: true, summary: "The requirement's name.",
                  check: FieldChecks.notBlank),
            Field("level", "层级", .choice(CoordinationLevel.choices), required: true,
                  summary: "The bodies it applies to: those of this level."),
            Field("meeting_kind", "会议类型", .choice(MeetingKind.choices), required: true,
                  summary: "The kind of meeting required."),
            Field("period", "周期", .choice(CadencePeriod.choices), required: true,
                  summary: "Month, quarter or year."),
            Field("count", "次数", .integer, required: true, default: 1, summary: "Meetings required per period.",
                  check: FieldChecks.positive),
            Field("basis", "依据", .text, summary: "Where the requirement comes from."),
        ],
        summary: "A required meeting cadence for the bodies of one level.")

    /// The three standard cadences: name, level, meeting kind, period, count, basis.
    public static let standardCadences: [(name: String, level: CoordinationLevel, kind: MeetingKind,
                                          period: CadencePeriod, count: Int, basis: String)] = [
        ("街道每月联席会议", .street, .joint, .month, 1, "街道“红色物业”党建联盟每月至少召开1次联席会议"),
        ("社区每季度联席会", .community, .joint, .quarter, 1, "三会制度：每季度1次联席会"),
        ("社区每月恳谈会", .community, .heartToHeart, .month, 1, "三会制度：每月1次恳谈会"),
    ]
}
