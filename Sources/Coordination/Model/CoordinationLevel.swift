import Kernel

/// A level of the joint-meeting mechanism: community, street, district — the way an issue goes up.
///
/// A joint-meeting body's level is the kind of area it is placed in: a body placed in a street is
/// a street body.
public enum CoordinationLevel: String, Sendable, CaseIterable, ChoiceEnumeration, Comparable {
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

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// Lower in the chain: community < street < district.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
