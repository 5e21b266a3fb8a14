-- The demo district's geography: 5 streets, 12 communities, 125 grids and 15 compounds of
-- 淄川区 (370302), which `redprop init` has already created.
--
-- Run with write access before the pillars' demo scripts:  redprop run --write scripts/demo/geography.lua

local DISTRICT = "370302"

-- Streets (街道; 昆仑镇 is a town at street level) and their communities, with codes.
local STREETS = {
  { code = "370302001", name = "般阳路街道", communities = {
    { code = "370302001001", name = "般阳社区" },
    { code = "370302001002", name = "东关社区" },
    { code = "370302001003", name = "西关社区" },
  } },
  { code = "370302002", name = "松龄路街道", communities = {
    { code = "370302002001", name = "松龄社区" },
    { code = "370302002002", name = "和平社区" },
  } },
  { code = "370302003", name = "将军路街道", communities = {
    { code = "370302003001", name = "颐泽社区" },
    { code = "370302003002", name = "雁阳社区" },
    { code = "370302003003", name = "将军路社区" },
  } },
  { code = "370302004", name = "钟楼街道", communities = {
    { code = "370302004001", name = "钟楼社区" },
    { code = "370302004002", name = "北关社区" },
  } },
  { code = "370302100", name = "昆仑镇", communities = {
    { code = "370302100001", name = "昆仑社区" },
    { code = "370302100002", name = "磁村社区" },
  } },
}

-- Compounds (小区) by community code; codes are the community's plus C01, C02, ….
local COMPOUNDS = {
  ["370302001001"] = { "般阳花苑", "般阳御景" },
  ["370302001002"] = { "东关小区" },
  ["370302001003"] = { "西关新村" },
  ["370302002001"] = { "松龄佳苑" },
  ["370302002002"] = { "和平里小区" },
  ["370302003001"] = { "颐泽花园", "颐泽东苑" },
  ["370302003002"] = { "雁阳御城", "雁阳华府" },
  ["370302003003"] = { "将军府邸" },
  ["370302004001"] = { "钟楼小区" },
  ["370302004002"] = { "北关新城" },
  ["370302100001"] = { "昆仑花园" },
  ["370302100002"] = { "磁村小区" },
}

local GRIDS = 125

local communities = {}
for _, street in ipairs(STREETS) do
  area.create{ code = street.code, name = street.name, kind = "street", parent = DISTRICT }
  for _, community in ipairs(street.communities) do
    area.create{ code = community.code, name = community.name, kind = "community", parent = street.code }
    communities[#communities + 1] = community
  end
end

-- 125 grids: 10 per community, and one more in the first five.
local per_community = GRIDS // #communities
local extra = GRIDS % #communities
for index, community in ipairs(communities) do
  local count = per_community + (index <= extra and 1 or 0)
  for number = 1, count do
    area.create{
      code = string.format("%sG%02d", community.code, number),
      name = string.format("%s第%d网格", community.name, number),
      kind = "grid", parent = community.code,
    }
  end
end

for _, community in ipairs(communities) do
  for number, name in ipairs(COMPOUNDS[community.code] or {}) do
    area.create{ code = string.format("%sC%02d", community.code, number), name = name, kind = "compound",
                 parent = community.code }
  end
end
