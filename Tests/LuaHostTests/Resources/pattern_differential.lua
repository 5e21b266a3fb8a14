-- pattern_differential.lua -- the host's pattern matcher against stock Lua.
--
-- Expects two globals, `stock` and `host`, each a table with find, match,
-- gmatch and gsub. Runs every case of the corpus through both and returns
-- `cases, mismatches`: the number of comparisons and an array describing
-- each difference (empty when the two agree).
--
-- Results are compared value by value, with their count and their types
-- (an integer is not a float); a gmatch case compares the whole sequence
-- of iterations. Errors are compared too: both must raise, with the same
-- message once a "chunk:line: " prefix is stripped.
--
-- The corpus has two parts: hand-written cases for every feature and
-- every error message, then pairs of random patterns and subjects from a
-- fixed-seed generator, so that every run tests the same cases.

local pack, unpack, concat = table.pack, table.unpack, table.concat
local format, rep, char = string.format, string.rep, string.char

local corpus = {}

local function case(op, ...)
  corpus[#corpus + 1] = {op = op, args = pack(...)}
end

local function find(...) case("find", ...) end
local function match(...) case("match", ...) end
local function gmatch(...) case("gmatch", ...) end
local function gsub(...) case("gsub", ...) end

-- All four functions on one subject and pattern.
local function all(s, p)
  find(s, p)
  match(s, p)
  gmatch(s, p)
  gsub(s, p, "<%0>")
end

-- ---- describing values and outcomes ----------------------------------

local function show(v)
  local t = type(v)
  if t == "string" then
    if #v > 40 then
      return format("%q", v:sub(1, 40)) .. "..(" .. #v .. " bytes)"
    end
    return format("%q", v)
  elseif t == "number" then
    return format("%q", v)   -- integers and floats print differently
  elseif t == "nil" or t == "boolean" then
    return tostring(v)
  end
  return t
end

local function show_all(t)
  local out = {}
  for i = 1, t.n do
    out[i] = show(t[i])
  end
  return "(" .. concat(out, ", ") .. ")"
end

local function strip_position(msg)
  if type(msg) ~= "string" then
    return "error object: " .. show(msg)
  end
  return (msg:gsub("^[^\n]-:%d+: ", ""))
end

local MAX_ITERATIONS = 200   -- no gmatch of the corpus gets near this

-- Runs one case on one library; a string that describes what happened.
local function outcome(lib, op, args)
  local f = lib[op]
  local ok, result = pcall(function()
    if op == "gmatch" then
      local it = f(unpack(args, 1, args.n))
      local seq = {}
      for i = 1, MAX_ITERATIONS do
        local r = pack(it())
        seq[i] = show_all(r)
        if r[1] == nil then break end
      end
      return concat(seq, " ")
    end
    local r = pack(f(unpack(args, 1, args.n)))
    return show_all(r)
  end)
  if ok then
    return "ok " .. result
  end
  return "error " .. strip_position(result)
end

-- ---- hand-written cases -----------------------------------------------

-- find: plain and pattern search, init, the plain flag
find("hello world", "wor")
find("hello world", "o", 6)
find("hello world", "l+")
find("hello world", "o w")
find("hello", "xyz")
find("hello", "")
find("hello", "", 3)
find("hello", "", 5)
find("hello", "", 6)
find("hello", "", 7)
find("hello", "", -1)
find("hello", "", -10)
find("hello", "", 0)
find("", "")
find("", "", 1)
find("", "", 2)
find("", "", -1)
find("", "a")
find("", ".*")
find("", "^$")
find("a.b.c", ".", 1, true)
find("a.b.c", "%.", 1)
find("a.b.c", ".", 3, true)
find("a+b", "+", 1, true)
find("a+b", "a+", 1, true)
find("a+b", "a+b")
find("abc", "b", 1, nil)
find("abc", "b", 1, false)
find("abc", "[b]", 1, "yes")
find("a*", "a*", 1, 1)
find("abc", "b", -1)
find("abc", "b", -2)
find("abc", "b", -3)
find("abc", "b", -4)
find("abc", "b", -100)
find("abc", "b", 0)
find("abc", "c", 3)
find("abc", "c", 4)
find("abc", "", 4)
find("abc", "", 5)
find("abc", "b", 100)
find("abc", "b", math.mininteger)
find("abc", "b", math.maxinteger)
find("abc", "b%w*", -2)
find("abc", "b", 2.0)
find("abc", "b", 2.5)
find("abc", "b", "2")
find("abc", "b", "x")
find("abc", "b", 5, true)
find("abc", "", 10, true)
find("abcabc", "bca", 1, true)
find("aaab", "aab", 1, true)
find("xx" .. rep("ab", 20) .. "abc", rep("ab", 10) .. "c", 1, true)
find(12345, 3)
find(1.5, "%.")
find(10, 0)
find(nil, "a")
find("a")
find({}, "a")
find("a", {})
find("hello world", "(o)(r)")
find("hello", "()ll()")
find("key=val", "(%w+)=(%w+)")
find("hello", "(h)(x?)")

-- anchors
all("aaa", "^a")
all("baa", "^a")
find("aaa", "^a", 2)
find("aaa", "^a", 4)
match("aaa", "^a", -1)
all("aaa", "a$")
all("aaa", "^a$")
all("a", "^a$")
all("a$b", "$b")
find("a$", "a$", 1, true)
all("ab", "b$$")
all("ab$", "b$$")
all("^ab", "%^a")
all("a^b", "a^b")
all("^^", "^^")
all("abc", "$")
all("abc", "^")
all("", "^")
all("", "$")
all("abc", "^$")
all("", "^$")

-- match
match("hello 123 world", "%d+")
match("key = value", "(%w+)%s*=%s*(%w+)")
match("hello", "(h)(e)(l)(l)(o)")
match("hello", "()")
match("hello", ".-")
match("hello", ".-$")
match("hello", "h.-l")
match("hello", "h.*l")
match("hello", "l?l?l?")
match("hello", "x?h")
match("  trim me  ", "^%s*(.-)%s*$")
match("2024-05-31", "(%d+)-(%d+)-(%d+)")
match("abc", "((a)(b))c")
match("abc", "(a(b)c)")
match("abc", "a(.)c", 2)
match("abc", "b", 2)
match("abc", "^b", 2)
match("abc", "c", -1)
match("abc", ".", 10)
match("abc", "()", 4)
match("abc", "()", 5)
match("one two", "(%a+) (%a+)")
match("3.14159", "^(%d+)%.(%d+)$")
match("-42", "^[+-]?%d+$")
match("0x1F", "^0[xX](%x+)$")
match("a,b;c", "[,;]")
match("aaa", "a-$")
match("aaab", "a-b")
match("aaab", "(a-)(a*)b")
match("abab", "(ab)+")
match("xabcx", "a.-c")
match("x", "x?x?x")

-- character classes on every byte
local allbytes
do
  local t = {}
  for i = 0, 255 do
    t[#t + 1] = char(i)
  end
  allbytes = concat(t)
end
for cl in ("acdglpsuwxz"):gmatch(".") do
  gsub(allbytes, "%" .. cl, "")
  gsub(allbytes, "%" .. cl:upper(), "")
  gsub(allbytes, "[%" .. cl .. "]", "")
  gsub(allbytes, "[^%" .. cl .. "]", "")
  find(allbytes, "%" .. cl .. "+")
end
for _, p in ipairs({"%.", "%%", "%]", "%-", "%y", "%Y", "%(", "%\0", "%\200",
                    ".", "\0", "[\0-\31]", "[\128-\255]", "[%z\1-\127]"}) do
  gsub(allbytes, p, "")
end

-- sets
for _, p in ipairs({"[a-c]", "[^a-c]", "[a-]", "[-a]", "[]]", "[^]]", "[]a]",
                    "[%]]", "[%a_]", "[%d%.]", "[a-c-e]", "[z-a]", "[a%-z]",
                    "[%w-]", "[^%s]", "[%z]", "[.]", "[a^]", "[%a-z]", "[^^]",
                    "[a-%%]", "[%%-a]", "[---]", "[^-]"}) do
  gsub("abc-xyz ]^.%_9\0", p, "#")
end
all("abc", "[^")
all("abc", "[a")
all("abc", "[")
all("abc", "[]")
all("abc", "[^]")
all("abc", "[%]")
all("abc", "[a%")
all("abc", "x[a")

-- repetitions
for _, p in ipairs({"a*", "a+", "a-", "a?", "[ab]*", ".-b", "%d+%.?%d*", "a-b",
                    "(a*(.)%w(%s*))", "b*", "b+", "b-", "b?", ".*", ".+",
                    ".-", ".?", "(a?)(a?)(a?)", "a-a-a-$", "x*$", "*", "+a",
                    "?", "-", "a**", "a*+", "a+?", "a?-"}) do
  gsub("aaabab 12.5 ab", p, "<%0>")
  match("aaabab 12.5 ab", p)
end

-- captures and back-references
match("hello", "(l)%1")
gsub('say "hi" and \'yo\'', "([\"'])(.-)%1", "<%2>")
match("abcabc", "(abc)%1")
match("aa", "(a)%1%1")
match("aaa", "(a)%1%1")
match("a", "(a)%2")
match("a", "%1")
match("a", "(a%1)")
match("aa", "()a%1")
match("a", "%0")
match("abab", "(a)(b)%1%2")
match("abba", "(a)(b)%2%1")
match("x" .. rep("ab", 300), "(" .. rep("ab", 300) .. ")%1")
match(rep("ab", 600), "(" .. rep("ab", 300) .. ")%1")
find("hello", "%9")
gsub("aXbXc", "(%u)", "%1%1")

-- position captures
find("hello", "()")
match("hello", "()ll()")
gsub("abc", "()", "%1")
gmatch("abc", "()(.)")
gsub("abc", "()", {[1] = "x", [3] = "y"})
gsub("hello", "()l", function(p) return p end)
gsub("hello", "()l", function(p) return p * 1.5 end)
gsub("abc", "()b", "%1")
gsub("abc", "(b)()", "%2")
match("abc", "(()b())")

-- %b
match("f(a(b)c)d", "%b()")
match("((())", "%b()")
find("x[y]z", "%b[]")
all("abc", "%b")
all("abc", "%ba")
gsub("(a)(b)", "%b()", "X")
match("aa", "%baa")
match("abab", "%bab")
match("xaxxa", "%bxx")
match("a\0b\0", "%b\0\0")
gsub("if (a and (b or c)) then (d) end", "%b()", "[]")
match("(unclosed", "%b()")
match("())", "%b()%)")

-- %f
gsub("THE (quick) fox", "%f[%a]%a+", "W")
find("hello world", "%f[%w]%w+", 2)
gsub("abc", "%f[%a]", "|")
gsub("abc", "%f[%A]", "|")
gsub("a b  c", "%f[%s]", "|")
gsub("a b  c", "%f[%S]", "|")
gsub("\0a\0", "%f[%z]", "|")
gsub("\0a\0", "%f[^%z]", "|")
gsub("THE (quick) fox", "%f[%l]", "^")
all("abc", "%f")
all("abc", "%fa")
all("abc", "%f[a")
match("abc", "%f[]")
gmatch("hello big world", "%f[%w]%w+")
gsub("", "%f[%z]", "x")
gsub("", "%f[^%z]", "x")

-- error messages
all("a", "%")
all("a", "a%")
all("a", ")")
all("a", "a)")
all("a", "(a))")
all("a", "(a")
gsub("a", "(a", "x")
gsub("a", "(a", "%1")
gsub("a", "(a", {})
gsub("a", "(a", function() return "z" end)
find("a", "(x")
all("a", rep("(", 33))
all("a", rep("()", 32))
all("a", rep("()", 33))
all("a", rep("(a?)", 32))
all("a", rep("(a?)", 33))
for k = 197, 202 do
  find(rep("a", 210), rep("a?", k))
end
find(rep("a", 300), rep("a?", 300))
gsub(rep("a", 300), rep("(a)?", 300), "x")
find(rep("a", 50), rep("a*", 50))
find(rep("a", 250), rep("a-", 250) .. "$")

-- gsub replacement strings
gsub("abc", "b", "%")
gsub("abc", "b", "%x")
gsub("abc", "b", "%2")
gsub("abc", "(b)", "%2")
gsub("abc", "(b)", "%1%1%%%0")
gsub("abc", "b", "%%")
gsub("abc", "b", "100%")
gsub("abc", "x", "%")
gsub("abc", "b", "%1")
gsub("abc", "b", "%0%0")
gsub("abc", "b", "%\0")
gsub("abc", "b", "x\0y")
gsub("hello world", "(o)", "[%1]")
gsub("hello world", "(%w+) (%w+)", "%2 %1")
gsub("abc", "b", 5)
gsub("abc", "b", 1.5)
gsub("abc", "b", 2^63)
gsub("abc", "b", -0.0)

-- gsub with tables and functions
gsub("abc", "b", {b = true})
gsub("abc", "b", {b = {}})
gsub("abc", "b", {b = false})
gsub("abc", "b", {b = 42})
gsub("abc", "b", {b = 4.25})
gsub("abc", "b", {})
gsub("$name is $age", "%$(%w+)", {name = "Bob", age = 42})
gsub("$name is $who", "%$(%w+)", {name = "Bob"})
gsub("abc", "%w", setmetatable({}, {__index = function(_, k) return k:upper() end}))
gsub("abc", "b", function() return {} end)
gsub("abc", "b", function() return 42 end)
gsub("abc", "b", function() return 1.5 end)
gsub("abc", "b", function() return false end)
gsub("abc", "b", function() return nil end)
gsub("abc", "b", function() end)
gsub("abc", "b", function() return true end)
gsub("abc", "b", function() return "x", "y" end)
gsub("abc", "b", function() error("boom") end)
gsub("abc", "b", function() error({}) end)
gsub("abc", "b", function() error("no position", 0) end)
gsub("k1=v1, k2=v2", "(%w+)=(%w+)", function(...) return concat({...}, ",") end)
gsub("abc", "()(.)()", function(...) return concat({...}, ",") end)
gsub("abc", "", function(s) return "[" .. s .. "]" end)
gsub("abc", "x*", {[""] = "-"})
gsub("hello world", "%w+", {hello = "HI", world = false})

-- gsub argument checking and the maximum count
gsub("abc", "b")
gsub("abc", "b", true)
gsub("abc", "b", nil)
gsub("abc", "b", nil, "x")
gsub("aaaa", "a", "b", 2)
gsub("aaaa", "a", "b", 0)
gsub("aaaa", "a", "b", -1)
gsub("aaaa", "a", "b", 2.0)
gsub("aaaa", "a", "b", "2")
gsub("aaaa", "a", "b", 2.5)
gsub("aaaa", "a", "b", 100)
gsub("aaaa", "a", "b", math.maxinteger)
gsub("aaaa", "a", "b", math.mininteger)
gsub("aaaa", "", "-", 3)
gsub("aaaa", "a", function() return false end, 2)
gsub(12345, "3", "x")
gsub(12345, 3, 9)
gsub(nil, "a", "b")
gsub("a", nil, "b")

-- empty matches
gsub("hello world", "o*", "X")
gsub("abc", "", "-")
gsub("abc", ".-", "-")
gsub("abc", "x*", "-")
gsub("abc", "%w*", "-")
gsub("", "", "x")
gsub("", "x*", "y")
gsub("abc", "^", ">")
gsub("abc", "$", "<")
gsub("abc", "^$", "e")
gsub("", "^$", "e")
gsub("aaa", "^a", "b")
gsub("aaa", "^a*", "b")
gsub("hello", "l*", "L")
gsub("a,b,,c", "[^,]*", "<%0>")

-- gmatch
gmatch("hello world from Lua", "%a+")
gmatch("k1=v1, k2=v2", "(%w+)=(%w+)")
gmatch("abc", "")
gmatch("abc", ".-")
gmatch("abc", "a*")
gmatch("abc", "%w*")
-- In 5.4.4 a leading '^' is no anchor in gmatch: the matcher takes it as an
-- ordinary char, so "^a" finds the two "^a" of "^a^a" and nothing in "aaa".
gmatch("aaa", "^a")
gmatch("^a^a", "^a")
gmatch("abc", "^")
gmatch("abc", "()")
gmatch("abcabc", "a", 2)
gmatch("abcabc", "a", -3)
gmatch("abcabc", "a", 0)
gmatch("abcabc", "a", 4)
gmatch("abcabc", "", 6)
gmatch("abcabc", "", 7)
gmatch("abcabc", "", 8)
gmatch("abcabc", "a", 100)
gmatch("abcabc", "a", -100)
gmatch("abcabc", "a", 2.5)
gmatch("", "")
gmatch("", "x")
gmatch("abc", "%1")
gmatch("abc", "[")
gmatch("abc", "(")
gmatch(123, "%d")
gmatch(nil, "a")
gmatch("a,b,,c", "([^,]*)")
gmatch("one two  three", "%S+")
gmatch("x=1, y=2", "(%w+)=(%w+)")

-- embedded zeros
find("a\0b", "\0")
find("a\0b", "%z")
find("a\0b", "b", 1, true)
find("a\0b\0c", "\0c")
find("a\0b\0c", "\0.")
match("a\0b", ".%z.")
match("a\0b", "[%z]")
match("a\0b", "[\0]")
gsub("a\0b\0", "%z", "0")
gsub("a\0b\0", "\0", "%%")
all("\0\0\0", "\0*")

-- UTF-8 and CJK
local addr = "将军路街道颐泽社区"
local unit = "颐泽社区3号楼2单元501室"
find(addr, "街道")
find(addr, "街道", 7)
find(addr, "街道", 11)
find(addr, "街道", -6)
find(addr, "社区$")
find(addr, "颐泽", 1, true)
find(addr, "%s")
match(unit, "(%d+)号楼")
match(unit, "(%d+)号楼(%d+)单元(%d+)室")
match(unit, "^(.-)(%d+)")
match(addr, "^(.-)街道(.*)$")
gsub(addr, "[%z\1-\127]", "")
gsub("abc将军123", "[%z\1-\127]", "")
gsub("abc将军123", "[\128-\255]+", "?")
gsub(addr, "街道", "镇")
gsub(addr, ".", "%0 ", 3)
gsub("北京市 朝阳区", "%s+", "_")
gsub(unit, "%d", {["3"] = "三", ["2"] = "二"})
match("电话: 010-12345678", "(%d+)-(%d+)")
gmatch(addr, utf8.charpattern)
gmatch("a将b", "[\0-\x7F\xC2-\xFD][\x80-\xBF]*")
gmatch("一,二,,三", "([^,]*)")
gmatch(unit, "%d+")
gmatch(unit, "%f[%d]%d")
all(addr, "[^%w]+")
all(addr, "()街()")
all(unit, "%f[%D]")
all(unit, "[号单]")

-- ---- random cases -----------------------------------------------------

-- A linear congruential generator with a fixed seed, so every run sees
-- the same corpus whatever math.random does.
local seed = 20240531
local function random(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return (seed >> 16) % n + 1
end

local atoms = {"a", "b", ".", "%a", "%d", "[ab]", "[^a]", "%b()", "%f[%w]",
               "(", ")", "()", "*", "+", "-", "?", "^", "$", "%1"}
local letters = {"a", "b", "a", "1", "2", "(", ")"}
local replacements = {"[%1]", "%2%1", "%0%%", function(...) return concat({...}, "|") end,
                      {a = "A", ["1"] = false, b = 7}}

local function random_pattern()
  local t = {}
  for i = 1, random(7) - 1 do
    t[i] = atoms[random(#atoms)]
  end
  return concat(t)
end

local function random_subject()
  local t = {}
  for i = 1, random(13) - 1 do
    t[i] = letters[random(#letters)]
  end
  return concat(t)
end

local RANDOM_PAIRS = 4000
for i = 1, RANDOM_PAIRS do
  local s, p = random_subject(), random_pattern()
  find(s, p)
  match(s, p)
  gsub(s, p, "<%0>")
  gmatch(s, p)
  if i % 4 == 0 then
    local init = random(19) - 5
    find(s, p, init)
    match(s, p, init)
    gmatch(s, p, init)
    gsub(s, p, replacements[random(#replacements)], random(4) - 1)
  end
end

-- ---- running it -------------------------------------------------------

local cases, mismatches = 0, {}
for _, c in ipairs(corpus) do
  local expected = outcome(stock, c.op, c.args)
  local got = outcome(host, c.op, c.args)
  cases = cases + 1
  if expected ~= got then
    mismatches[#mismatches + 1] = format("%s%s: stock %s, host %s", c.op,
                                         show_all(c.args), expected, got)
  end
end

return cases, mismatches
