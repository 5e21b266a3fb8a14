-- Demo records of pillar 2, comprehensive coordination (综合协调), after geography.lua and
-- organization.lua. Every figure is computed from these records:
--
--   the district joint meeting: 12 member units, 10 issue categories, 5 procedures;
--   229 grid workers who are property-service supervisors; 85 joint volunteer events;
--   26 party-building agreements; 52 convenience service projects delivered (56 claimed);
--   a year of street and community meetings, with four missed ones for the cadence report;
--   issues raised, escalated (the reserved categories straight to the district) and resolved.
--
-- Run with write access:  redprop run --write scripts/demo/coordination.lua

local DISTRICT = "370302"
local DISTRICT_BODY = "淄川区红色物业联席会议"

local function date(year, month, day)
  return string.format("%04d-%02d-%02d", year, month, day)
end

-- The district joint meeting and what it consists of.
coord.create_body{ name = DISTRICT_BODY, area = DISTRICT, convener = "区委组织部", established = "2021-03-15",
                   duties = "统筹协调全区物业服务管理中的突出问题" }

local MEMBER_UNITS = {
  { "区委组织部", "牵头统筹物业行业党建，指导物业服务行业党委工作" },
  { "区民政局", "指导业主委员会组建、换届和社区协商议事" },
  { "区住房和城乡建设局", "负责物业服务监管、维修资金使用审批和企业信用评价" },
  { "区综合行政执法局", "查处小区违法建设、占绿毁绿、私搭乱建等行为" },
  { "区市场监督管理局", "规范物业服务收费，查处价格违法行为" },
  { "公安淄川分局", "维护小区治安秩序，指导技防设施建设" },
  { "区自然资源局", "处理小区规划变更、不动产登记遗留问题" },
  { "区信访局", "受理转办涉物业信访事项，督促按期办结" },
  { "区司法局", "组织物业纠纷人民调解，提供法律援助" },
  { "区消防救援大队", "督导小区消防通道和消防设施管理" },
  { "区财政局", "保障物业党建和老旧小区改造经费" },
  { "区行政审批服务局", "办理物业企业相关审批和备案" },
}
for _, unit in ipairs(MEMBER_UNITS) do
  coord.create_member_unit{ body = DISTRICT_BODY, area = DISTRICT, name = unit[1], duties = unit[2] }
end

-- Ten categories of prominent issues; the district reserves two.
local CATEGORIES = {
  { "C01", "业委会不依法履职", false }, { "C02", "物业服务合同纠纷", false },
  { "C03", "小区治理难题", false }, { "C04", "维修资金使用审批", true },
  { "C05", "业委会换届选举", true }, { "C06", "物业费收缴纠纷", false },
  { "C07", "违法建设和占用公共空间", false }, { "C08", "公共收益管理", false },
  { "C09", "前期物业承接查验", false }, { "C10", "物业企业退出交接", false },
}
for _, category in ipairs(CATEGORIES) do
  coord.create_category{ code = category[1], name = category[2], body = DISTRICT_BODY, area = DISTRICT,
                               reserved_for_district = category[3], time_limit_days = 30 }
end

local PROCEDURES = {
  { "问题受理", "社区受理登记、分类，3个工作日内召开协调会" },
  { "分级协调", "社区协调不成的，提交街道联席会议研究" },
  { "提请会商", "街道协调不成或属区级事项的，提请区联席会议" },
  { "会商决定", "区联席会议会商，明确责任单位和办结时限" },
  { "督办反馈", "责任单位限期办结，社区回访并反馈群众" },
}
for number, procedure in ipairs(PROCEDURES) do
  coord.create_procedure{ body = DISTRICT_BODY, area = DISTRICT, number = number, name = procedure[1],
                          steps = procedure[2] }
end

-- A party-building alliance in every street, the "three meetings" in every community.
local street_bodies, community_bodies = {}, {}
for _, street in ipairs(area.list{ kind = "street" }) do
  local name = street.name .. "“红色物业”党建联盟"
  coord.create_body{ name = name, area = street.code, convener = street.name .. "党工委", established = "2021-06-01" }
  street_bodies[#street_bodies + 1] = { name = name, area = street.name }
end
for _, community in ipairs(area.list{ kind = "community" }) do
  local name = community.name .. "“三会”联席会议"
  coord.create_body{ name = name, area = community.code, convener = community.name .. "党委", established = "2021-06-01" }
  community_bodies[#community_bodies + 1] = { name = name, area = community.name }
end

-- Meetings from January 2022 to February 2023, except the ones the cadence report finds missing.
local MISSED = {
  ["松龄路街道“红色物业”党建联盟|joint|2022-08"] = true,
  ["磁村社区“三会”联席会议|heart_to_heart|2022-11"] = true,
  ["磁村社区“三会”联席会议|heart_to_heart|2022-12"] = true,
  ["北关社区“三会”联席会议|joint|2022-08"] = true,
}
local function hold(body, kind, year, month, day, topic)
  if MISSED[string.format("%s|%s|%04d-%02d", body, kind, year, month)] then return end
  coord.hold_meeting{ body = body, kind = kind, date = date(year, month, day), topic = topic,
                      attendees = "社区党组织、物业企业党支部、业委会、网格员代表", attendee_count = 12 }
end
local MONTHS = {}
for month = 1, 12 do MONTHS[#MONTHS + 1] = { 2022, month } end
MONTHS[#MONTHS + 1] = { 2023, 1 }
MONTHS[#MONTHS + 1] = { 2023, 2 }
for index, body in ipairs(street_bodies) do
  for _, ym in ipairs(MONTHS) do
    hold(body.name, "joint", ym[1], ym[2], 8 + index, "研究辖区物业服务突出问题")
  end
end
for index, body in ipairs(community_bodies) do
  for _, ym in ipairs(MONTHS) do
    hold(body.name, "heart_to_heart", ym[1], ym[2], 12 + index % 6, "居民、业委会、物业企业恳谈")
    if ym[2] % 3 == 2 then
      hold(body.name, "joint", ym[1], ym[2], 20, "季度联席会：物业服务评议")
    end
  end
end
for quarter = 1, 4 do
  coord.hold_meeting{ body = DISTRICT_BODY, kind = "joint", date = date(2022, quarter * 3, 25),
                      topic = "区联席会议：会商提请事项", attendee_count = 24 }
end

-- Issues: raised, escalated, resolved.
local function issue(fields) return coord.raise_issue(fields) end
issue{ number = "XT-2022-001", title = "颐泽花园地下车库漏水", category = "C03", area = "颐泽花园",
       raised_on = "2022-03-02", raised_by = "业主代表" }
coord.resolve("XT-2022-001", "物业企业维修防水层，社区跟踪验收", { date = "2022-03-20" })

issue{ number = "XT-2022-002", title = "雁阳御城物业服务合同续签纠纷", category = "C02", area = "雁阳御城",
       raised_on = "2022-05-10" }
coord.escalate("XT-2022-002", "社区协调后双方仍有分歧", { date = "2022-05-25" })
coord.resolve("XT-2022-002", "街道联席会议调解，续签一年并明确服务标准", { date = "2022-06-15" })

issue{ number = "XT-2022-003", title = "般阳花苑电梯更新使用维修资金", category = "C04", area = "般阳花苑",
       raised_on = "2022-07-01" }
coord.escalate("XT-2022-003", "维修资金使用须区级审批", { date = "2022-07-08" })
coord.resolve("XT-2022-003", "区住建局审批通过，电梯已更新", { date = "2022-08-20" })

issue{ number = "XT-2022-004", title = "东关小区业委会换届选举", category = "C05", area = "东关小区",
       raised_on = "2022-09-05" }
coord.escalate("XT-2022-004", "业委会换届须区级指导", { date = "2022-09-12" })
coord.resolve("XT-2022-004", "区民政局指导完成换届", { date = "2022-11-30", status = "closed" })

issue{ number = "XT-2022-005", title = "松龄佳苑业委会长期不履职", category = "C01", area = "松龄佳苑",
       raised_on = "2022-10-10", due_on = "2023-01-31" }
coord.escalate("XT-2022-005", "社区督促无效", { date = "2022-10-28" })
coord.escalate("XT-2022-005", "街道协调未果，需区民政局介入", { date = "2022-11-20" })

issue{ number = "XT-2022-006", title = "和平里小区公共收益未公示", category = "C08", area = "和平里小区",
       raised_on = "2022-12-01" }

issue{ number = "XT-2023-001", title = "昆仑花园违法搭建阳光房", category = "C07", area = "昆仑花园",
       raised_on = "2023-01-05", due_on = "2023-03-31" }
issue{ number = "XT-2023-002", title = "钟楼小区物业费收缴纠纷", category = "C06", area = "钟楼小区",
       raised_on = "2023-01-10" }
coord.escalate("XT-2023-002", "涉及多户，社区难以协调", { date = "2023-02-01" })

coord.hold_meeting{ body = "颐泽社区“三会”联席会议", kind = "coordination", date = "2022-03-05",
                    topic = "车库漏水协调会", issues = { "XT-2022-001" } }
coord.hold_meeting{ body = "将军路街道“红色物业”党建联盟", kind = "coordination", date = "2022-06-10",
                    topic = "合同续签协调会", issues = { "XT-2022-002" } }

-- Cross-appointments: the company secretaries on community committees, and 229 grid workers who
-- are property-service supervisors.
local grids = area.list{ kind = "grid" }
local SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭" }
local GIVEN = { "敏", "静", "伟", "芳", "磊", "娜", "强", "丽", "军", "燕", "勇", "霞", "杰", "婷" }
for index = 1, 229 do
  local grid = grids[(index - 1) % #grids + 1]
  coord.create_cross_appointment{
    person = SURNAMES[(index - 1) % #SURNAMES + 1] .. GIVEN[(index * 3 - 1) % #GIVEN + 1] .. GIVEN[index % #GIVEN + 1],
    kind = "grid_supervisor", area = grid.code, position = "物业服务监督员", since = "2022-03-01",
  }
end
for _, branch in ipairs(org.party_organizations{ kind = "company_branch" }) do
  coord.create_cross_appointment{ person = branch.secretary, kind = "company_to_community", area = branch.area,
                                  company = branch.companies[1], position = "社区党委兼职委员", since = "2021-09-01" }
end

-- 26 party-building agreements: every covered company with its community.
local agreements = 0
for _, company in ipairs(org.companies{}) do
  local covering = org.party_organizations{ companies = company.credit_code }
  if #covering > 0 then
    agreements = agreements + 1
    coord.create_agreement{ title = company.area_name .. "—" .. company.name .. "党建联建协议", area = company.area,
                            company = company.credit_code, signed_on = date(2022, agreements % 12 + 1, 18),
                            content = "组织共建、活动共办、资源共享、难题共解" }
  end
end

-- 85 joint volunteer events, and shared organizational life besides.
local compounds = area.list{ kind = "compound" }
local companies = org.companies{}
local VOLUNTEER = { "清理楼道杂物", "义务理发进小区", "文明养犬宣传", "垃圾分类指导", "消防安全检查",
                    "关爱独居老人", "植绿护绿", "反诈宣传", "电动车规范停放", "雪后清扫" }
for index = 1, 85 do
  local place = compounds[(index - 1) % #compounds + 1]
  local month = (index - 1) % 12 + 1
  coord.create_joint_event{ title = VOLUNTEER[(index - 1) % #VOLUNTEER + 1], kind = "volunteer",
                            date = date(2022, month, (index * 7) % 27 + 1), area = place.code,
                            companies = { companies[(index - 1) % #companies + 1].credit_code },
                            participants = 10 + index % 30 }
end
for month = 1, 12 do
  coord.create_joint_event{ title = "社区与物业企业联合主题党日", kind = "themed_party_day", date = date(2022, month, 1),
                            area = community_bodies[(month - 1) % #community_bodies + 1].area, participants = 40 }
end

-- 56 convenience service projects claimed; 52 delivered.
local PROJECTS = { "电动车充电桩", "网格员驿站", "适老化扶手", "楼道照明改造", "休闲座椅", "便民晾衣架", "快递柜", "文化墙" }
for index = 1, 56 do
  local place = compounds[(index - 1) % #compounds + 1]
  local delivered = index <= 52 and date(2022, (index - 1) % 12 + 1, 26) or nil
  coord.create_service_project{ name = place.name .. PROJECTS[(index - 1) % #PROJECTS + 1],
                                category = PROJECTS[(index - 1) % #PROJECTS + 1], area = place.code,
                                claimed_by = companies[(index - 1) % #companies + 1].name,
                                company = companies[(index - 1) % #companies + 1].credit_code,
                                claimed_on = date(2022, (index - 1) % 12 + 1, 2), delivered_on = delivered }
end
