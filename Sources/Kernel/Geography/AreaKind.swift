/// A level of the area tree, from the district down to a building.
///
/// Compounds (小区) sit in a community beside its grids.
public enum AreaKind: String, Sendable, CaseIterable, Codable {
    case district
    case street
    case community
    case grid
    case microGrid = "micro_grid"
    case building
    case compound

    /// The Chinese name of the level: 区, 街道, 社区, 网格, 微网格, 楼栋, 小区.
    public var chineseName: String {
        switch self {
        case .district: "区"
        case .street: "街道"
        case .community: "社区"
        case .grid: "网格"
        case .microGrid: "微网格"
        case .building: "楼栋"
        case .compound: "小区"
        }
    }

    /// The kinds an area of this kind may sit in.
    public var allowedParents: [AreaKind] {
        switch self {
        case .district: []
        case .street: [.district]
        case .community: [.street]
        case .grid: [.community]
        case .microGrid: [.grid]
        case .building: [.microGrid, .compound]
        case .compound: [.community]
        }
    }

    /// A kind from its identifier (`micro_grid`) or Chinese name (`微网格`).
    public init?(identifier: String) {
        if let kind = AreaKind(rawValue: identifier) {
            self = kind
        } else if let kind = AreaKind.allCases.first(where: { $0.chineseName == identifier }) {
            self = kind
        } else {
            return nil
        }
    }
}
