import Kernel
import LuaHost

/// Every organization-leadership indicator of one area at once: what `org.overview{…}` returns
/// and the `org.overview` report shows.
public struct OrganizationOverview: Sendable, Equatable {
    /// The area covered (`nil`: the actor's whole scope).
    public var area: Area?
    /// Company and joint branches, and the companies covered.
    public var branches: BranchSummary
    /// Company party-organization coverage.
    public var companyCoverage: Coverage
    /// Owners'-committee party coverage.
    public var committeeCoverage: Coverage
    /// Companies with 20+ staff and no party member.
    public var zeroClearance: [Record]
    /// Uncovered companies and their instructors.
    public var instructors: InstructorCoverage
    /// Charter inclusion.
    public var charter: Coverage
    /// Development plans of the chosen year.
    public var development: DevelopmentProgress

    /// Computes every indicator over `indicators`' filter; `year` picks the development plans.
    public init(_ indicators: OrganizationIndicators, year: Int? = nil) throws {
        area = indicators.filter.area
        branches = try indicators.branches()
        companyCoverage = try indicators.companyCoverage()
        committeeCoverage = try indicators.committeeCoverage()
        zeroClearance = try indicators.zeroClearance()
        instructors = try indicators.instructorCoverage()
        charter = try indicators.charterInclusion()
        development = try indicators.development(year: year)
    }

    /// The overview as a Lua table, one field per indicator (each as its own function returns it).
    public var luaValue: LuaValue {
        var table = LuaTable([
            "branches": branches.luaValue,
            "coverage": companyCoverage.luaValue(part: "covered", missing: "uncovered"),
            "committee_coverage": committeeCoverage.luaValue(part: "covered", missing: "uncovered"),
            "zero_clearance": ZeroClearance(companies: zeroClearance).luaValue,
            "instructors": instructors.luaValue,
            "charter": charter.luaValue(part: "with_charter", missing: "without_charter"),
            "development": development.luaValue,
        ])
        if let area {
            table["area"] = .string(area.code)
            table["area_name"] = .string(area.name)
        }
        return .table(table)
    }

    /// One line of a breakdown by street or community.
    public struct Line: Sendable, Equatable {
        /// The street or community.
        public var area: Area
        /// Its indicators.
        public var overview: OrganizationOverview

        /// The line as a Lua table: area, counts and rates flattened.
        public var luaValue: LuaValue {
            var table = LuaTable([
                "area": .string(area.code), "area_name": .string(area.name),
                "companies": .integer(Int64(overview.companyCoverage.whole)),
                "covered": .integer(Int64(overview.companyCoverage.part)),
                "branches": .integer(Int64(overview.branches.branches)),
                "joint_branches": .integer(Int64(overview.branches.jointBranches)),
                "committees": .integer(Int64(overview.committeeCoverage.whole)),
                "committees_covered": .integer(Int64(overview.committeeCoverage.part)),
                "zero_clearance": .integer(Int64(overview.zeroClearance.count)),
                "without_instructor": .integer(Int64(overview.instructors.withoutInstructor.count)),
                "with_charter": .integer(Int64(overview.charter.part)),
                "planned": .integer(Int64(overview.development.planned)),
                "achieved": .integer(Int64(overview.development.achieved)),
            ])
            if let rate = overview.companyCoverage.rate { table["coverage_rate"] = .number(rate) }
            if let rate = overview.committeeCoverage.rate { table["committee_rate"] = .number(rate) }
            if let rate = overview.charter.rate { table["charter_rate"] = .number(rate) }
            return .table(table)
        }
    }

    /// The overview of every area of `kind` (street or community) inside `indicators`' filter.
    public static func breakdown(_ indicators: OrganizationIndicators, by kind: AreaKind, year: Int? = nil) throws
        -> [Line]
    {
        try indicators.filter.areas(of: kind, in: indicators.session).map { area in
            let local = OrganizationIndicators(session: indicators.session, filter: AreaFilter(area: area))
            return Line(area: area, overview: try OrganizationOverview(local, year: year))
        }
    }
}

/// The "zero clearance" (清零) result: the companies with 20+ staff and no party member.
public struct ZeroClearance: Sendable, Equatable {
    /// The companies; cleared when empty.
    public var companies: [Record]

    /// `{count=, cleared=, companies={…}}`.
    public var luaValue: LuaValue {
        ["count": .integer(Int64(companies.count)), "cleared": .boolean(companies.isEmpty),
         "companies": .table(LuaTable(sequence: companies.map(\.luaValue)))]
    }
}
