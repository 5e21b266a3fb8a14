/// The LuaCATS classes of what the `coord` library's functions return.
///
/// `redprop docs` writes them into `docs/lua/coord.lua` beside the classes it
/// derives from the record types, so editors complete the results too.
extension Coordination {
    public var luaTypes: String {
        #"""

---An area filter plus the window checked: `period` (2023, 2023-01, 2022Q4), or `from` and `to`
---(YYYY-MM-DD); the last twelve months by default.
---@class CoordCadenceGapFilter: OrgAreaFilter
---@field period string?
---@field from string?
---@field to string?

---A body that held fewer meetings of a kind than its cadence requires in one period.
---@class CoordCadenceGap
---@field body string the body's name
---@field area string
---@field area_name string
---@field level "community"|"street"|"district"
---@field cadence string the cadence's name
---@field kind "joint"|"heart_to_heart"|"coordination"
---@field kind_name string
---@field period string 2023-01, 2022Q4 or 2022
---@field held integer
---@field required integer

---The time an issue spent at one level.
---@class CoordLevelStay
---@field level "community"|"street"|"district"
---@field level_name string 社区, 街道, 区
---@field entered string the day it reached the level
---@field left string? the day it left (escalated, resolved); nil while it is there and open
---@field days integer days from entered to left (or today)

---An open issue past its time.
---@class CoordOverdueIssue: CoordIssue
---@field level_since string the day it reached its current level
---@field days_at_level integer
---@field deadline string its due date, or the day its category's time limit ran out
---@field days_overdue integer

---What a body consists of.
---@class CoordProfile
---@field body string
---@field area string
---@field area_name string
---@field level "community"|"street"|"district"
---@field member_units integer
---@field issue_categories integer
---@field reserved_categories integer
---@field procedures integer
---@field meetings integer

---Counts of cooperation within the filter.
---@class CoordResults
---@field volunteer_events integer joint events of kind volunteer
---@field joint_events integer all joint events
---@field agreements integer
---@field service_projects integer claimed
---@field service_projects_delivered integer with a delivery date
---@field grid_supervisors integer current grid-supervisor cross-appointments
---@field secretaries_on_committees integer current company-to-community appointments
---@field cross_appointments integer all current cross-appointments
---@field bodies_district integer
---@field bodies_street integer
---@field bodies_community integer
---@field meetings integer
---@field issues_open integer
---@field issues_resolved integer
---@field issues_closed integer
"""#
    }
}
