-- 组织领导：党组织覆盖、未覆盖企业及党建指导员、发展党员计划 (organization: coverage, uncovered companies, plans)
--
-- Usage: redprop report organization-coverage [--param street=将军路街道]

local options = redprop.params(arg)

local r = report.new{ title = "党组织覆盖情况", subtitle = (options.street or "全区") .. " · " .. redprop.today() }
local coverage = org.coverage(options)
r:section("覆盖率")
r:ratio("物业企业党组织覆盖率", coverage.covered, coverage.total)
r:chart{ kind = "pie", title = "物业企业党组织覆盖", labels = { "已覆盖", "未覆盖" },
  values = { coverage.covered, coverage.total - coverage.covered } }

local instructors = org.instructor_coverage(options)
r:section("未建立党组织的企业")
r:table(instructors.companies, { columns = { { "name", "企业" }, { "area_name", "区域" }, { "employees", "员工" },
  { "instructors", "党建指导员" } } })

local plan = org.development(options)
r:section("发展党员计划")
r:figure("计划发展", plan.planned, { unit = "名", note = plan.year and (plan.year .. " 年") or nil })
r:figure("已发展", plan.achieved, { unit = "名" })
r:ratio("完成率", plan.achieved, plan.planned)

local lines, labels, planned, achieved = {}, {}, {}, {}
for _, line in ipairs(org.breakdown{ by = "community", street = options.street }) do
  lines[#lines + 1] = line
  labels[#labels + 1] = line.area_name
  planned[#planned + 1] = line.planned
  achieved[#achieved + 1] = line.achieved
end
r:section("各社区")
r:table(lines, { columns = { { "area_name", "社区" }, { "companies", "企业" }, { "covered", "已覆盖" },
  { "without_instructor", "无指导员" } } })
r:chart{ kind = "bar", title = "发展党员计划完成情况", labels = labels,
  series = { { name = "计划", values = planned }, { name = "完成", values = achieved } } }
return r
