---@meta
-- LuaCATS annotations of `coord`: 综合协调 (coord 1.0.0).
-- Written from the module's declarations (RecordType fields, LuaFunctionDeclaration); see docs/coordination.md.

---联席会议 (`coord.body`): A joint-meeting body at district, street or community level.
---@class CoordBody
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field name string 名称, required, unique: The body's name.
---@field convener string? 牵头单位: The unit that convenes it.
---@field established string? 成立日期: When it was set up; no meeting is required of it for periods that ended before.
---@field duties string? 工作职责: What the body is for.

---Filters of `coord.bodies{…}`: any field (a reference by its key), an area, order and limit.
---@class CoordBodyFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field name string? 名称
---@field convener string? 牵头单位
---@field established string? 成立日期
---@field duties string? 工作职责

---成员单位 (`coord.member_unit`): A member unit of a joint-meeting body and its duties.
---@class CoordMemberUnit
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field body string 联席会议 → coord.body, required: The body (by name).
---@field name string 单位名称, required: The unit.
---@field duties string 工作职责, required: Its written duties in the body.
---@field contact string? 联络人: Its liaison.

---Filters of `coord.member_units{…}`: any field (a reference by its key), an area, order and limit.
---@class CoordMemberUnitFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field body string? 联席会议
---@field name string? 单位名称
---@field duties string? 工作职责
---@field contact string? 联络人

---问题类别 (`coord.category`): A category of prominent issue a body coordinates.
---@class CoordCategory
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field code string 类别编号, required, unique: A short code (C01).
---@field name string 类别名称, required: What kind of issue it is.
---@field body string 联席会议 → coord.body, required: The body that coordinates issues of this category.
---@field reserved_for_district boolean? 区级专属: Whether the district decides it: its issues escalate straight to the district.
---@field time_limit_days integer? 办理时限(天): Days an open issue may stay at one level without a due date before it is overdue.
---@field description string? 说明: Examples and boundaries of the category.

---Filters of `coord.categories{…}`: any field (a reference by its key), an area, order and limit.
---@class CoordCategoryFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field code string? 类别编号
---@field name string? 类别名称
---@field body string? 联席会议
---@field reserved_for_district boolean? 区级专属
---@field time_limit_days integer? 办理时限(天)
---@field description string? 说明

---协调程序 (`coord.procedure`): A standard coordination procedure of a body.
---@class CoordProcedure
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field body string 联席会议 → coord.body, required: The body (by name).
---@field number integer 序号, required: Its place in the body's list.
---@field name string 程序名称, required: The procedure.
---@field steps string? 工作流程: Its steps.

---Filters of `coord.procedures{…}`: any field (a reference by its key), an area, order and limit.
---@class CoordProcedureFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field body string? 联席会议
---@field number integer? 序号
---@field name string? 程序名称
---@field steps string? 工作流程

---会议频次要求 (`coord.cadence`): A required meeting cadence for the bodies of one level.
---@class CoordCadence
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field name string 名称, required, unique: The requirement's name.
---@field level ("community"|"street"|"district") 层级, required: The bodies it applies to: those of this level.
---@field meeting_kind ("joint"|"heart_to_heart"|"coordination") 会议类型, required: The kind of meeting required.
---@field period ("month"|"quarter"|"year") 周期, required: Month, quarter or year.
---@field count integer 次数, required: Meetings required per period.
---@field basis string? 依据: Where the requirement comes from.

---Filters of `coord.cadences{…}`: any field (a reference by its key), an area, order and limit.
---@class CoordCadenceFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field name string? 名称
---@field level ("community"|"street"|"district")? 层级
---@field meeting_kind ("joint"|"heart_to_heart"|"coordination")? 会议类型
---@field period ("month"|"quarter"|"year")? 周期
---@field count integer? 次数
---@field basis string? 依据

---协调事项 (`coord.issue`): An issue brought to the joint-meeting mechanism.
---@class CoordIssue
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field number string 编号, required, unique: The issue's number (XT-2023-004).
---@field title string 事项, required: What the issue is.
---@field category string? 问题类别 → coord.category: Its category (by code).
---@field raised_level ("community"|"street"|"district") 提出层级, required: The level where it was raised.
---@field level ("community"|"street"|"district") 当前层级, required: The level handling it now; coord.escalate moves it up.
---@field status ("open"|"resolved"|"closed") 状态, required: Open (being coordinated), resolved or closed.
---@field raised_on string 提出日期, required: When it was raised.
---@field due_on string? 办结时限: When it must be settled; without one, the category's time limit at each level applies.
---@field raised_by string? 提出人: Who raised it (a resident, the company, a grid worker).
---@field resolution string? 处理结果: How it was settled.
---@field resolved_on string? 解决日期: When it was settled.

---Filters of `coord.issues{…}`: any field (a reference by its key), an area, order and limit.
---@class CoordIssueFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field number string? 编号
---@field title string? 事项
---@field category string? 问题类别
---@field raised_level ("community"|"street"|"district")? 提出层级
---@field level ("community"|"street"|"district")? 当前层级
---@field status ("open"|"resolved"|"closed")? 状态
---@field raised_on string? 提出日期
---@field due_on string? 办结时限
---@field raised_by string? 提出人
---@field resolution string? 处理结果
---@field resolved_on string? 解决日期

---升级记录 (`coord.escalation`): One step up an issue's escalation chain.
---@class CoordEscalation
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field issue string 协调事项 → coord.issue, required: The issue (by number).
---@field from_level ("community"|"street"|"district") 原层级, required: Where it was.
---@field to_level ("community"|"street"|"district") 上报层级, required: Where it went.
---@field date string 上报日期, required: The day it entered the new level.
---@field reason string 上报理由, required: Why the lower level could not settle it.

---Filters of `coord.escalations{…}`: any field (a reference by its key), an area, order and limit.
---@class CoordEscalationFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field issue string? 协调事项
---@field from_level ("community"|"street"|"district")? 原层级
---@field to_level ("community"|"street"|"district")? 上报层级
---@field date string? 上报日期
---@field reason string? 上报理由

---会议 (`coord.meeting`): A meeting held by a joint-meeting body.
---@class CoordMeeting
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field body string 联席会议 → coord.body, required: The body that met (by name).
---@field kind ("joint"|"heart_to_heart"|"coordination") 会议类型, required: Joint meeting, heart-to-heart talk or coordination meeting.
---@field date string 会议日期, required: When it was held (not after today).
---@field topic string? 会议主题: Its subject.
---@field attendees string? 参会人员: Who attended (names or units, separated by 、).
---@field attendee_count integer? 参会人数: How many attended.
---@field agenda string? 议程: What was discussed.
---@field decisions string? 议定事项: What was decided.
---@field issues string[]? 关联问题 → coord.issue: The coordination issues it took up (by number).

---Filters of `coord.meetings{…}`: any field (a reference by its key), an area, order and limit.
---@class CoordMeetingFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field body string? 联席会议
---@field kind ("joint"|"heart_to_heart"|"coordination")? 会议类型
---@field date string? 会议日期
---@field topic string? 会议主题
---@field attendees string? 参会人员
---@field attendee_count integer? 参会人数
---@field agenda string? 议程
---@field decisions string? 议定事项
---@field issues string? 关联问题

---交叉任职 (`coord.cross_appointment`): A cross-appointment between community and company.
---@class CoordCrossAppointment
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field person string 姓名, required: Who holds the post.
---@field kind ("company_to_community"|"community_to_company"|"grid_supervisor") 任职类型, required: Which way the appointment goes.
---@field company string? 物业企业 → org.company: The company involved, if any.
---@field position string? 兼任职务: The post held on the other side.
---@field since string? 任职日期: Since when.
---@field until string? 卸任日期: Until when; empty while it lasts.

---Filters of `coord.cross_appointments{…}`: any field (a reference by its key), an area, order and limit.
---@class CoordCrossAppointmentFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field person string? 姓名
---@field kind ("company_to_community"|"community_to_company"|"grid_supervisor")? 任职类型
---@field company string? 物业企业
---@field position string? 兼任职务
---@field since string? 任职日期
---@field until string? 卸任日期

---党建联建协议 (`coord.agreement`): A party-building cooperation agreement between a community and a company.
---@class CoordAgreement
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field title string 协议名称, required: The agreement's title.
---@field company string? 物业企业 → org.company: The company that signed it.
---@field party_organization string? 企业党组织 → org.party_organization: The company's party organization, if it signed.
---@field signed_on string 签订日期, required: When it was signed.
---@field expires_on string? 到期日期: When it ends, if it does.
---@field content string? 联建内容: What the parties do together.

---Filters of `coord.agreements{…}`: any field (a reference by its key), an area, order and limit.
---@class CoordAgreementFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field title string? 协议名称
---@field company string? 物业企业
---@field party_organization string? 企业党组织
---@field signed_on string? 签订日期
---@field expires_on string? 到期日期
---@field content string? 联建内容

---联合活动 (`coord.joint_event`): A joint volunteer event or shared organizational life of community and company.
---@class CoordJointEvent
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field title string 活动名称, required: What was done.
---@field kind ("volunteer"|"party_lesson"|"themed_party_day"|"member_points"|"member_review") 活动类型, required: Volunteer event or a kind of shared organizational life.
---@field date string 活动日期, required: When it took place.
---@field companies string[]? 参与企业 → org.company: The companies that took part.
---@field participants integer? 参与人数: How many took part.
---@field summary string? 活动内容: A short account.

---Filters of `coord.joint_events{…}`: any field (a reference by its key), an area, order and limit.
---@class CoordJointEventFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field title string? 活动名称
---@field kind ("volunteer"|"party_lesson"|"themed_party_day"|"member_points"|"member_review")? 活动类型
---@field date string? 活动日期
---@field companies string? 参与企业
---@field participants integer? 参与人数
---@field summary string? 活动内容

---便民服务项目 (`coord.service_project`): A convenience service project claimed and delivered for residents.
---@class CoordServiceProject
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field name string 项目名称, required: The project.
---@field category string? 项目类别: 充电桩, 网格员驿站, 适老化改造, …
---@field claimed_by string 认领单位, required: Who claimed it (a branch, a company, a unit).
---@field company string? 物业企业 → org.company: The company involved, if any.
---@field claimed_on string? 认领日期: When it was claimed.
---@field delivered_on string? 完成日期: When it was delivered; empty until then.
---@field beneficiaries integer? 受益人数: Residents served.

---Filters of `coord.service_projects{…}`: any field (a reference by its key), an area, order and limit.
---@class CoordServiceProjectFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field name string? 项目名称
---@field category string? 项目类别
---@field claimed_by string? 认领单位
---@field company string? 物业企业
---@field claimed_on string? 认领日期
---@field delivered_on string? 完成日期
---@field beneficiaries integer? 受益人数

---An area filter plus the window checked: `period` (2023, 2023-01, 2022Q4), or `from` and `to`
---(YYYY-MM-DD); the last twelve months by default.
---@class CoordCadenceFilter: OrgAreaFilter
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

---综合协调: the `coord` library.
coord = {}

---Lists 联席会议 records in scope that match the filter.
---@param filter CoordBodyFilter? field values, area kinds, order, limit
---@return CoordBody[]
function coord.bodies(filter) end

---Iterates 联席会议 records one at a time, for results too large to load whole.
---@param filter CoordBodyFilter?
---@return fun(): CoordBody?
function coord.each_body(filter) end

---The 联席会议 with this name (or id), or nil.
---@param key string|integer its name or id
---@return CoordBody?
function coord.body(key) end

---Creates a 联席会议; an invalid field raises an error naming it.
---@param fields CoordBody
---@return CoordBody
function coord.create_body(fields) end

---Changes the given fields of a 联席会议.
---@param key string|integer
---@param changes CoordBody
---@return CoordBody
function coord.update_body(key, changes) end

---Deletes a 联席会议; refused while other records refer to it.
---@param key string|integer
---@return true
function coord.delete_body(key) end

---Lists 成员单位 records in scope that match the filter.
---@param filter CoordMemberUnitFilter? field values, area kinds, order, limit
---@return CoordMemberUnit[]
function coord.member_units(filter) end

---Iterates 成员单位 records one at a time, for results too large to load whole.
---@param filter CoordMemberUnitFilter?
---@return fun(): CoordMemberUnit?
function coord.each_member_unit(filter) end

---The 成员单位 with this id, or nil.
---@param key string|integer its id
---@return CoordMemberUnit?
function coord.member_unit(key) end

---Creates a 成员单位; an invalid field raises an error naming it.
---@param fields CoordMemberUnit
---@return CoordMemberUnit
function coord.create_member_unit(fields) end

---Changes the given fields of a 成员单位.
---@param key string|integer
---@param changes CoordMemberUnit
---@return CoordMemberUnit
function coord.update_member_unit(key, changes) end

---Deletes a 成员单位; refused while other records refer to it.
---@param key string|integer
---@return true
function coord.delete_member_unit(key) end

---Lists 问题类别 records in scope that match the filter.
---@param filter CoordCategoryFilter? field values, area kinds, order, limit
---@return CoordCategory[]
function coord.categories(filter) end

---Iterates 问题类别 records one at a time, for results too large to load whole.
---@param filter CoordCategoryFilter?
---@return fun(): CoordCategory?
function coord.each_category(filter) end

---The 问题类别 with this code (or id), or nil.
---@param key string|integer its code or id
---@return CoordCategory?
function coord.category(key) end

---Creates a 问题类别; an invalid field raises an error naming it.
---@param fields CoordCategory
---@return CoordCategory
function coord.create_category(fields) end

---Changes the given fields of a 问题类别.
---@param key string|integer
---@param changes CoordCategory
---@return CoordCategory
function coord.update_category(key, changes) end

---Deletes a 问题类别; refused while other records refer to it.
---@param key string|integer
---@return true
function coord.delete_category(key) end

---Lists 协调程序 records in scope that match the filter.
---@param filter CoordProcedureFilter? field values, area kinds, order, limit
---@return CoordProcedure[]
function coord.procedures(filter) end

---Iterates 协调程序 records one at a time, for results too large to load whole.
---@param filter CoordProcedureFilter?
---@return fun(): CoordProcedure?
function coord.each_procedure(filter) end

---The 协调程序 with this id, or nil.
---@param key string|integer its id
---@return CoordProcedure?
function coord.procedure(key) end

---Creates a 协调程序; an invalid field raises an error naming it.
---@param fields CoordProcedure
---@return CoordProcedure
function coord.create_procedure(fields) end

---Changes the given fields of a 协调程序.
---@param key string|integer
---@param changes CoordProcedure
---@return CoordProcedure
function coord.update_procedure(key, changes) end

---Deletes a 协调程序; refused while other records refer to it.
---@param key string|integer
---@return true
function coord.delete_procedure(key) end

---Lists 会议频次要求 records in scope that match the filter.
---@param filter CoordCadenceFilter? field values, area kinds, order, limit
---@return CoordCadence[]
function coord.cadences(filter) end

---Iterates 会议频次要求 records one at a time, for results too large to load whole.
---@param filter CoordCadenceFilter?
---@return fun(): CoordCadence?
function coord.each_cadence(filter) end

---The 会议频次要求 with this name (or id), or nil.
---@param key string|integer its name or id
---@return CoordCadence?
function coord.cadence(key) end

---Creates a 会议频次要求; an invalid field raises an error naming it.
---@param fields CoordCadence
---@return CoordCadence
function coord.create_cadence(fields) end

---Changes the given fields of a 会议频次要求.
---@param key string|integer
---@param changes CoordCadence
---@return CoordCadence
function coord.update_cadence(key, changes) end

---Deletes a 会议频次要求; refused while other records refer to it.
---@param key string|integer
---@return true
function coord.delete_cadence(key) end

---Lists 协调事项 records in scope that match the filter.
---@param filter CoordIssueFilter? field values, area kinds, order, limit
---@return CoordIssue[]
function coord.issues(filter) end

---Iterates 协调事项 records one at a time, for results too large to load whole.
---@param filter CoordIssueFilter?
---@return fun(): CoordIssue?
function coord.each_issue(filter) end

---The 协调事项 with this number (or id), or nil.
---@param key string|integer its number or id
---@return CoordIssue?
function coord.issue(key) end

---Creates a 协调事项; an invalid field raises an error naming it.
---@param fields CoordIssue
---@return CoordIssue
function coord.create_issue(fields) end

---Changes the given fields of a 协调事项.
---@param key string|integer
---@param changes CoordIssue
---@return CoordIssue
function coord.update_issue(key, changes) end

---Deletes a 协调事项; refused while other records refer to it.
---@param key string|integer
---@return true
function coord.delete_issue(key) end

---Lists 升级记录 records in scope that match the filter.
---@param filter CoordEscalationFilter? field values, area kinds, order, limit
---@return CoordEscalation[]
function coord.escalations(filter) end

---Iterates 升级记录 records one at a time, for results too large to load whole.
---@param filter CoordEscalationFilter?
---@return fun(): CoordEscalation?
function coord.each_escalation(filter) end

---The 升级记录 with this id, or nil.
---@param key string|integer its id
---@return CoordEscalation?
function coord.escalation(key) end

---Creates a 升级记录; an invalid field raises an error naming it.
---@param fields CoordEscalation
---@return CoordEscalation
function coord.create_escalation(fields) end

---Changes the given fields of a 升级记录.
---@param key string|integer
---@param changes CoordEscalation
---@return CoordEscalation
function coord.update_escalation(key, changes) end

---Deletes a 升级记录; refused while other records refer to it.
---@param key string|integer
---@return true
function coord.delete_escalation(key) end

---Lists 会议 records in scope that match the filter.
---@param filter CoordMeetingFilter? field values, area kinds, order, limit
---@return CoordMeeting[]
function coord.meetings(filter) end

---Iterates 会议 records one at a time, for results too large to load whole.
---@param filter CoordMeetingFilter?
---@return fun(): CoordMeeting?
function coord.each_meeting(filter) end

---The 会议 with this id, or nil.
---@param key string|integer its id
---@return CoordMeeting?
function coord.meeting(key) end

---Creates a 会议; an invalid field raises an error naming it.
---@param fields CoordMeeting
---@return CoordMeeting
function coord.create_meeting(fields) end

---Changes the given fields of a 会议.
---@param key string|integer
---@param changes CoordMeeting
---@return CoordMeeting
function coord.update_meeting(key, changes) end

---Deletes a 会议; refused while other records refer to it.
---@param key string|integer
---@return true
function coord.delete_meeting(key) end

---Lists 交叉任职 records in scope that match the filter.
---@param filter CoordCrossAppointmentFilter? field values, area kinds, order, limit
---@return CoordCrossAppointment[]
function coord.cross_appointments(filter) end

---Iterates 交叉任职 records one at a time, for results too large to load whole.
---@param filter CoordCrossAppointmentFilter?
---@return fun(): CoordCrossAppointment?
function coord.each_cross_appointment(filter) end

---The 交叉任职 with this id, or nil.
---@param key string|integer its id
---@return CoordCrossAppointment?
function coord.cross_appointment(key) end

---Creates a 交叉任职; an invalid field raises an error naming it.
---@param fields CoordCrossAppointment
---@return CoordCrossAppointment
function coord.create_cross_appointment(fields) end

---Changes the given fields of a 交叉任职.
---@param key string|integer
---@param changes CoordCrossAppointment
---@return CoordCrossAppointment
function coord.update_cross_appointment(key, changes) end

---Deletes a 交叉任职; refused while other records refer to it.
---@param key string|integer
---@return true
function coord.delete_cross_appointment(key) end

---Lists 党建联建协议 records in scope that match the filter.
---@param filter CoordAgreementFilter? field values, area kinds, order, limit
---@return CoordAgreement[]
function coord.agreements(filter) end

---Iterates 党建联建协议 records one at a time, for results too large to load whole.
---@param filter CoordAgreementFilter?
---@return fun(): CoordAgreement?
function coord.each_agreement(filter) end

---The 党建联建协议 with this id, or nil.
---@param key string|integer its id
---@return CoordAgreement?
function coord.agreement(key) end

---Creates a 党建联建协议; an invalid field raises an error naming it.
---@param fields CoordAgreement
---@return CoordAgreement
function coord.create_agreement(fields) end

---Changes the given fields of a 党建联建协议.
---@param key string|integer
---@param changes CoordAgreement
---@return CoordAgreement
function coord.update_agreement(key, changes) end

---Deletes a 党建联建协议; refused while other records refer to it.
---@param key string|integer
---@return true
function coord.delete_agreement(key) end

---Lists 联合活动 records in scope that match the filter.
---@param filter CoordJointEventFilter? field values, area kinds, order, limit
---@return CoordJointEvent[]
function coord.joint_events(filter) end

---Iterates 联合活动 records one at a time, for results too large to load whole.
---@param filter CoordJointEventFilter?
---@return fun(): CoordJointEvent?
function coord.each_joint_event(filter) end

---The 联合活动 with this id, or nil.
---@param key string|integer its id
---@return CoordJointEvent?
function coord.joint_event(key) end

---Creates a 联合活动; an invalid field raises an error naming it.
---@param fields CoordJointEvent
---@return CoordJointEvent
function coord.create_joint_event(fields) end

---Changes the given fields of a 联合活动.
---@param key string|integer
---@param changes CoordJointEvent
---@return CoordJointEvent
function coord.update_joint_event(key, changes) end

---Deletes a 联合活动; refused while other records refer to it.
---@param key string|integer
---@return true
function coord.delete_joint_event(key) end

---Lists 便民服务项目 records in scope that match the filter.
---@param filter CoordServiceProjectFilter? field values, area kinds, order, limit
---@return CoordServiceProject[]
function coord.service_projects(filter) end

---Iterates 便民服务项目 records one at a time, for results too large to load whole.
---@param filter CoordServiceProjectFilter?
---@return fun(): CoordServiceProject?
function coord.each_service_project(filter) end

---The 便民服务项目 with this id, or nil.
---@param key string|integer its id
---@return CoordServiceProject?
function coord.service_project(key) end

---Creates a 便民服务项目; an invalid field raises an error naming it.
---@param fields CoordServiceProject
---@return CoordServiceProject
function coord.create_service_project(fields) end

---Changes the given fields of a 便民服务项目.
---@param key string|integer
---@param changes CoordServiceProject
---@return CoordServiceProject
function coord.update_service_project(key, changes) end

---Deletes a 便民服务项目; refused while other records refer to it.
---@param key string|integer
---@return true
function coord.delete_service_project(key) end

---Records a meeting held by a body (not dated after today), placed where the body is; emits coord.meeting.held.
---@param fields CoordMeeting body, kind, date (default today), …
---@return CoordMeeting
function coord.hold_meeting(fields) end

---Raises an issue at a level (community by default), dated today unless raised_on is given; emits coord.issue.raised.
---@param fields CoordIssue number, title, area, category, raised_level, …
---@return CoordIssue
function coord.raise_issue(fields) end

---Moves an open issue up a level (community → street → district; reserved categories straight to the district); emits coord.issue.escalated.
---@param issue string|integer the issue's number or id
---@param reason string why the current level cannot settle it
---@param options {date: string?}? the day it reached the new level (default today)
---@return CoordIssue
function coord.escalate(issue, reason, options) end

---Settles an issue (status resolved, or closed), recording how and when; emits coord.issue.resolved.
---@param issue string|integer the issue's number or id
---@param resolution string how it was settled
---@param options {date: string?, status: "resolved"|"closed"|nil}?
---@return CoordIssue
function coord.resolve(issue, resolution, options) end

---The levels an issue went through, with the days spent at each.
---@param issue string|integer the issue's number or id
---@return CoordLevelStay[]
function coord.chain(issue) end

---What a body consists of: member units, issue categories, procedures, meetings.
---@param body string? a body's name (default: the district joint meeting)
---@return CoordProfile?
function coord.profile(body) end

---Counts of cooperation: volunteer events, agreements, service projects delivered, grid supervisors, bodies, issues.
---@param filter OrgAreaFilter?
---@return CoordResults
function coord.results(filter) end

---Every body that held fewer meetings than a cadence requires, per period (default: the last 12 months).
---@param filter CoordCadenceFilter? an area filter plus period, or from and to
---@return CoordCadenceGap[]
function coord.cadence_gaps(filter) end

---Open issues past their due date, or longer at their level than their category allows, most overdue first.
---@param filter OrgAreaFilter?
---@return CoordOverdueIssue[]
function coord.overdue(filter) end

