/// The host's Lua code that builds sandbox environments.
///
/// It runs once per state, in the pristine global table that
/// `clua_opensandbox` prepared, and returns the factory `new_environment`.
/// Every environment gets its own copies of the library tables, so one
/// plugin cannot change what another (or the host) sees; the wrappers pass
/// results of `pcall`, `xpcall` and `coroutine.resume/close` through
/// `check`, which re-raises once a limit has tripped.
enum LuaSandboxPrelude {
    static let source = #"""
    local check = ...
    local G = _G
    local raw_pcall, raw_xpcall, raw_load = pcall, xpcall, load
    local raw_resume, raw_close = coroutine.resume, coroutine.close
    local raw_collectgarbage = collectgarbage
    local error, pairs, ipairs, select, tostring, type = error, pairs, ipairs, select, tostring, type
    local concat = table.concat

    local BASE = {
      "assert", "error", "getmetatable", "ipairs", "next", "pairs", "rawequal",
      "rawget", "rawlen", "rawset", "select", "setmetatable", "tonumber",
      "tostring", "type", "_VERSION",
    }
    local LIBRARIES = { "string", "table", "math", "utf8", "coroutine", "os" }
    local GC_OPTIONS = { collect = true, count = true, step = true, isrunning = true }

    local function copy(source)
      local result = {}
      for key, value in pairs(source) do result[key] = value end
      return result
    end

    return function(write, read_source)
      local env = {}
      for _, name in ipairs(BASE) do env[name] = G[name] end
      for _, name in ipairs(LIBRARIES) do env[name] = copy(G[name]) end

      env.pcall = function(...) return check(raw_pcall(...)) end
      env.xpcall = function(...) return check(raw_xpcall(...)) end
      env.coroutine.resume = function(...) return check(raw_resume(...)) end
      env.coroutine.close = function(...) return check(raw_close(...)) end

      env.load = function(chunk, chunkname, _, custom_env)
        return raw_load(chunk, chunkname, "t", custom_env or env)
      end

      env.collectgarbage = function(option, ...)
        option = option or "collect"
        if not GC_OPTIONS[option] then
          error("collectgarbage option '" .. tostring(option) .. "' is not allowed", 2)
        end
        return raw_collectgarbage(option, ...)
      end

      env.print = function(...)
        local count = select("#", ...)
        local parts = { ... }
        for i = 1, count do parts[i] = tostring(parts[i]) end
        write(concat(parts, "\t", 1, count) .. "\n")
      end

      if read_source then
        local loaded = {}
        env.require = function(name)
          if type(name) ~= "string" then
            error("bad argument #1 to 'require' (string expected, got " .. type(name) .. ")", 2)
          end
          local cached = loaded[name]
          if cached ~= nil then return cached end
          local text, chunkname = read_source(name)
          local chunk, message = raw_load(text, chunkname, "t", env)
          if not chunk then error(message, 2) end
          local result = chunk(name)
          if result == nil then result = true end
          loaded[name] = result
          return result
        end
      end

      env._G = env
      return env
    end
    """#
}
