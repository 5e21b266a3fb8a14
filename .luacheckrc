-- luacheck configuration for the Lua shipped with redprop (scripts/, Plugins/, docs/lua/).
std = "lua54"

-- The kernel's and the modules' libraries, installed by the host: read, never assigned.
read_globals = {
  "org", "coord", "area", "redprop", "report", "db", "check", "on", "veto", "audit",
}

max_line_length = 120

-- LuaCATS annotation files declare the libraries (---@meta): they define the globals and leave
-- the parameters of their empty function bodies unused on purpose.
files["docs/lua"] = {
  globals = { "org", "coord", "area", "redprop", "report", "db", "check", "on", "veto", "audit" },
  unused_args = false,
  max_line_length = false,
}
