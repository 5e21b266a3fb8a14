import Kernel
import LuaHost

/// The `org` functions beyond the generated record functions: the indicators, and a credit-code
/// check. Every indicator takes a trailing filter table (``AreaFilter``) and respects the scope.
///
/// ```lua
/// local c = org.coverage{ street = "将军路街道" }
/// print(c.covered, c.total, c.percent)          --> 9  10  90
/// for _, company in ipairs(c.uncovered) do print(company.name) end
/// ```
enum OrganizationLuaFunctions {
    static let filterParameter = LuaParameter("filter", "OrgAreaFilter?", "street, community, within, … (default: the whole scope)")

    static let declarations = [
        indicator("coverage", returns: "OrgCoverage",
                  summary: "Company party-organization coverage: covered / all companies, with the uncovered listed.") {
            try $0.companyCoverage().luaValue(part: "covered", missing: "uncovered")
        },
        indicator("committee_coverage", returns: "OrgCommitteeCoverage",
                  summary: "Owners'-committee party coverage: committees with a party organization / all, with the rest listed.") {
            try $0.committeeCoverage().luaValue(part: "covered", missing: "uncovered")
        },
        indicator("zero_clearance", returns: "OrgZeroClearance",
                  summary: "\"Zero clearance\" (清零): companies with 20+ employees and no party member; cleared when none.") {
            ZeroClearance(companies: try $0.zeroClearance()).luaValue
        },
        indicator("instructor_coverage", returns: "OrgInstructorCoverage",
                  summary: "Uncovered companies and their active instructors, with those lacking one listed.") {
            try $0.instructorCoverage().luaValue
        },
        indicator("charter_rate", returns: "OrgCharterRate",
                  summary: "Charter inclusion: companies whose charter includes party building / all companies.") {
            try $0.charterInclusion().luaValue(part: "with_charter", missing: "without_charter")
        },
        indicator("branches", returns: "OrgBranchSummary",
                  summary: "Company party branches (joint ones included), joint branches, and companies covered.") {
            try $0.branches().luaValue
        },
        LuaFunctionDeclaration(
            "development", parameters: [LuaParameter("filter", "OrgDevelopmentFilter?", "an area filter plus year")],
            returns: "OrgDevelopment",
            summary: "Party-member development plans of a year (the latest with plans by default): planned vs achieved."
        ) { call, session in
            let options = try call.options(at: 1)
            let filter = try AreaFilter(options, session: session, function: "org.development", otherKeys: ["year"])
            let year = try year(options["year"], function: "org.development")
            call.push(try OrganizationIndicators(session: session, filter: filter).development(year: year).luaValue)
        },
        LuaFunctionDeclaration(
            "overview", parameters: [LuaParameter("filter", "OrgDevelopmentFilter?", "an area filter plus year")],
            returns: "OrgOverview", summary: "Every indicator above at once, as the org.overview report shows them."
        ) { call, session in
            let options = try call.options(at: 1)
            let filter = try AreaFilter(options, session: session, function: "org.overview", otherKeys: ["year"])
            let indicators = OrganizationIndicators(session: session, filter: filter)
            let year = try year(options["year"], function: "org.overview")
            call.push(try OrganizationOverview(indicators, year: year).luaValue)
        },
        LuaFunctionDeclaration(
            "breakdown", parameters: [LuaParameter("filter", "OrgBreakdownFilter?", "by = \"street\" or \"community\", an area filter, year")],
            returns: "OrgBreakdownLine[]", summary: "The indicators of each street (or community) within the filter."
        ) { call, session in
            let options = try call.options(at: 1)
            let filter = try AreaFilter(options, session: session, function: "org.breakdown", otherKeys: ["by", "year"])
            let byName = options["by"].stringValue ?? "street"
            guard let kind = AreaKind(identifier: byName), kind == .street || kind == .community else {
                throw KernelError(.invalid, "option 'by' must be \"street\" or \"community\", got '\(byName)'", at: "org.breakdown")
            }
            let lines = try OrganizationOverview.breakdown(OrganizationIndicators(session: session, filter: filter), by: kind,
                                                           year: try year(options["year"], function: "org.breakdown"))
            call.push(.table(LuaTable(sequence: lines.map(\.luaValue))))
        },
        LuaFunctionDeclaration(
            "check_credit_code", parameters: [LuaParameter("code", "string", "a unified social credit code")],
            returns: "boolean, string?",
            summary: "Checks a unified social credit code: true, or false and the reason (naming the expected check character)."
        ) { call, _ in
            if let problem = CreditCode.problem(in: try call.string(at: 1)) {
                call.push(false)
                call.push(.string(problem))
            } else {
                call.push(true)
            }
        },
    ]

    /// An indicator function: `org.NAME{filter}` computing `value` over the filter.
    static func indicator(_ name: String, returns: String, summary: String,
                          value: @escaping @Sendable (OrganizationIndicators) throws -> LuaValue) -> LuaFunctionDeclaration {
        LuaFunctionDeclaration(name, parameters: [filterParameter], returns: returns, summary: summary) { call, session in
            let filter = try AreaFilter(try call.options(at: 1), session: session, function: "org.\(name)")
            call.push(try value(OrganizationIndicators(session: session, filter: filter)))
        }
    }

    /// The `year` option: a whole number, or `nil` when absent.
    static func year(_ value: LuaValue, function: String) throws -> Int? {
        guard value != .nil else { return nil }
        guard let year = value.integerValue ?? value.stringValue.flatMap(Int64.init) else {
            throw KernelError(.invalid, "option 'year' must be a year such as 2022, got \(value)", at: function)
        }
        return Int(year)
    }
}
