import LuaHost
import Reporting

/// The `report` library: the Swift half (render, show, run, list); `report.new`
/// and its builder methods are Lua, in ``ReportBuilderPrelude``.
enum ReportLuaFunctions {
    static let declarations = [
        LuaFunctionDeclaration(
            "render", parameters: [LuaParameter("report", "Report"), LuaParameter("format", "ReportFormat?")],
            returns: "string", summary: "Renders a report as text (default), md, csv, json or html."
        ) { call, _ in
            let report = try Report(luaValue: try call.value(at: 1))
            let name = try call.optionalString(at: 2) ?? "text"
            guard let format = ReportFormat(name: name) else {
                throw KernelError(.invalid, "unknown report format '\(name)' (text, md, csv, json, html)")
            }
            call.push(.string(format.render(report)))
        },
        LuaFunctionDeclaration(
            "show", parameters: [LuaParameter("report", "Report")],
            summary: "Hands a report to the caller, which prints it in the format chosen on the command line."
        ) { call, session in
            let report = try Report(luaValue: try call.value(at: 1))
            let host = try session.requireScriptHost(for: "report.show")
            host.show(report)
        },
        LuaFunctionDeclaration(
            "builtin", parameters: [LuaParameter("name", "string"), LuaParameter("parameters", "table<string, string>?")],
            returns: "string", summary: "Runs a module's built-in report and hands it to the caller, like report.show."
        ) { call, session in
            let name = try call.string(at: 1)
            guard let declaration = session.registry.reports.first(where: { $0.name == name }) else {
                throw KernelError(.notFound, "no built-in report named \(name)")
            }
            var parameters: [String: String] = [:]
            for (key, value) in try call.options(at: 2).record {
                parameters[key] = value.stringValue ?? value.integerValue.map(String.init) ?? value.jsonText
            }
            let host = try session.requireScriptHost(for: "report.builtin")
            host.show(try declaration.build(session, parameters))
        },
        LuaFunctionDeclaration(
            "list", returns: "ReportInfo[]", summary: "The built-in reports: name and description."
        ) { call, session in
            let reports = session.registry.reports.map { report -> LuaValue in
                ["name": .string(report.name), "summary": .string(report.summary)]
            }
            call.push(.table(LuaTable(sequence: reports)))
        },
    ]
}

/// The Lua half of the `report` library: `report.new` and the builder's methods.
enum ReportBuilderPrelude {
    static let source = #"""
    local report = report
    local Builder = {}
    Builder.__index = Builder

    local function current_blocks(self)
      local sections = self.sections
      if #sections == 0 then sections[1] = { blocks = {} } end
      return sections[#sections].blocks
    end

    function report.new(options)
      options = options or {}
      return setmetatable({ title = options.title or "报告", subtitle = options.subtitle, sections = {} }, Builder)
    end

    function Builder:section(title)
      self.sections[#self.sections + 1] = { title = title, blocks = {} }
      return self
    end

    function Builder:figure(label, value, options)
      options = options or {}
      local blocks = current_blocks(self)
      local last = blocks[#blocks]
      if not (last and last.type == "figures") then
        last = { type = "figures", figures = {} }
        blocks[#blocks + 1] = last
      end
      last.figures[#last.figures + 1] = {
        label = label, value = value, unit = options.unit, note = options.note, format = options.format,
      }
      return self
    end

    function Builder:ratio(label, part, whole, options)
      options = options or {}
      local share = whole > 0 and part / whole or 0
      return self:figure(label, share, { format = "percent", unit = options.unit,
        note = options.note or (tostring(part) .. " / " .. tostring(whole)) })
    end

    local function normalize_columns(columns, rows)
      local result = {}
      if columns then
        for i, column in ipairs(columns) do
          if type(column) == "string" then
            result[i] = { key = column, label = column }
          else
            result[i] = { key = column.key or column[1], label = column.label or column[2] or column.key or column[1],
              align = column.align, format = column.format }
          end
        end
        return result
      end
      local keys = {}
      for key in pairs(rows[1] or {}) do
        if type(key) == "string" then keys[#keys + 1] = key end
      end
      table.sort(keys)
      for i, key in ipairs(keys) do result[i] = { key = key, label = key } end
      return result
    end

    function Builder:table(rows, options)
      options = options or {}
      local blocks = current_blocks(self)
      blocks[#blocks + 1] = { type = "table", title = options.title, rows = rows,
        columns = normalize_columns(options.columns, rows) }
      return self
    end

    function Builder:chart(options)
      local series = options.series or { { name = options.title or "", values = options.values or {} } }
      local blocks = current_blocks(self)
      blocks[#blocks + 1] = { type = "chart", kind = options.kind or "bar", title = options.title,
        labels = options.labels or {}, series = series }
      return self
    end

    function Builder:text(text)
      local blocks = current_blocks(self)
      blocks[#blocks + 1] = { type = "text", text = text }
      return self
    end

    function Builder:render(format) return report.render(self, format) end
    function Builder:show() return report.show(self) end
    """#
}
