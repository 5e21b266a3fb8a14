/// The console's own Lua: the pretty-printer, the statement driver and the completer.
///
/// It runs once in the console's environment, while the global `__console`
/// holds the host's helpers (`statement`, `function_info`, `width`, `keep`);
/// the host removes that global afterwards. Everything the printer uses is
/// captured in locals first, so a statement that changes `string` or
/// `table` cannot change how results print.
///
/// The printer works in Lua because results may be cyclic or hold functions,
/// which cannot leave Lua: it returns plain items that can —
/// `{kind = "text", text = …}` or `{kind = "records", columns = …, rows = …, total = n}`.
enum ConsolePrelude {
    static let source = #"""
    local host = __console
    local statement, function_info, width, keep = host.statement, host.function_info, host.width, host.keep
    local next, type, tostring, rawget, ipairs, getmetatable = next, type, tostring, rawget, ipairs, getmetatable
    local math_type, min = math.type, math.min
    local sort, concat, pack = table.sort, table.concat, table.pack
    local find, match, gmatch, gsub, byte, format, sub =
      string.find, string.match, string.gmatch, string.gsub, string.byte, string.format, string.sub
    local string_library = string
    local show_report = report and report.show

    local MAX_WIDTH = 72
    local limits = { depth = 4, items = 50 }
    local KEYWORDS = {}
    for _, word in ipairs({ "and", "break", "do", "else", "elseif", "end", "false", "for", "function",
      "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while" }) do
      KEYWORDS[word] = true
    end

    -- Scalars ----------------------------------------------------------------

    local ESCAPES = { ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t", ['"'] = '\\"', ["\\"] = "\\\\" }
    local function quote(text)
      local escaped = gsub(text, '[%c"\\]', function(c) return ESCAPES[c] or format("\\%03d", byte(c)) end)
      return '"' .. escaped .. '"'
    end

    local function is_name(key)
      return type(key) == "string" and not KEYWORDS[key] and find(key, "^[%a_][%w_]*$") ~= nil
    end

    -- Keys: numbers, then strings, then booleans, then the rest.
    local TYPE_ORDER = { number = 1, string = 2, boolean = 3 }
    local function key_before(a, b)
      local ta, tb = type(a), type(b)
      if ta ~= tb then
        local oa, ob = TYPE_ORDER[ta] or 4, TYPE_ORDER[tb] or 4
        if oa ~= ob then return oa < ob end
        return ta < tb
      end
      if ta == "number" or ta == "string" then return a < b end
      return tostring(a) < tostring(b)
    end

    -- The length of the sequence 1..n (up to the first hole) and the other keys, sorted.
    local function split_keys(t)
      local n = 0
      while rawget(t, n + 1) ~= nil do n = n + 1 end
      local keys = {}
      for key in next, t do
        if not (math_type(key) == "integer" and key >= 1 and key <= n) then keys[#keys + 1] = key end
      end
      sort(keys, key_before)
      return n, keys
    end

    -- Values ----------------------------------------------------------------

    local render

    -- A table: `{ a = 1 }` on one line when it fits, else one entry a line.
    -- `indent` false renders on one line whatever the width (table cells).
    local function render_table(t, indent, depth, path)
      if path[t] then return "<cycle>" end
      local n, keys = split_keys(t)
      local total = n + #keys
      if total == 0 then return "{}" end
      if depth > limits.depth then return "{…}" end
      path[t] = true
      local inner = indent and indent .. "  "
      local parts, shown = {}, min(total, limits.items)
      for i = 1, shown do
        if i <= n then
          parts[i] = render(rawget(t, i), inner, depth + 1, path)
        else
          local key = keys[i - n]
          local name = is_name(key) and key or "[" .. render(key, false, limits.depth + 1, path) .. "]"
          parts[i] = name .. " = " .. render(rawget(t, key), inner, depth + 1, path)
        end
      end
      path[t] = nil
      if total > shown then parts[#parts + 1] = "… " .. (total - shown) .. " more" end
      local line = "{ " .. concat(parts, ", ") .. " }"
      if not indent or (width(line) + #indent <= MAX_WIDTH and not find(line, "\n", 1, true)) then
        return line
      end
      return "{\n" .. inner .. concat(parts, ",\n" .. inner) .. "\n" .. indent .. "}"
    end

    function render(value, indent, depth, path)
      local kind = type(value)
      if kind == "string" then return quote(value) end
      if kind == "function" then return "function: " .. function_info(value) end
      if kind == "table" then
        local meta = getmetatable(value)
        if type(meta) == "table" and rawget(meta, "__tostring") then return tostring(value) end
        return render_table(value, indent, depth, path)
      end
      return tostring(value)
    end

    -- Lists of records --------------------------------------------------------

    local COLUMN_ORDER = { id = 1, code = 2, name = 3, title = 4 }
    local function column_before(a, b)
      local oa, ob = COLUMN_ORDER[a] or 99, COLUMN_ORDER[b] or 99
      if oa ~= ob then return oa < ob end
      return a < b
    end

    -- The columns of a sequence of tables with string keys only, or nil.
    local function record_columns(t)
      local n, keys = split_keys(t)
      if n == 0 or #keys > 0 then return nil end
      local seen, columns = {}, {}
      for i = 1, n do
        local row = rawget(t, i)
        if type(row) ~= "table" or next(row) == nil or row == t then return nil end
        for key in next, row do
          if type(key) ~= "string" then return nil end
          if not seen[key] then
            seen[key] = true
            columns[#columns + 1] = key
          end
        end
      end
      sort(columns, column_before)
      return columns, n
    end

    -- Rows of scalars (other values rendered on one line); `max_rows` 0 keeps them all.
    local function record_rows(t, columns, n, max_rows)
      local rows = {}
      local count = (max_rows > 0 and n > max_rows) and max_rows or n
      for i = 1, count do
        local source, row = rawget(t, i), {}
        for _, column in ipairs(columns) do
          local cell = rawget(source, column)
          local kind = type(cell)
          if kind == "string" or kind == "number" or kind == "boolean" then
            row[column] = cell
          elseif cell ~= nil then
            row[column] = render(cell, false, 2, { [t] = true, [source] = true })
          end
        end
        rows[i] = row
      end
      return rows
    end

    -- The driver ----------------------------------------------------------------

    local function describe(value, settings)
      if type(value) == "string" then return { kind = "text", text = value } end
      if type(value) == "table" then
        if show_report and type(rawget(value, "sections")) == "table" and rawget(value, "title") ~= nil then
          show_report(value)
          return { kind = "shown" }
        end
        local columns, n = record_columns(value)
        if columns then
          return { kind = "records", columns = columns, total = n,
                   rows = record_rows(value, columns, n, settings.rows) }
        end
      end
      return { kind = "text", text = render(value, "", 1, {}) }
    end

    -- Runs the statement the host holds and describes each of its results.
    keep("run", function(settings)
      limits.depth, limits.items = settings.depth, settings.items
      local results = pack(statement()())
      local items = {}
      for i = 1, results.n do items[i] = describe(results[i], settings) end
      return items
    end)

    -- Completion -------------------------------------------------------------------

    -- Adds the names in `t` and its __index chain that start with `prefix`.
    local function collect(t, prefix, methods_only, names, seen)
      for _ = 1, 8 do
        if type(t) ~= "table" then return end
        for key, value in next, t do
          if type(key) == "string" and not seen[key] and sub(key, 1, #prefix) == prefix
            and find(key, "^[%a_][%w_]*$") and (not methods_only or type(value) == "function") then
            seen[key] = true
            names[#names + 1] = key
          end
        end
        local meta = getmetatable(t)
        t = type(meta) == "table" and rawget(meta, "__index") or nil
      end
    end

    -- The completions of `word` (`str`, `string.fo`, `r:sec`), sorted.
    keep("complete", function(word)
      local names, seen = {}, {}
      local head, separator, partial = match(word, "^(.-)([%.:])([%w_]*)$")
      if not head then
        collect(_ENV, word, false, names, seen)
        for keyword in next, KEYWORDS do
          if not seen[keyword] and sub(keyword, 1, #word) == word then names[#names + 1] = keyword end
        end
      else
        local value = _ENV
        for part in gmatch(head, "[^%.]+") do
          value = type(value) == "table" and rawget(value, part) or nil
        end
        if type(value) == "string" then value = string_library end
        collect(value, partial, separator == ":", names, seen)
      end
      sort(names)
      if head then
        for i, name in ipairs(names) do names[i] = head .. separator .. name end
      end
      return names
    end)
    """#
}
