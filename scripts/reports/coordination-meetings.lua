-- 综合协调：会议制度执行情况、议题上报与办理 (coordination: meeting cadence compliance, escalated issues)
--
-- Usage: redprop report coordination-meetings [--param period=2022Q4] [--param street=昆仑镇]

local options = redprop.params(arg)
local r = report.new{ title = "联席会议与“三会制度”执行情况",
  subtitle = (options.period or "近十二个月") .. " · " .. redprop.today() }

local gaps = coord.cadence_gaps(options)
options.period = nil
r:section("未按要求召开的会议")
r:figure("缺会", #gaps, { unit = "次" })
r:table(gaps, { columns = { { "body", "会议机构" }, { "kind_name", "会议类型" }, { "period", "期间" },
  { "held", "已召开" }, { "required", "应召开" } } })

local overdue = coord.overdue(options)
r:section("超期未办结议题")
r:figure("超期议题", #overdue, { unit = "件" })
if #overdue > 0 then
  r:table(overdue, { columns = { { "number", "编号" }, { "title", "议题" }, { "level", "当前层级" },
    { "days_at_level", "本级已用天数" }, { "days_overdue", "超期天数" } } })
end

local results = coord.results(options)
r:section("协调成果")
r:chart{ kind = "bar", title = "联建共建成果",
  labels = { "志愿服务活动", "党建联建协议", "便民服务项目" },
  values = { results.volunteer_events, results.agreements, results.service_projects_delivered } }
return r
