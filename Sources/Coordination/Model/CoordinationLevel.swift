import Kernel

/// A level of the joint-meeting mechanism: community, street, district — the way an issue goes up.
///
/// A joint-meeting body's level is the kind of area it is placed in: a body placed in a street is
/// a street body.
public enum CoordinationLevel: String, Sendable, CaseIterable, Comparable {
    /// The community: the "three meetings" (三会制度).
    case community
    /// The street: the "Red Property" party-building alliance's monthly joint meeting.
    case street
    /// The district joint meeting (区联席会议).
    case district

    /// The Chinese name: 社区, 街道, 区.
    public var chineseName: String {
        switch self {
        case .community: "社区"
        case .street: "街道"
        case .district: "区"
        }
    }

    /// The level an issue escalates to next, or `nil` at the district.
    public var next: CoordinationLevel? {
        switch self {
        case .community: .street
        case .street: .district
        case .district: nil
        }
    }

    /// The level of a body placed in an area of `kind`, if bodies may sit there.
    public init?(areaKind kind: AreaKind) {
        switch kind {
        case .community: self = .community
        case .street: self = .street
        case .district: self = .district
        default: return nil
        }
    }

    /// The area kind of this level.
    public var areaKind: AreaKind {
        switch self {
        case .community: .community
        case .street: .street
        case .district: .district
        }
    }

    /// The field choice.
    public var choice: Choice { Choice(rawValue, chineseName) }

    /// The choices of a level field, in escalation order.
    public static let choices = allCases.map(\.choice)

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// The kinds of meeting (会议类型) of the joint-meeting mechanism.
public enum MeetingKind: String, Sendable, CaseIterable {
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

    /// The field choice.
    public var choice: Choice { Choice(rawValue, chineseName) }
}

/// The statuses of a coordination issue.
public enum IssueStatus: String, Sendable, CaseIterable {
    /// Being coordinated (协调中): may be escalated.
    case open
    /// Settled by a meeting (已解决).
    case resolved
    /// Closed after follow-up (已办结).
    case closed

    /// The Chinese name.
    public var chineseName: String {
        switch self {
        case .open: "协调中"
        case .resolved: "已解决"
        case .closed: "已办结"
        }
    }

    /// The field choice.
    public var choice: Choice { Choice(rawValue, chineseName) }
}
