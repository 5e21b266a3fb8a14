---@meta
-- LuaCATS annotations of `org`: 组织领导 (org 1.0.0).
-- Written from the module's declarations (RecordType fields, LuaFunctionDeclaration); see docs/organization.md.

---物业企业 (`org.company`): A property-management company: staff, party members, charter, credit code.
---@class OrgCompany
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field credit_code string 统一社会信用代码, required, unique: The unified social credit code (GB 32100-2015), 18 characters with its check character.
---@field name string 企业名称, required, unique: The registered name.
---@field legal_representative string? 法定代表人: The legal representative.
---@field contact_phone string? 联系电话: A phone number for the office.
---@field employees integer? 员工人数: Staff on the payroll; 20 or more with no party member breaks "zero clearance".
---@field party_members integer? 党员人数: Party members among the staff (never more than the staff).
---@field has_party_charter boolean? 党建写入公司章程: Whether the company's charter includes party building.
---@field star_rating integer? 星级: The service star rating, 1 to 5, when rated.

---Filters of `org.companies{…}`: any field (a reference by its key), an area, order and limit.
---@class OrgCompanyFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field credit_code string? 统一社会信用代码
---@field name string? 企业名称
---@field legal_representative string? 法定代表人
---@field contact_phone string? 联系电话
---@field employees integer? 员工人数
---@field party_members integer? 党员人数
---@field has_party_charter boolean? 党建写入公司章程
---@field star_rating integer? 星级

---在管小区 (`org.managed_compound`): Which company manages which compound, and since when.
---@class OrgManagedCompound
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field company string 物业企业 → org.company, required: The company managing the compound (its credit code).
---@field since string? 进驻日期: When the company took the compound over.
---@field until string? 退出日期: When it left; empty while it still manages it.
---@field contract_no string? 服务合同编号: The property-service contract's number.

---Filters of `org.managed_compounds{…}`: any field (a reference by its key), an area, order and limit.
---@class OrgManagedCompoundFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field company string? 物业企业
---@field since string? 进驻日期
---@field until string? 退出日期
---@field contract_no string? 服务合同编号

---党组织 (`org.party_organization`): A party organization and the companies it covers.
---@class OrgPartyOrganization
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field name string 党组织名称, required, unique: The organization's name.
---@field kind ("industry_committee"|"company_branch"|"joint_branch"|"owners_committee_branch") 类型, required: Industry committee, company branch, joint branch or owners'-committee branch.
---@field companies string[]? 覆盖企业 → org.company: The companies it covers (one for a company branch, several for a joint branch).
---@field secretary string? 书记: The secretary's name.
---@field members integer? 党员人数: Party members organised in it.
---@field founded string? 成立日期: When it was founded.
---@field parent string? 上级党组织 → org.party_organization: The organization it reports to (usually the industry committee).

---Filters of `org.party_organizations{…}`: any field (a reference by its key), an area, order and limit.
---@class OrgPartyOrganizationFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field name string? 党组织名称
---@field kind ("industry_committee"|"company_branch"|"joint_branch"|"owners_committee_branch")? 类型
---@field companies string? 覆盖企业
---@field secretary string? 书记
---@field members integer? 党员人数
---@field founded string? 成立日期
---@field parent string? 上级党组织

---业主委员会 (`org.owners_committee`): An owners' committee of a compound.
---@class OrgOwnersCommittee
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field name string 业委会名称, required, unique: The committee's name.
---@field term_start string? 任期开始: When the current term began.
---@field term_end string? 任期届满: When the current term ends.
---@field director string? 主任: The committee's director.
---@field members integer? 委员人数: How many members it has.
---@field party_members integer? 党员委员人数: How many members are party members.
---@field party_organization string? 党组织 → org.party_organization: The party organization in the committee, if any; counts for owners'-committee coverage.

---Filters of `org.owners_committees{…}`: any field (a reference by its key), an area, order and limit.
---@class OrgOwnersCommitteeFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field name string? 业委会名称
---@field term_start string? 任期开始
---@field term_end string? 任期届满
---@field director string? 主任
---@field members integer? 委员人数
---@field party_members integer? 党员委员人数
---@field party_organization string? 党组织

---党建指导员 (`org.instructor`): A party-building instructor.
---@class OrgInstructor
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field name string 姓名, required, unique: The instructor's name (add a distinguishing note if two share one: 李明(区委组织部)).
---@field unit string? 工作单位: Where the instructor works.
---@field position string? 职务: The instructor's position there.
---@field phone string? 联系电话: A phone number.
---@field is_party_member boolean? 是否党员: Whether the instructor is a party member.

---Filters of `org.instructors{…}`: any field (a reference by its key), an area, order and limit.
---@class OrgInstructorFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field name string? 姓名
---@field unit string? 工作单位
---@field position string? 职务
---@field phone string? 联系电话
---@field is_party_member boolean? 是否党员

---党建指导员选派 (`org.instructor_assignment`): An instructor's assignment to a company or compound.
---@class OrgInstructorAssignment
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field instructor string 党建指导员 → org.instructor, required: The instructor (by name).
---@field company string? 指导企业 → org.company: The company guided; empty for a compound-only assignment.
---@field start_on string? 选派日期: When the assignment began.
---@field end_on string? 结束日期: When it ended; empty while it lasts.
---@field tasks string? 指导任务: What the instructor is to achieve (e.g. found a branch).

---Filters of `org.instructor_assignments{…}`: any field (a reference by its key), an area, order and limit.
---@class OrgInstructorAssignmentFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field instructor string? 党建指导员
---@field company string? 指导企业
---@field start_on string? 选派日期
---@field end_on string? 结束日期
---@field tasks string? 指导任务

---发展党员计划 (`org.development_plan`): A company's party-member development plan for one year.
---@class OrgDevelopmentPlan
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field company string 物业企业 → org.company, required: The company.
---@field year integer 年度, required: The plan's year.
---@field planned integer 计划发展人数, required: Members planned to be admitted that year.
---@field achieved integer? 实际发展人数: Members actually admitted so far.

---Filters of `org.development_plans{…}`: any field (a reference by its key), an area, order and limit.
---@class OrgDevelopmentPlanFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field company string? 物业企业
---@field year integer? 年度
---@field planned integer? 计划发展人数
---@field achieved integer? 实际发展人数

---红色大礼包 (`org.support_package`): A ledger line of the "red gift package" given to a party organization.
---@class OrgSupportPackage
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field organization string 受赠党组织 → org.party_organization, required: The party organization that received it.
---@field given_on string 发放日期, required: When it was given.
---@field items string? 物品: What was given, separated by 、 (default: the standard package).
---@field funds number? 经费(元): Funds given, in yuan.
---@field given_by string? 发放单位: Who gave it.

---Filters of `org.support_packages{…}`: any field (a reference by its key), an area, order and limit.
---@class OrgSupportPackageFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field organization string? 受赠党组织
---@field given_on string? 发放日期
---@field items string? 物品
---@field funds number? 经费(元)
---@field given_by string? 发放单位

---工作标准条目 (`org.work_standard`): One item of the "Red Property" work standard.
---@class OrgWorkStandard
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field code string 条目编号, required, unique: The item's number (WS01).
---@field title string 标准内容, required: What must be done.
---@field category string? 类别: The chapter of the standard (组织建设, 阵地建设, …).
---@field weight integer? 分值: Points in the assessment.

---Filters of `org.work_standards{…}`: any field (a reference by its key), an area, order and limit.
---@class OrgWorkStandardFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field code string? 条目编号
---@field title string? 标准内容
---@field category string? 类别
---@field weight integer? 分值

---工作标准达标情况 (`org.standard_compliance`): Whether one company meets one item of the work standard.
---@class OrgStandardCompliance
---@field id integer row id (read-only)
---@field area string 所属区域: the area's code (a code or name on input)
---@field area_name string the area's name (read-only)
---@field company string 物业企业 → org.company, required: The company.
---@field standard string 标准条目 → org.work_standard, required: The work-standard item (its code).
---@field compliant boolean 是否达标, required: Whether the company meets it.
---@field assessed_on string? 评估日期: When it was assessed.
---@field note string? 说明: What is missing, or how it was verified.

---Filters of `org.standard_compliances{…}`: any field (a reference by its key), an area, order and limit.
---@class OrgStandardComplianceFilter: OrgAreaFilter
---@field order string? a field name, `-name` for descending
---@field limit integer? at most so many
---@field company string? 物业企业
---@field standard string? 标准条目
---@field compliant boolean? 是否达标
---@field assessed_on string? 评估日期
---@field note string? 说明

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

---组织领导: the `org` library.
org = {}

---Lists 物业企业 records in scope that match the filter.
---@param filter OrgCompanyFilter? field values, area kinds, order, limit
---@return OrgCompany[]
function org.companies(filter) end

---Iterates 物业企业 records one at a time, for results too large to load whole.
---@param filter OrgCompanyFilter?
---@return fun(): OrgCompany?
function org.each_company(filter) end

---The 物业企业 with this credit_code (or id), or nil.
---@param key string|integer its credit_code or id
---@return OrgCompany?
function org.company(key) end

---Creates a 物业企业; an invalid field raises an error naming it.
---@param fields OrgCompany
---@return OrgCompany
function org.create_company(fields) end

---Changes the given fields of a 物业企业.
---@param key string|integer
---@param changes OrgCompany
---@return OrgCompany
function org.update_company(key, changes) end

---Deletes a 物业企业; refused while other records refer to it.
---@param key string|integer
---@return true
function org.delete_company(key) end

---Lists 在管小区 records in scope that match the filter.
---@param filter OrgManagedCompoundFilter? field values, area kinds, order, limit
---@return OrgManagedCompound[]
function org.managed_compounds(filter) end

---Iterates 在管小区 records one at a time, for results too large to load whole.
---@param filter OrgManagedCompoundFilter?
---@return fun(): OrgManagedCompound?
function org.each_managed_compound(filter) end

---The 在管小区 with this id, or nil.
---@param key string|integer its id
---@return OrgManagedCompound?
function org.managed_compound(key) end

---Creates a 在管小区; an invalid field raises an error naming it.
---@param fields OrgManagedCompound
---@return OrgManagedCompound
function org.create_managed_compound(fields) end

---Changes the given fields of a 在管小区.
---@param key string|integer
---@param changes OrgManagedCompound
---@return OrgManagedCompound
function org.update_managed_compound(key, changes) end

---Deletes a 在管小区; refused while other records refer to it.
---@param key string|integer
---@return true
function org.delete_managed_compound(key) end

---Lists 党组织 records in scope that match the filter.
---@param filter OrgPartyOrganizationFilter? field values, area kinds, order, limit
---@return OrgPartyOrganization[]
function org.party_organizations(filter) end

---Iterates 党组织 records one at a time, for results too large to load whole.
---@param filter OrgPartyOrganizationFilter?
---@return fun(): OrgPartyOrganization?
function org.each_party_organization(filter) end

---The 党组织 with this name (or id), or nil.
---@param key string|integer its name or id
---@return OrgPartyOrganization?
function org.party_organization(key) end

---Creates a 党组织; an invalid field raises an error naming it.
---@param fields OrgPartyOrganization
---@return OrgPartyOrganization
function org.create_party_organization(fields) end

---Changes the given fields of a 党组织.
---@param key string|integer
---@param changes OrgPartyOrganization
---@return OrgPartyOrganization
function org.update_party_organization(key, changes) end

---Deletes a 党组织; refused while other records refer to it.
---@param key string|integer
---@return true
function org.delete_party_organization(key) end

---Lists 业主委员会 records in scope that match the filter.
---@param filter OrgOwnersCommitteeFilter? field values, area kinds, order, limit
---@return OrgOwnersCommittee[]
function org.owners_committees(filter) end

---Iterates 业主委员会 records one at a time, for results too large to load whole.
---@param filter OrgOwnersCommitteeFilter?
---@return fun(): OrgOwnersCommittee?
function org.each_owners_committee(filter) end

---The 业主委员会 with this name (or id), or nil.
---@param key string|integer its name or id
---@return OrgOwnersCommittee?
function org.owners_committee(key) end

---Creates a 业主委员会; an invalid field raises an error naming it.
---@param fields OrgOwnersCommittee
---@return OrgOwnersCommittee
function org.create_owners_committee(fields) end

---Changes the given fields of a 业主委员会.
---@param key string|integer
---@param changes OrgOwnersCommittee
---@return OrgOwnersCommittee
function org.update_owners_committee(key, changes) end

---Deletes a 业主委员会; refused while other records refer to it.
---@param key string|integer
---@return true
function org.delete_owners_committee(key) end

---Lists 党建指导员 records in scope that match the filter.
---@param filter OrgInstructorFilter? field values, area kinds, order, limit
---@return OrgInstructor[]
function org.instructors(filter) end

---Iterates 党建指导员 records one at a time, for results too large to load whole.
---@param filter OrgInstructorFilter?
---@return fun(): OrgInstructor?
function org.each_instructor(filter) end

---The 党建指导员 with this name (or id), or nil.
---@param key string|integer its name or id
---@return OrgInstructor?
function org.instructor(key) end

---Creates a 党建指导员; an invalid field raises an error naming it.
---@param fields OrgInstructor
---@return OrgInstructor
function org.create_instructor(fields) end

---Changes the given fields of a 党建指导员.
---@param key string|integer
---@param changes OrgInstructor
---@return OrgInstructor
function org.update_instructor(key, changes) end

---Deletes a 党建指导员; refused while other records refer to it.
---@param key string|integer
---@return true
function org.delete_instructor(key) end

---Lists 党建指导员选派 records in scope that match the filter.
---@param filter OrgInstructorAssignmentFilter? field values, area kinds, order, limit
---@return OrgInstructorAssignment[]
function org.instructor_assignments(filter) end

---Iterates 党建指导员选派 records one at a time, for results too large to load whole.
---@param filter OrgInstructorAssignmentFilter?
---@return fun(): OrgInstructorAssignment?
function org.each_instructor_assignment(filter) end

---The 党建指导员选派 with this id, or nil.
---@param key string|integer its id
---@return OrgInstructorAssignment?
function org.instructor_assignment(key) end

---Creates a 党建指导员选派; an invalid field raises an error naming it.
---@param fields OrgInstructorAssignment
---@return OrgInstructorAssignment
function org.create_instructor_assignment(fields) end

---Changes the given fields of a 党建指导员选派.
---@param key string|integer
---@param changes OrgInstructorAssignment
---@return OrgInstructorAssignment
function org.update_instructor_assignment(key, changes) end

---Deletes a 党建指导员选派; refused while other records refer to it.
---@param key string|integer
---@return true
function org.delete_instructor_assignment(key) end

---Lists 发展党员计划 records in scope that match the filter.
---@param filter OrgDevelopmentPlanFilter? field values, area kinds, order, limit
---@return OrgDevelopmentPlan[]
function org.development_plans(filter) end

---Iterates 发展党员计划 records one at a time, for results too large to load whole.
---@param filter OrgDevelopmentPlanFilter?
---@return fun(): OrgDevelopmentPlan?
function org.each_development_plan(filter) end

---The 发展党员计划 with this id, or nil.
---@param key string|integer its id
---@return OrgDevelopmentPlan?
function org.development_plan(key) end

---Creates a 发展党员计划; an invalid field raises an error naming it.
---@param fields OrgDevelopmentPlan
---@return OrgDevelopmentPlan
function org.create_development_plan(fields) end

---Changes the given fields of a 发展党员计划.
---@param key string|integer
---@param changes OrgDevelopmentPlan
---@return OrgDevelopmentPlan
function org.update_development_plan(key, changes) end

---Deletes a 发展党员计划; refused while other records refer to it.
---@param key string|integer
---@return true
function org.delete_development_plan(key) end

---Lists 红色大礼包 records in scope that match the filter.
---@param filter OrgSupportPackageFilter? field values, area kinds, order, limit
---@return OrgSupportPackage[]
function org.support_packages(filter) end

---Iterates 红色大礼包 records one at a time, for results too large to load whole.
---@param filter OrgSupportPackageFilter?
---@return fun(): OrgSupportPackage?
function org.each_support_package(filter) end

---The 红色大礼包 with this id, or nil.
---@param key string|integer its id
---@return OrgSupportPackage?
function org.support_package(key) end

---Creates a 红色大礼包; an invalid field raises an error naming it.
---@param fields OrgSupportPackage
---@return OrgSupportPackage
function org.create_support_package(fields) end

---Changes the given fields of a 红色大礼包.
---@param key string|integer
---@param changes OrgSupportPackage
---@return OrgSupportPackage
function org.update_support_package(key, changes) end

---Deletes a 红色大礼包; refused while other records refer to it.
---@param key string|integer
---@return true
function org.delete_support_package(key) end

---Lists 工作标准条目 records in scope that match the filter.
---@param filter OrgWorkStandardFilter? field values, area kinds, order, limit
---@return OrgWorkStandard[]
function org.work_standards(filter) end

---Iterates 工作标准条目 records one at a time, for results too large to load whole.
---@param filter OrgWorkStandardFilter?
---@return fun(): OrgWorkStandard?
function org.each_work_standard(filter) end

---The 工作标准条目 with this code (or id), or nil.
---@param key string|integer its code or id
---@return OrgWorkStandard?
function org.work_standard(key) end

---Creates a 工作标准条目; an invalid field raises an error naming it.
---@param fields OrgWorkStandard
---@return OrgWorkStandard
function org.create_work_standard(fields) end

---Changes the given fields of a 工作标准条目.
---@param key string|integer
---@param changes OrgWorkStandard
---@return OrgWorkStandard
function org.update_work_standard(key, changes) end

---Deletes a 工作标准条目; refused while other records refer to it.
---@param key string|integer
---@return true
function org.delete_work_standard(key) end

---Lists 工作标准达标情况 records in scope that match the filter.
---@param filter OrgStandardComplianceFilter? field values, area kinds, order, limit
---@return OrgStandardCompliance[]
function org.standard_compliances(filter) end

---Iterates 工作标准达标情况 records one at a time, for results too large to load whole.
---@param filter OrgStandardComplianceFilter?
---@return fun(): OrgStandardCompliance?
function org.each_standard_compliance(filter) end

---The 工作标准达标情况 with this id, or nil.
---@param key string|integer its id
---@return OrgStandardCompliance?
function org.standard_compliance(key) end

---Creates a 工作标准达标情况; an invalid field raises an error naming it.
---@param fields OrgStandardCompliance
---@return OrgStandardCompliance
function org.create_standard_compliance(fields) end

---Changes the given fields of a 工作标准达标情况.
---@param key string|integer
---@param changes OrgStandardCompliance
---@return OrgStandardCompliance
function org.update_standard_compliance(key, changes) end

---Deletes a 工作标准达标情况; refused while other records refer to it.
---@param key string|integer
---@return true
function org.delete_standard_compliance(key) end

---Company party-organization coverage: covered / all companies, with the uncovered listed.
---@param filter OrgAreaFilter? street, community, within, … (default: the whole scope)
---@return OrgCoverage
function org.coverage(filter) end

---Owners'-committee party coverage: committees with a party organization / all, with the rest listed.
---@param filter OrgAreaFilter? street, community, within, … (default: the whole scope)
---@return OrgCommitteeCoverage
function org.committee_coverage(filter) end

---"Zero clearance" (清零): companies with 20+ employees and no party member; cleared when none.
---@param filter OrgAreaFilter? street, community, within, … (default: the whole scope)
---@return OrgZeroClearance
function org.zero_clearance(filter) end

---Uncovered companies and their active instructors, with those lacking one listed.
---@param filter OrgAreaFilter? street, community, within, … (default: the whole scope)
---@return OrgInstructorCoverage
function org.instructor_coverage(filter) end

---Charter inclusion: companies whose charter includes party building / all companies.
---@param filter OrgAreaFilter? street, community, within, … (default: the whole scope)
---@return OrgCharterRate
function org.charter_rate(filter) end

---Company party branches (joint ones included), joint branches, and companies covered.
---@param filter OrgAreaFilter? street, community, within, … (default: the whole scope)
---@return OrgBranchSummary
function org.branches(filter) end

---Party-member development plans of a year (the latest with plans by default): planned vs achieved.
---@param filter OrgDevelopmentFilter? an area filter plus year
---@return OrgDevelopment
function org.development(filter) end

---Every indicator above at once, as the org.overview report shows them.
---@param filter OrgDevelopmentFilter? an area filter plus year
---@return OrgOverview
function org.overview(filter) end

---The indicators of each street (or community) within the filter.
---@param filter OrgBreakdownFilter? by = "street" or "community", an area filter, year
---@return OrgBreakdownLine[]
function org.breakdown(filter) end

---Checks a unified social credit code: true, or false and the reason (naming the expected check character).
---@param code string a unified social credit code
---@return boolean
---@return string?
function org.check_credit_code(code) end

