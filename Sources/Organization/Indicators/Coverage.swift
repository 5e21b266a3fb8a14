import Kernel
import LuaHost
import Reporting

/// A share of records that meet a condition, with the ones that do not: company coverage,
/// owners'-committee coverage, charter inclusion.
///
/// ```swift
/// let coverage = try OrganizationIndicators(session: session).companyCoverage()
/// coverage.part        // 26
/// coverage.whole       // 28
/// coverage.percent     // 92 (rounded down, as the district publishes it)
/// coverage.missing     // the 2 uncovered companies
/// ```
public struct Coverage: Sendable, Equatable {
    /// How many records meet the condition.
    public var part: Int
    /// How many records there are.
    public var whole: Int
    /// The records that do not meet it, in id order.
    public var missing: [Record]

    /// A coverage.
    public init(part: Int, whole: Int, missing: [Record]) {
        self.part = part
        self.whole = whole
        self.missing = missing
    }

    /// `part / whole`, or `nil` when there is nothing to cover.
    public var rate: Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }

    /// The rate as a whole percentage rounded down (26 of 28 is 92, not 93), or `nil` for 0 of 0.
    ///
    /// Rounding down never shows a target as met before it is: 199 of 200 is 99%, not 100%.
    public var percent: Int? {
        whole == 0 ? nil : part * 100 / whole
    }

    /// The rate as a report figure: exact ratio (shown with one decimal) and "part / whole".
    public func figure(_ label: String) -> Figure {
        Figure.ratio(label, part, of: whole)
    }

    /// The coverage as a Lua table, under the names the indicator uses.
    ///
    /// `names` gives the keys of `part` and `missing` (`covered`, `uncovered`); `whole` is `total`.
    public func luaValue(part partName: String, missing missingName: String) -> LuaValue {
        var table = LuaTable([
            partName: .integer(Int64(part)),
            "total": .integer(Int64(whole)),
            missingName: .table(LuaTable(sequence: missing.map(\.luaValue))),
        ])
        if let rate { table["rate"] = .number(rate) }
        if let percent { table["percent"] = .integer(Int64(percent)) }
        return .table(table)
    }
}

/// The company party branches of an area (企业党支部, joint ones included) and what they cover.
public struct BranchSummary: Sendable, Equatable {
    /// Company and joint branches.
    public var branches: Int
    /// Of them, joint branches (联合党支部).
    public var jointBranches: Int
    /// Distinct companies covered by any party organization.
    public var companiesCovered: Int

    /// A summary.
    public init(branches: Int, jointBranches: Int, companiesCovered: Int) {
        self.branches = branches
        self.jointBranches = jointBranches
        self.companiesCovered = companiesCovered
    }

    /// The summary as a Lua table: `{branches=, joint=, companies_covered=}`.
    public var luaValue: LuaValue {
        ["branches": .integer(Int64(branches)), "joint": .integer(Int64(jointBranches)),
         "companies_covered": .integer(Int64(companiesCovered))]
    }
}

/// Instructors for uncovered companies: every company without a party organization should have one.
public struct InstructorCoverage: Sendable, Equatable {
    /// Uncovered companies, each with the names of its active instructors (possibly none).
    public var uncovered: [(company: Record, instructors: [String])]

    /// How many uncovered companies have at least one active instructor.
    public var withInstructor: Int { uncovered.filter { !$0.instructors.isEmpty }.count }

    /// The uncovered companies with no active instructor.
    public var withoutInstructor: [Record] { uncovered.filter { $0.instructors.isEmpty }.map(\.company) }

    /// The coverage as a Lua table.
    public var luaValue: LuaValue {
        let rows = uncovered.map { entry -> LuaValue in
            var company = entry.company.luaValue.tableValue ?? LuaTable()
            company["instructors"] = .table(LuaTable(sequence: entry.instructors.map(LuaValue.string)))
            return .table(company)
        }
        return ["uncovered": .integer(Int64(uncovered.count)), "with_instructor": .integer(Int64(withInstructor)),
                "companies": .table(LuaTable(sequence: rows)),
                "without_instructor": .table(LuaTable(sequence: withoutInstructor.map(\.luaValue)))]
    }

    /// Equal when the same companies have the same instructors.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.uncovered.map(\.company) == rhs.uncovered.map(\.company)
            && lhs.uncovered.map(\.instructors) == rhs.uncovered.map(\.instructors)
    }
}

/// Party-member development: planned against achieved for one year.
public struct DevelopmentProgress: Sendable, Equatable {
    /// The year; `nil` when no plan exists at all.
    public var year: Int?
    /// Companies with a plan that year.
    public var companies: Int
    /// Members planned.
    public var planned: Int
    /// Members admitted.
    public var achieved: Int

    /// `achieved / planned`, or `nil` when nothing was planned.
    public var rate: Double? { planned == 0 ? nil : Double(achieved) / Double(planned) }

    /// The progress as a Lua table.
    public var luaValue: LuaValue {
        var table = LuaTable(["companies": .integer(Int64(companies)), "planned": .integer(Int64(planned)),
                              "achieved": .integer(Int64(achieved))])
        if let year { table["year"] = .integer(Int64(year)) }
        if let rate {
            table["rate"] = .number(rate)
            table["percent"] = .integer(Int64(achieved * 100 / planned))
        }
        return .table(table)
    }
}
