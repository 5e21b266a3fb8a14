-- 全区“红色物业”概况：各支柱的主要指标、各街道对比 (district overview: key figures of every pillar, streets compared)
--
-- Usage: redprop report district-overview [--format html --output overview.html]
--        redprop report district-overview --param street=将军路街道   (one street only)

local street = redprop.params(arg).street
local filter = street and { street = street } or nil
local me = redprop.actor()

local r = report.new{
  title = "“红色物业”工作概况",
  subtitle = (street or me.scope_name or "全区") .. " · 截至 " .. redprop.today(),
}

-- 组织领导
local overview = org.overview(filter)
r:section("一、组织领导")
r:figure("物业企业党支部", overview.branches.branches, { unit = "个", note = "其中联合党支部 " .. overview.branches.joint .. " 个" })
r:ratio("物业企业党组织覆盖率", overview.coverage.covered, overview.coverage.total)
r:ratio("业委会党组织覆盖率", overview.committee_coverage.covered, overview.committee_coverage.total)
r:figure("员工20人以上无党员企业", overview.zero_clearance.count, { unit = "家", note = "应为 0（清零）" })
r:ratio("党建写入章程", overview.charter.with_charter, overview.charter.total)

-- 综合协调
local results = coord.results(filter)
r:section("二、综合协调")
r:figure("联合志愿服务活动", results.volunteer_events, { unit = "场" })
r:figure("党建联建协议", results.agreements, { unit = "份" })
r:figure("便民服务项目（已落实）", results.service_projects_delivered, { unit = "项" })
r:figure("网格员兼任物业服务监督员", results.grid_supervisors, { unit = "名" })

-- 各街道对比
if not street then
  local rows, labels, rates = {}, {}, {}
  for _, line in ipairs(org.breakdown{ by = "street" }) do
    local share = line.coverage_rate or 0
    rows[#rows + 1] = { street = line.area_name, companies = line.companies, covered = line.covered, rate = share }
    labels[#labels + 1] = line.area_name
    rates[#rates + 1] = math.floor(share * 1000 + 0.5) / 10
  end
  r:section("三、各街道对比")
  r:table(rows, { columns = {
    { "street", "街道" }, { "companies", "物业企业" }, { "covered", "已覆盖" },
    { key = "rate", label = "覆盖率", format = "percent" },
  } })
  r:chart{ kind = "bar", title = "各街道物业企业党组织覆盖率（%）", labels = labels, values = rates }
end

local findings = check.run()
r:section("四、待办事项")
r:figure("规则检查发现的问题", #findings, { unit = "项" })
if #findings > 0 then
  r:table(findings, { columns = { { "rule", "规则" }, { "subject", "对象" }, { "area", "区域" }, { "message", "问题" } } })
end

return r
