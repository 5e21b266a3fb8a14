/// The LuaCATS classes of what the `org` library's functions return.
///
/// `redprop docs` writes them into `docs/lua/org.lua` beside the classes it
/// derives from the record types, so editors complete the results too.
extension Organization {
    public var luaTypes: String {
        #"""
---Which part of the actor's scope an indicator or list covers: at most one of these, by code or name.
---A kind key (`street`, `community`, …) also checks the area is of that kind.
---@class OrgAreaFilter
---@field within string? any area's subtree
---@field area string? records placed exactly in that area (lists only; indicators read it as `within`)
---@field district string?
---@field street string?
---@field community string?
---@field grid string?
---@field micro_grid string?
---@field building string?
---@field compound string?

---An area filter plus the year of development plans (default: the latest year with plans).
---@class OrgDevelopmentFilter: OrgAreaFilter
---@field year integer?

---An area filter, the level to break down by, and the year of development plans.
---@class OrgBreakdownFilter: OrgDevelopmentFilter
---@field by ("street"|"community")? default "street"

---Company party-organization coverage. `rate` is exact; `percent` is rounded down (26/28 → 92).
---@class OrgCoverage
---@field covered integer companies covered by any party organization (each counted once)
---@field total integer all companies
---@field rate number? covered / total; nil when there is no company
---@field percent integer? the rate as a whole percentage, rounded down
---@field uncovered OrgCompany[] the companies without a party organization

---Owners'-committee party coverage.
---@class OrgCommitteeCoverage
---@field covered integer committees with a party organization
---@field total integer all committees
---@field rate number?
---@field percent integer?
---@field uncovered OrgOwnersCommittee[]

---Charter inclusion (党建入章).
---@class OrgCharterRate
---@field with_charter integer
---@field total integer
---@field rate number?
---@field percent integer?
---@field without_charter OrgCompany[]

---"Zero clearance" (清零): companies with 20+ employees and no party member.
---@class OrgZeroClearance
---@field count integer
---@field cleared boolean true when there is none
---@field companies OrgCompany[]

---An uncovered company with the names of its active instructors.
---@class OrgUncoveredCompany: OrgCompany
---@field instructors string[]

---Instructors of the companies without a party organization.
---@class OrgInstructorCoverage
---@field uncovered integer companies without a party organization
---@field with_instructor integer of them, with an active instructor
---@field companies OrgUncoveredCompany[]
---@field without_instructor OrgCompany[]

---Company party branches (joint ones included).
---@class OrgBranchSummary
---@field branches integer company and joint branches placed in the area
---@field joint integer joint branches (联合党支部)
---@field companies_covered integer companies covered by any party organization

---Party-member development for one year.
---@class OrgDevelopment
---@field year integer? nil when no plan exists
---@field companies integer companies with a plan that year
---@field planned integer
---@field achieved integer
---@field rate number? achieved / planned
---@field percent integer? rounded down

---Every indicator at once.
---@class OrgOverview
---@field area string? the filter's area code
---@field area_name string?
---@field branches OrgBranchSummary
---@field coverage OrgCoverage
---@field committee_coverage OrgCommitteeCoverage
---@field zero_clearance OrgZeroClearance
---@field instructors OrgInstructorCoverage
---@field charter OrgCharterRate
---@field development OrgDevelopment

---One street's (or community's) indicators.
---@class OrgBreakdownLine
---@field area string
---@field area_name string
---@field companies integer
---@field covered integer
---@field coverage_rate number?
---@field branches integer
---@field joint_branches integer
---@field committees integer
---@field committees_covered integer
---@field committee_rate number?
---@field zero_clearance integer
---@field without_instructor integer
---@field with_charter integer
---@field charter_rate number?
---@field planned integer
---@field achieved integer
"""#
    }
}
