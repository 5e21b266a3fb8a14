import Kernel
import LuaHost

/// The console's Lua half inside one ``ScriptHost``: the printer and
/// statement driver, and the completer (see ``ConsolePrelude``).
///
/// A statement runs as one call of the driver, in one transaction: the
/// driver calls the compiled chunk and describes its results, so printing
/// runs under the statement's limits and cyclic tables or functions never
/// have to leave Lua.
final class ConsoleRuntime {
    /// The host the statements run in.
    let host: ScriptHost
    private let slot: StatementSlot
    private let driver: LuaFunctionReference
    private let completer: LuaFunctionReference

    /// The compiled chunk the driver runs next, handed to Lua by the `statement` helper.
    private final class StatementSlot {
        var chunk: LuaFunctionReference?
        var kept: [String: LuaFunctionReference] = [:]
    }

    /// Installs the prelude in `host`'s environment.
    init(host: ScriptHost) throws {
        self.host = host
        let slot = StatementSlot()
        self.slot = slot
        let state = host.state
        let functions: [(String, LuaFunctionID)] = [
            ("statement", state.register("statement") { call in
                guard let chunk = slot.chunk else {
                    throw LuaError(kind: .refused, message: "no statement is running")
                }
                call.push(chunk)
            }),
            ("function_info", state.register("function_info") { call in
                let function = try call.function(at: 1)
                call.push(.string(function.definedAt.hasPrefix("[C]") ? "builtin" : function.definedAt))
            }),
            ("width", state.register("width") { call in
                call.push(integer: Int64(try call.string(at: 1).displayWidth))
            }),
            ("keep", state.register("keep") { call in
                slot.kept[try call.string(at: 1)] = try call.function(at: 2)
            }),
        ]
        host.environment.install(LuaLibrary(name: "__console", functions: functions))
        defer { host.environment.set("__console", .nil) }
        try host.environment.run(ConsolePrelude.source, chunkName: "=console-prelude")
        guard let driver = slot.kept["run"], let completer = slot.kept["complete"] else {
            throw LuaError(kind: .refused, message: "the console prelude did not register its functions")
        }
        self.driver = driver
        self.completer = completer
        slot.kept.removeAll()
    }

    // MARK: - Statements

    /// Runs `chunk` in one transaction and returns the description of each result.
    func run(_ chunk: LuaFunctionReference, settings: PrintSettings, writable: Bool) throws -> [ConsoleResult] {
        slot.chunk = chunk
        defer { slot.chunk = nil }
        let items = try host.call(driver, arguments: [settings.luaValue], writable: writable)
        return (items.first?.tableValue?.sequence ?? []).compactMap(ConsoleResult.init(item:))
    }

    // MARK: - Completion

    /// The completions of `word`, computed in Lua over the environment (no transaction: nothing is read).
    func completions(of word: String, limits: LuaLimits) -> [String] {
        host.state.beginRun(limits: LuaLimits(memoryBytes: limits.memoryBytes, instructions: 5_000_000, seconds: 1))
        guard let result = try? completer.call([.string(word)]) else { return [] }
        return (result.first?.tableValue?.sequence ?? []).compactMap(\.stringValue)
    }
}

/// How much of a result the printer shows.
struct PrintSettings: Sendable, Equatable {
    /// Nesting levels of tables shown before `{…}`.
    var depth = 4
    /// Entries of one table shown before `… N more`.
    var items = 50
    /// Rows of a list of records handed back; `0` for all of them.
    var rows = 50

    /// The settings as the driver reads them.
    var luaValue: LuaValue {
        ["depth": .integer(Int64(depth)), "items": .integer(Int64(items)), "rows": .integer(Int64(rows))]
    }
}

/// One result of a statement, as the driver described it.
enum ConsoleResult: Equatable {
    /// A value printed as text (strings as they are, the rest pretty-printed).
    case text(String)
    /// A list of records: its columns, the rows handed back, and how many rows it has.
    case records(columns: [String], rows: [LuaTable], total: Int)
    /// A report document, handed to `report.show`.
    case shown

    init?(item: LuaValue) {
        switch item["kind"].stringValue {
        case "text":
            self = .text(item["text"].stringValue ?? "")
        case "records":
            let columns = item["columns"].tableValue?.sequence.compactMap(\.stringValue) ?? []
            let rows = item["rows"].tableValue?.sequence.compactMap(\.tableValue) ?? []
            self = .records(columns: columns, rows: rows, total: Int(item["total"].integerValue ?? Int64(rows.count)))
        case "shown":
            self = .shown
        default:
            return nil
        }
    }
}
