import LuaHost

/// The kernel's own Lua libraries: `redprop`, `area`, `audit`, `check`,
/// the global `on` and `veto`, `report` and `db`.
enum KernelLuaLibraries {
    static func all(_ registry: ModuleRegistry) -> [LuaSurface.Library] {
        [
            LuaSurface.Library(name: "", summary: "Event handlers, registered by scripts: `on` and `veto`.",
                               functions: EventLuaFunctions.declarations),
            LuaSurface.Library(name: "redprop", summary: "The program, the actor, today's date.",
                               functions: redprop(registry), constants: [("version", .string(Kernel.version))]),
            LuaSurface.Library(name: "area", summary: "The area tree: district → street → community → grid → micro-grid → building; compounds.",
                               functions: AreaLuaFunctions.declarations,
                               constants: [("KINDS", .table(LuaTable(sequence: AreaKind.allCases.map { .string($0.rawValue) })))]),
            LuaSurface.Library(name: "audit", summary: "The append-only log of every write.",
                               functions: auditFunctions),
            LuaSurface.Library(name: "check", summary: "Rules: checks over the records that yield findings.",
                               functions: CheckLuaFunctions.declarations),
            LuaSurface.Library(name: "report", summary: "Build reports of figures, tables and charts; render or show them.",
                               functions: ReportLuaFunctions.declarations),
            LuaSurface.Library(name: "db", summary: "Read-only SQL for district administrators.",
                               functions: DatabaseLuaFunctions.declarations),
        ]
    }

    static func redprop(_ registry: ModuleRegistry) -> [LuaFunctionDeclaration] {
        [
            LuaFunctionDeclaration("today", returns: "string",
                                   summary: "Today's date, YYYY-MM-DD (REDPROP_TODAY pins it).") { call, session in
                call.push(.string(session.clock.today.description))
            },
            LuaFunctionDeclaration(
                "params", parameters: [LuaParameter("arguments", "string[]?", "the script's `arg`")],
                returns: "table<string, string>",
                summary: "The script's KEY=VALUE arguments as a table: `redprop report NAME --param street=昆仑镇` "
                    + "and `redprop run f.lua street=昆仑镇` both give `redprop.params(arg).street`."
            ) { call, _ in
                var params = LuaTable()
                for case .string(let argument) in try call.options(at: 1).sequence {
                    let parts = argument.split(separator: "=", maxSplits: 1)
                    if parts.count == 2, !parts[0].isEmpty { params[String(parts[0])] = .string(String(parts[1])) }
                }
                call.push(.table(params))
            },
            LuaFunctionDeclaration("actor", returns: "Actor",
                                   summary: "The actor the script runs as: name, role, scope.") { call, session in
                call.push(session.actor.luaValue(scope: session.scope.root))
            },
            LuaFunctionDeclaration("modules", returns: "ModuleInfo[]",
                                   summary: "The modules of the program, in dependency order.") { call, _ in
                let modules = registry.modules.map { module -> LuaValue in
                    ["name": .string(module.name), "title": .string(module.title), "version": .string(module.version)]
                }
                call.push(.table(LuaTable(sequence: modules)))
            },
            LuaFunctionDeclaration("record_types", returns: "RecordTypeInfo[]",
                                   summary: "Every record type: name, title, key and fields.") { call, _ in
                let types = registry.recordTypes.map { type -> LuaValue in
                    let fields = type.fields.map { field -> LuaValue in
                        ["name": .string(field.name), "label": .string(field.label), "type": .string(field.kind.luaType),
                         "required": .boolean(field.isRequired)]
                    }
                    return ["name": .string(type.name), "title": .string(type.title), "key": .string(type.key),
                            "fields": .table(LuaTable(sequence: fields))]
                }
                call.push(.table(LuaTable(sequence: types)))
            },
        ]
    }

    static let auditFunctions = [
        LuaFunctionDeclaration(
            "entries", parameters: [LuaParameter("filter", "AuditFilter?", "type, key, actor, limit (default 100)")],
            returns: "AuditEntry[]", summary: "Audit entries, newest first."
        ) { call, session in
            let options = try call.options(at: 1)
            let entries = try session.audit.entries(
                type: options["type"].stringValue, key: options["key"].stringValue,
                actor: options["actor"].stringValue, limit: Int(options["limit"].integerValue ?? 100))
            call.push(.table(LuaTable(sequence: entries.map(\.luaValue))))
        },
    ]
}
