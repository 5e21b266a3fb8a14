-- Demo records of pillar 1, organization leadership (组织领导), for the demo district that
-- scripts/demo/geography.lua creates. Every figure of the report is computed from these records:
--
--   28 companies; 18 company party branches, 4 of them joint, covering 26 companies;
--   2 uncovered companies, each with an instructor; coverage 26/28 (92%);
--   owners'-committee party coverage 9/12 (75%); no company with 20+ staff and no party member.
--
-- Run with write access:  redprop run --write scripts/demo/organization.lua

local DISTRICT = "370302"

-- The unified social credit code's check character (GB 32100-2015).
local ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
local WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 }

local function credit_code(sequence)
  local prefix = string.format("91370302MA3C%05d", 1000 + sequence * 37)
  local sum = 0
  for i = 1, 17 do
    local value = ALPHABET:find(prefix:sub(i, i), 1, true) - 1
    sum = sum + value * WEIGHTS[i]
  end
  local check = (31 - sum % 31) % 31
  return prefix .. ALPHABET:sub(check + 1, check + 1)
end

-- name, community, employees, party members, charter includes party building.
-- 1-14 have their own branch; 15-26 are covered by four joint branches; 27-28 have none yet.
local COMPANIES = {
  { "淄博颐泽物业服务有限公司", "颐泽社区", 86, 9, true },
  { "淄川雁阳物业管理有限公司", "雁阳社区", 64, 6, true },
  { "淄博般阳物业服务有限公司", "般阳社区", 58, 5, true },
  { "淄川东关物业管理有限公司", "东关社区", 42, 4, true },
  { "淄博西关家园物业服务有限公司", "西关社区", 37, 3, true },
  { "淄川松龄物业服务有限公司", "松龄社区", 73, 7, true },
  { "淄博和平物业管理有限公司", "和平社区", 45, 4, true },
  { "淄川将军府物业服务有限公司", "将军路社区", 51, 5, true },
  { "淄博钟楼物业管理有限公司", "钟楼社区", 66, 6, true },
  { "淄川北关物业服务有限公司", "北关社区", 39, 3, true },
  { "淄博昆仑物业管理有限公司", "昆仑社区", 48, 4, true },
  { "淄川磁村物业服务有限公司", "磁村社区", 33, 3, true },
  { "淄博鲁泰物业服务有限公司", "颐泽社区", 120, 11, true },
  { "淄川城投物业管理有限公司", "般阳社区", 95, 8, true },
  { "淄博安泰物业服务有限公司", "般阳社区", 26, 2, true },
  { "淄川恒信物业管理有限公司", "东关社区", 18, 1, true },
  { "淄博金域物业服务有限公司", "西关社区", 22, 1, true },
  { "淄川嘉和物业管理有限公司", "松龄社区", 24, 2, true },
  { "淄博宏达物业服务有限公司", "和平社区", 16, 1, true },
  { "淄川民安物业管理有限公司", "和平社区", 21, 1, true },
  { "淄博绿苑物业服务有限公司", "雁阳社区", 28, 2, true },
  { "淄川永兴物业管理有限公司", "将军路社区", 15, 1, true },
  { "淄博康居物业服务有限公司", "颐泽社区", 23, 1, true },
  { "淄川瑞祥物业管理有限公司", "钟楼社区", 19, 1, true },
  { "淄博润泽物业服务有限公司", "北关社区", 25, 2, false },
  { "淄川福源物业管理有限公司", "钟楼社区", 14, 1, false },
  { "淄川惠民物业服务有限公司", "昆仑社区", 12, 1, false },
  { "淄博家和物业服务有限公司", "磁村社区", 9, 0, false },
}

local SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭" }
local GIVEN = { "建国", "秀英", "志强", "丽娟", "海燕", "国庆", "红梅", "立新", "春华", "玉兰", "德明", "晓东" }

local function person(index)
  return SURNAMES[(index - 1) % #SURNAMES + 1] .. GIVEN[(index * 5 - 1) % #GIVEN + 1]
end

-- Companies.
local codes = {}
for index, row in ipairs(COMPANIES) do
  codes[index] = credit_code(index)
  org.create_company{
    credit_code = codes[index], name = row[1], area = row[2], employees = row[3], party_members = row[4],
    has_party_charter = row[5], legal_representative = person(index + 20),
    star_rating = 3 + index % 3,
  }
end

-- Compounds managed: each compound by one company.
local compound_company = {
  ["般阳花苑"] = 3, ["般阳御景"] = 14, ["东关小区"] = 4, ["西关新村"] = 5, ["松龄佳苑"] = 6, ["和平里小区"] = 7,
  ["颐泽花园"] = 1, ["颐泽东苑"] = 13, ["雁阳御城"] = 2, ["雁阳华府"] = 21, ["将军府邸"] = 8, ["钟楼小区"] = 9,
  ["北关新城"] = 10, ["昆仑花园"] = 11, ["磁村小区"] = 12,
}
for _, compound in ipairs(area.list{ kind = "compound" }) do
  org.create_managed_compound{ company = codes[compound_company[compound.name]], area = compound.code,
                               since = "2019-01-01" }
end

-- The "1": the district property-industry party committee.
local COMMITTEE = "淄川区物业服务行业党委"
org.create_party_organization{ name = COMMITTEE, kind = "industry_committee", area = DISTRICT,
                               secretary = "孙立新", founded = "2020-06-18", members = 15 }

local function give_package(organization, where, date)
  org.create_support_package{ organization = organization, area = where, given_on = date, funds = 3000,
                              given_by = COMMITTEE }
end

-- The "N": fourteen company branches …
for index = 1, 14 do
  local row = COMPANIES[index]
  local name = row[1]:gsub("有限公司$", "") .. "党支部"
  local founded = string.format("2021-%02d-01", (index - 1) % 12 + 1)
  org.create_party_organization{ name = name, kind = "company_branch", area = row[2], companies = { codes[index] },
                                 secretary = person(index), founded = founded, parent = COMMITTEE,
                                 members = row[4] }
  give_package(name, row[2], founded)
end

-- … and four joint branches of three small companies each.
local JOINT = {
  { "般阳路街道物业企业联合党支部", "般阳路街道", { 15, 16, 17 } },
  { "松龄路街道物业企业联合党支部", "松龄路街道", { 18, 19, 20 } },
  { "将军路街道物业企业联合党支部", "将军路街道", { 21, 22, 23 } },
  { "钟楼街道物业企业联合党支部", "钟楼街道", { 24, 25, 26 } },
}
for index, joint in ipairs(JOINT) do
  local covered, members = {}, 0
  for _, company in ipairs(joint[3]) do
    covered[#covered + 1] = codes[company]
    members = members + COMPANIES[company][4]
  end
  org.create_party_organization{ name = joint[1], kind = "joint_branch", area = joint[2], companies = covered,
                                 secretary = person(40 + index), founded = "2021-11-01", parent = COMMITTEE,
                                 members = members }
  give_package(joint[1], joint[2], "2021-11-01")
end

-- Instructors: one for each company still without a party organization, and one whose
-- assignment ended when the joint branch was founded.
local INSTRUCTORS = {
  { "李建国", "淄川区物业服务行业党委", "专职党建指导员", 27, "2022-03-01" },
  { "王秀英", "昆仑镇党委", "组织委员", 28, "2022-04-15" },
}
for _, row in ipairs(INSTRUCTORS) do
  org.create_instructor{ name = row[1], area = DISTRICT, unit = row[2], position = row[3] }
  org.create_instructor_assignment{ instructor = row[1], company = codes[row[4]], area = COMPANIES[row[4]][2],
                                    start_on = row[5], tasks = "发展党员、年内组建党支部" }
end
org.create_instructor{ name = "赵志刚", area = DISTRICT, unit = "将军路街道党工委", position = "党建办主任" }
org.create_instructor_assignment{ instructor = "赵志刚", company = codes[21], area = COMPANIES[21][2],
                                  start_on = "2021-03-01", end_on = "2021-10-31", tasks = "组建联合党支部" }

-- Owners' committees in twelve compounds; nine have a party branch (75%).
local with_branch = 0
for _, compound in ipairs(area.list{ kind = "compound" }) do
  if compound.name ~= "般阳御景" and compound.name ~= "颐泽东苑" and compound.name ~= "雁阳华府" then
    local branch
    if with_branch < 9 and compound.name ~= "钟楼小区" and compound.name ~= "北关新城" and compound.name ~= "磁村小区" then
      branch = compound.name .. "业委会党支部"
      org.create_party_organization{ name = branch, kind = "owners_committee_branch", area = compound.code,
                                     secretary = person(60 + with_branch), founded = "2022-05-01", members = 3 }
      with_branch = with_branch + 1
    end
    org.create_owners_committee{ name = compound.name .. "业主委员会", area = compound.code, term_start = "2021-06-01",
                                 term_end = "2026-05-31", director = person(80 + with_branch), members = 7,
                                 party_members = branch and 3 or 1, party_organization = branch }
  end
end

-- Development plans for 2022: 20 planned, 18 admitted.
for index = 1, 14 do
  local planned = index <= 6 and 2 or 1
  local achieved = (index == 5 or index == 6) and 1 or planned
  org.create_development_plan{ company = codes[index], area = COMPANIES[index][2], year = 2022,
                               planned = planned, achieved = achieved }
end

-- The work standard and how the branch companies meet it.
local STANDARDS = {
  { "WS01", "党组织应建尽建", "组织建设" }, { "WS02", "党建工作写入公司章程", "组织建设" },
  { "WS03", "双向进入、交叉任职", "组织建设" }, { "WS04", "落实“三会一课”制度", "组织生活" },
  { "WS05", "设立党员先锋岗", "组织生活" }, { "WS06", "落实“十公开一监督”", "服务监督" },
  { "WS07", "参加社区联席会议", "协调联动" }, { "WS08", "设立红色物业服务驿站", "阵地建设" },
}
for _, standard in ipairs(STANDARDS) do
  org.create_work_standard{ code = standard[1], title = standard[2], category = standard[3], area = DISTRICT }
end
for index = 1, 14 do
  for number, standard in ipairs(STANDARDS) do
    org.create_standard_compliance{ company = codes[index], standard = standard[1], area = COMPANIES[index][2],
                                    compliant = (index + number) % 9 ~= 0, assessed_on = "2022-12-20" }
  end
end
