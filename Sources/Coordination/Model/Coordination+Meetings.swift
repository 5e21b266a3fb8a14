import Kernel
import Organization

extension Coordination {
    /// Meeting (会议) of a joint-meeting body: a joint meeting, a heart-to-heart talk or a
    /// coordination meeting, with its attendees, agenda, decisions and the issues it took up.
    ///
    /// Hold meetings with `coord.hold_meeting{…}`, which places the meeting where its body is
    /// and emits `coord.meeting.held`. Every write (including `coord.create_meeting` and CSV
    /// import) refuses a date after today by the session's clock.
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
            Field("kind", "会议类型", .choice(MeetingKind.choices), required: true,
                  summary: "Joint meeting, heart-to-heart talk or coordination meeting."),
            Field("date", "会议日期", .date, required: true, summary: "When it was held (not after today)."),
            Field("topic", "会议主题", .text, summary: "Its subject."),
            Field("attendees", "参会人员", .text, summary: "Who attended (names or units, separated by 、)."),
            Field("attendee_count", "参会人数", .integer, summary: "How many attended.", check: FieldChecks.nonNegative),
            Field("agenda", "议程", .text, summary: "What was discussed."),
            Field("decisions", "议定事项", .text, summary: "What was decided."),
            Field("issues", "关联问题", .references("coord.issue"), summary: "The coordination issues it took up (by number)."),
        ],
        summary: "A meeting held by a joint-meeting body.",
        validate: FieldChecks.notAfterToday("date"))
}

/// The kinds of meeting (会议类型) of the joint-meeting mechanism.
public enum MeetingKind: String, Sendable, CaseIterable, ChoiceEnumeration {
    /// A joint meeting (联席会议): monthly at the street, quarterly in the community.
    case joint
    /// A heart-to-heart talk (恳谈会) with residents and the company: monthly in the community.
    case heartToHeart = "heart_to_heart"
    /// A coordination meeting (协调会), called whenever an issue needs it.
    case coordination

    /// The Chinese name.
    public var chineseName: String {
        switch self {
        case .joint: "联席会议"
        case .heartToHeart: "恳谈会"
        case .coordination: "协调会"
        }
    }
}
